package app.uptake.activity.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/v1/activity-events}: CRM activity in JSON batches, with a result per item. */
@RestController
@SecurityScheme(name = "apiKey", type = SecuritySchemeType.HTTP, scheme = "bearer", in = SecuritySchemeIn.HEADER,
        description = "A data source's API key (upk_...), created by the CRM program office under Data sources › API keys.")
class ActivityEventsController {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ActivityEventsController.class);

    private final ActivityApiBatches batches;
    private final int maxEvents;
    private final long maxBytes;

    ActivityEventsController(ActivityApiBatches batches, @Value("${uptake.api.max-events-per-batch:5000}") int maxEvents,
            @Value("${uptake.api.max-body-bytes:8388608}") long maxBytes) {
        this.batches = batches;
        this.maxEvents = maxEvents;
        this.maxBytes = maxBytes;
    }

    /** The request body: {@code {"events": [ {...}, ... ]}} with Uptake's field names. */
    @Schema(description = "A batch of activity events")
    record Batch(@Schema(description = "Events with the fields of Uptake's activity format: external_id, revision, "
            + "employee, type, occurred_at, direction, duration_minutes, account, decision_maker, amount, margin, "
            + "campaign, stage, products, response_minutes, resolution_minutes, satisfaction, completeness")
            List<Map<String, Object>> events) {
    }

    @PostMapping(path = "/api/v1/activity-events", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Send a batch of CRM activity events",
            description = "Idempotent by (data source, external_id): sending an event again changes nothing; a higher "
                    + "revision replaces the stored event. Every item gets an outcome (ACCEPTED, CORRECTED, DUPLICATE, "
                    + "STALE or REJECTED with a reason) in the order sent.",
            security = @SecurityRequirement(name = "apiKey"),
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = Batch.class))))
    @ApiResponse(responseCode = "200", description = "The batch was processed; see each item's outcome",
            content = @Content(schema = @Schema(implementation = ActivityApiBatches.BatchResponse.class)))
    @ApiResponse(responseCode = "400", description = "Not JSON, no events array, or an empty batch",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "401", description = "No API key, an unknown one or a revoked one",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "413", description = "More events or more bytes than allowed in one batch",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "A concurrent batch wrote the same events or figures at the same "
            + "moment; nothing of this batch was stored, send it again", content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<?> receive(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > maxBytes) {
            return tooLarge("The body has " + request.getContentLengthLong() + " bytes; at most " + maxBytes + " are allowed.");
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (body.length > maxBytes) {
            return tooLarge("The body is larger than " + maxBytes + " bytes.");
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            return problem(HttpStatus.BAD_REQUEST, "Malformed JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")"));
        }
        JsonNode events = root == null ? null : root.get("events");
        if (events == null || !events.isArray()) {
            return problem(HttpStatus.BAD_REQUEST, "The body must be an object with an \"events\" array.");
        }
        if (events.isEmpty()) {
            return problem(HttpStatus.BAD_REQUEST, "The batch holds no events.");
        }
        if (events.size() > maxEvents) {
            return tooLarge("The batch holds " + events.size() + " events; at most " + maxEvents + " are allowed per batch.");
        }
        List<JsonNode> items = new ArrayList<>(events.size());
        events.forEach(items::add);
        var client = ((ApiSecurityConfiguration.ApiClient) SecurityContextHolder.getContext().getAuthentication()).key();
        return ResponseEntity.ok(batches.ingest(client, items));
    }

    /** Two batches with the same new ids at the same moment: one wins, the other is told to send again. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> conflict(DataIntegrityViolationException e) {
        return problem(HttpStatus.CONFLICT, "Another batch stored events with the same ids at the same moment; "
                + "nothing of this batch was stored. Send it again: events already stored will count as duplicates.");
    }

    /** The database chose this batch to give way to another one writing the same figures (a deadlock, say). */
    @ExceptionHandler(PessimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> gaveWay(PessimisticLockingFailureException e) {
        log.warn("REST batch gave way to a concurrent one: {}", e.getMostSpecificCause().getMessage());
        return problem(HttpStatus.CONFLICT, "Another batch was writing the same figures at the same moment; nothing of "
                + "this batch was stored. Send it again.");
    }

    /** Anything unexpected: an answer in JSON with a reference for the log, never the login page. */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> unexpected(RuntimeException e) {
        String reference = Long.toString(System.nanoTime(), 36);
        log.error("REST batch failed, reference {}", reference, e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "The batch could not be stored; nothing of it was saved. "
                + "Reference " + reference + ".");
    }

    private static ResponseEntity<ProblemDetail> tooLarge(String detail) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, detail);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("about:blank"));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
