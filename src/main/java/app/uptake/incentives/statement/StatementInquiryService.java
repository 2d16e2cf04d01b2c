package app.uptake.incentives.statement;

import app.uptake.audit.AuditService;
import app.uptake.incentives.statement.internal.StatementStore;
import app.uptake.organization.CurrentUserService;
import app.uptake.shared.BusinessRuleException;
import app.uptake.shared.CompanyCalendar;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Questions about statement lines: an employee asks about a line of their own statement; HR answers, in words or
 * by pointing to the correction run that settles it.
 */
@Service
@Transactional(noRollbackFor = BusinessRuleException.class)
@PreAuthorize("isAuthenticated()")
public class StatementInquiryService {

    public static final int MAX_QUESTION = 2000;
    public static final int MAX_ANSWER = 4000;

    private final StatementService statements;
    private final StatementStore store;
    private final CurrentUserService currentUser;
    private final CompanyCalendar calendar;
    private final AuditService audit;

    StatementInquiryService(StatementService statements, StatementStore store, CurrentUserService currentUser,
            CompanyCalendar calendar, AuditService audit) {
        this.statements = statements;
        this.store = store;
        this.currentUser = currentUser;
        this.calendar = calendar;
        this.audit = audit;
    }

    /** Asks about a line of one of the signed-in person's own statements. */
    public Inquiry ask(String statementId, String line, String question) {
        List<StatementLine> lines = statements.lines(statementId);
        if (line == null || lines.stream().noneMatch(l -> l.code().equals(line))) {
            throw BusinessRuleException.onField("line", "statements.inquiry.error.line");
        }
        String text = question == null ? "" : question.strip();
        if (text.isEmpty()) {
            throw BusinessRuleException.onField("question", "statements.inquiry.error.questionRequired");
        }
        if (text.length() > MAX_QUESTION) {
            throw BusinessRuleException.onField("question", "statements.inquiry.error.questionTooLong", MAX_QUESTION);
        }
        long me = currentUser.require().employeeId();
        long id = store.addInquiry(statementId, me, line, text, calendar.now());
        audit.record("STATEMENT_INQUIRY_ASKED", "statement", statementId, "line " + line);
        return store.inquiry(id).orElseThrow();
    }

    /** The signed-in person's questions, the latest first, with HR's answers. */
    @Transactional(readOnly = true)
    public List<Inquiry> mine() {
        return store.inquiriesOf(currentUser.require().employeeId());
    }

    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    @Transactional(readOnly = true)
    public long count(boolean openOnly) {
        return store.countInquiries(openOnly);
    }

    /** Questions for HR, open ones first and the oldest first among them. */
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Inquiry> page(boolean openOnly, long offset, int limit) {
        return store.inquiries(openOnly, offset, limit);
    }

    /**
     * Answers an open question, optionally naming the correction run that settles it. An answered question keeps its
     * first answer: a second one is refused, so the employee never sees the answer change under them.
     */
    @PreAuthorize("hasAnyRole('HR', 'ADMIN')")
    public Inquiry answer(long inquiryId, String answer, Long correctionRunId) {
        Inquiry inquiry = store.inquiry(inquiryId)
                .orElseThrow(() -> new BusinessRuleException("statements.inquiry.error.unknown", inquiryId));
        if (inquiry.answered()) {
            throw new BusinessRuleException("statements.inquiry.error.alreadyAnswered");
        }
        String text = answer == null ? "" : answer.strip();
        if (text.isEmpty()) {
            throw BusinessRuleException.onField("answer", "statements.inquiry.error.answerRequired");
        }
        if (text.length() > MAX_ANSWER) {
            throw BusinessRuleException.onField("answer", "statements.inquiry.error.answerTooLong", MAX_ANSWER);
        }
        if (correctionRunId != null && correctionRunId <= 0) {
            throw BusinessRuleException.onField("correctionRun", "statements.inquiry.error.correctionRun");
        }
        if (!store.answer(inquiryId, text, currentUser.require().username(), correctionRunId, calendar.now())) {
            throw new BusinessRuleException("statements.inquiry.error.alreadyAnswered");
        }
        audit.record("STATEMENT_INQUIRY_ANSWERED", "statement", inquiry.statementId(),
                correctionRunId == null ? "answered" : "answered with correction run " + correctionRunId);
        return store.inquiry(inquiryId).orElseThrow();
    }
}
