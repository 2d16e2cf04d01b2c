package app.uptake.shared.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of {@link PdfFonts}, parsed once and reused, for code that renders many documents (statements in bulk):
 * reading and parsing the two font files costs more than laying out a whole page. A parsed font is not thread-safe
 * and is read again when the document is saved (to embed the subset), so each set is lent to one document at a time:
 *
 * <pre>
 * try (ReusableFonts fonts = ReusableFonts.borrow(); PDDocument document = new PDDocument()) {
 *     PDFont regular = fonts.regular(document);
 *     ...
 *     document.save(out);   // before the fonts go back
 * }
 * </pre>
 *
 * Sets are parsed on demand, so there are as many as documents are rendered at once; up to {@link #KEPT} idle sets
 * are kept for the next borrower, the rest are left to the garbage collector. As with {@link PdfFonts}, only the
 * glyphs a document uses are embedded.
 */
public final class ReusableFonts implements AutoCloseable {

    /** Idle sets kept: enough for a render pool of one thread per core on the machines this runs on, and some. */
    static final int KEPT = Math.max(4, Runtime.getRuntime().availableProcessors() * 2);

    private static final BlockingQueue<ReusableFonts> IDLE = new ArrayBlockingQueue<>(KEPT);

    private final TrueTypeFont regular;
    private final TrueTypeFont bold;

    private ReusableFonts(TrueTypeFont regular, TrueTypeFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** An idle set, or a newly parsed one when all are lent out. Give it back with {@link #close()}. */
    public static ReusableFonts borrow() {
        ReusableFonts idle = IDLE.poll();
        return idle != null ? idle : new ReusableFonts(parse(PdfFonts.REGULAR), parse(PdfFonts.BOLD));
    }

    /** DejaVu Sans for the document, embedded as a subset when it is saved. */
    public PDType0Font regular(PDDocument document) {
        return load(document, regular);
    }

    /** DejaVu Sans Bold for the document, embedded as a subset when it is saved. */
    public PDType0Font bold(PDDocument document) {
        return load(document, bold);
    }

    /** Gives the set back; call it only after the documents that use it have been saved. */
    @Override
    public void close() {
        IDLE.offer(this);
    }

    private static PDType0Font load(PDDocument document, TrueTypeFont font) {
        try {
            // PDFBox does not close a font it is handed: the set stays usable for the next document
            return PDType0Font.load(document, font, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TrueTypeFont parse(String resource) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is missing from the classpath");
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            // PDFBox's glyph substitution for Latin (ligatures, composed accents) compiles regular expressions for
            // every line shown and took 40 % of a statement's rendering; DejaVu draws Latin, Greek and Cyrillic text
            // from precomposed glyphs without it, and PDFBox substitutes for no other script DejaVu covers
            font.setEnableGsub(false);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
