package app.uptake.shared.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans, embedded as a subset into each document: the standard 14 PDF fonts cover only Latin-1, and names
 * such as "Łukasz Dvořák" must print as written. The font files and their licence are in {@code /fonts}. Each call
 * reads and parses the font file; code rendering many documents borrows parsed fonts from {@link ReusableFonts}.
 */
public final class PdfFonts {

    static final String REGULAR = "/fonts/DejaVuSans.ttf";
    static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";

    private PdfFonts() {
    }

    public static PDType0Font regular(PDDocument document) {
        return load(document, REGULAR);
    }

    public static PDType0Font bold(PDDocument document) {
        return load(document, BOLD);
    }

    private static PDType0Font load(PDDocument document, String resource) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is missing from the classpath");
            }
            return PDType0Font.load(document, in, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
