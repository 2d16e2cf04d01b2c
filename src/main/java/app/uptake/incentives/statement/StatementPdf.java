package app.uptake.incentives.statement;

import app.uptake.incentives.statement.internal.StatementLayout;
import app.uptake.shared.pdf.ReusableFonts;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.GregorianCalendar;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Renders incentive statements as A4 PDFs in the employee's language, with an embedded Unicode font.
 *
 * <p>The same content always gives the same bytes: the document's dates are the run's publication instant, its id is
 * derived from the checksum of the figures, and nothing else in the file depends on the clock, the machine or the
 * JVM's defaults (locale, time zone). Thread-safe: each call builds its own document, so a pool of threads may render
 * statements side by side.
 */
public final class StatementPdf {

    private static final String PRODUCER = "Uptake";

    private final I18NProvider i18n;

    /**
     * @param i18n the translations (the application's {@code UptakeI18nProvider})
     */
    public StatementPdf(I18NProvider i18n) {
        this.i18n = Objects.requireNonNull(i18n, "i18n");
    }

    public RenderedStatement render(StatementContent content) {
        String checksum = StatementChecksum.of(content);
        // the fonts go back only after the document is saved: saving embeds the subset from them
        try (ReusableFonts fonts = ReusableFonts.borrow(); PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
            PDFont regular = fonts.regular(document);
            PDFont bold = fonts.bold(document);
            StatementLayout.draw(content, i18n, document, regular, bold, checksum);
            describe(document, content, checksum);
            document.save(out);
            byte[] pdf = out.toByteArray();
            return new RenderedStatement(pdf, StatementChecksum.sha256(pdf), checksum);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document's properties, and what PDFBox would otherwise take from the clock. */
    private void describe(PDDocument document, StatementContent content, String checksum) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(StatementLayout.documentTitle(content, i18n));
        info.setAuthor(content.companyName());
        info.setSubject(content.statementId());
        info.setCreator(PRODUCER);
        info.setProducer(PRODUCER);
        GregorianCalendar published = GregorianCalendar.from(content.publishedAt().atZone(content.zone()));
        info.setCreationDate(published);
        info.setModificationDate(published);
        info.setCustomMetadataValue("StatementId", content.statementId());
        info.setCustomMetadataValue("StatementChecksum", checksum);
        // the trailer's /ID is an MD5 over this number and the properties; without it PDFBox uses the current time
        document.setDocumentId(Long.parseUnsignedLong(checksum.substring(0, 15), 16));
    }
}
