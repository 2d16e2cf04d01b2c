package app.uptake.training.internal;

import app.uptake.shared.pdf.PdfFonts;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.function.BiFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Lays out a certificate of completion on one A4 landscape page. */
public final class CertificatePdf {

    private static final PDRectangle A4_LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final Color BRAND = new Color(0x1A, 0x4F, 0x9C);
    private static final Color MUTED = new Color(0x55, 0x5E, 0x6B);
    private static final float MAX_TEXT_WIDTH = 700;

    private CertificatePdf() {
    }

    /**
     * What the certificate says.
     *
     * @param validUntil null when the module asks for no recertification
     * @param verifyUrl  the public page where the code can be checked
     */
    public record Content(String holder, String moduleTitle, String version, LocalDate completedOn, LocalDate validUntil,
            String code, String verifyUrl, Instant createdAt, ZoneId zone) {
    }

    /**
     * @param text translates a message key with its arguments into the certificate's language
     */
    public static byte[] render(Content content, Locale locale, BiFunction<String, Object[], String> text) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont regular = PdfFonts.regular(document);
            PDFont bold = PdfFonts.bold(document);
            PDPage page = new PDPage(A4_LANDSCAPE);
            document.addPage(page);
            float width = A4_LANDSCAPE.getWidth();
            float height = A4_LANDSCAPE.getHeight();
            try (PDPageContentStream canvas = new PDPageContentStream(document, page)) {
                frame(canvas, width, height);
                write(canvas, bold, 12, BRAND, "Uptake", 56, height - 64);
                centred(canvas, bold, 30, BRAND, text.apply("training.certificate.pdf.heading", new Object[0]), width, 430);
                centred(canvas, regular, 14, MUTED, text.apply("training.certificate.pdf.certifies", new Object[0]), width, 385);
                centred(canvas, bold, 26, Color.BLACK, content.holder(), width, 345);
                centred(canvas, regular, 14, MUTED, text.apply("training.certificate.pdf.completed", new Object[0]), width, 305);
                centred(canvas, bold, 20, Color.BLACK, content.moduleTitle(), width, 270);
                centred(canvas, regular, 12, MUTED, text.apply("training.certificate.pdf.versionDate",
                        new Object[] {content.version(), date.format(content.completedOn())}), width, 235);
                if (content.validUntil() != null) {
                    centred(canvas, regular, 12, MUTED, text.apply("training.certificate.pdf.validUntil",
                            new Object[] {date.format(content.validUntil())}), width, 215);
                }
                centred(canvas, bold, 13, Color.BLACK, text.apply("training.certificate.pdf.code",
                        new Object[] {content.code()}), width, 120);
                centred(canvas, regular, 10, MUTED, text.apply("training.certificate.pdf.verifyAt",
                        new Object[] {content.verifyUrl()}), width, 100);
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(text.apply("training.certificate.pdf.heading", new Object[0]) + " – " + content.moduleTitle());
            info.setAuthor("Uptake");
            info.setSubject(content.holder() + " – " + content.moduleTitle() + " " + content.version());
            info.setCreationDate(GregorianCalendar.from(content.createdAt().atZone(content.zone())));
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void frame(PDPageContentStream canvas, float width, float height) throws IOException {
        canvas.setStrokingColor(BRAND);
        canvas.setLineWidth(3);
        canvas.addRect(28, 28, width - 56, height - 56);
        canvas.stroke();
        canvas.setLineWidth(0.75f);
        canvas.addRect(38, 38, width - 76, height - 76);
        canvas.stroke();
    }

    /** Centres a line, shrinking the font until the line fits the text width, as long module titles need. */
    private static void centred(PDPageContentStream canvas, PDFont font, float size, Color colour, String line,
            float pageWidth, float y) throws IOException {
        float fitted = size;
        while (fitted > 8 && widthOf(font, fitted, line) > MAX_TEXT_WIDTH) {
            fitted -= 1;
        }
        write(canvas, font, fitted, colour, line, (pageWidth - widthOf(font, fitted, line)) / 2, y);
    }

    private static void write(PDPageContentStream canvas, PDFont font, float size, Color colour, String line, float x,
            float y) throws IOException {
        canvas.beginText();
        canvas.setFont(font, size);
        canvas.setNonStrokingColor(colour);
        canvas.newLineAtOffset(x, y);
        canvas.showText(line);
        canvas.endText();
    }

    private static float widthOf(PDFont font, float size, String line) throws IOException {
        return font.getStringWidth(line) / 1000 * size;
    }
}
