package app.uptake.incentives.statement.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Text flowing down A4 pages: a cursor that moves down as lines are written and starts a new page when the next
 * block no longer fits above the footer. Blocks that belong together ask for their height first ({@link #keep}), so
 * a component's table is never split across pages; long paragraphs wrap at spaces and flow on line by line.
 */
final class PageFlow {

    static final PDRectangle PAGE = PDRectangle.A4;
    static final float LEFT = 50;
    static final float RIGHT = PAGE.getWidth() - 50;
    static final float WIDTH = RIGHT - LEFT;
    static final float TOP = PAGE.getHeight() - 50;
    /** The lowest baseline of the body; the footer lives below it. */
    static final float BOTTOM = 78;

    private final PDDocument document;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream canvas;
    private float y;

    PageFlow(PDDocument document) {
        this.document = document;
        newPage();
    }

    /** The baseline the next line would be written on. */
    float y() {
        return y;
    }

    void down(float distance) {
        y -= distance;
    }

    /** Starts a new page unless {@code height} more points fit on this one. */
    void keep(float height) {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    PDPageContentStream canvas() {
        return canvas;
    }

    /** Writes one line at the cursor, at x, and moves the cursor down by the style's leading. */
    void line(TextStyle style, String text, float x) {
        keep(style.leading());
        down(style.size());
        write(style, text, x, y);
        down(style.leading() - style.size());
    }

    /** Writes text with its baseline at {@code baseline}, without moving the cursor. */
    void write(TextStyle style, String text, float x, float baseline) {
        try {
            canvas.beginText();
            canvas.setFont(style.font(), style.size());
            canvas.setNonStrokingColor(style.colour());
            canvas.newLineAtOffset(x, baseline);
            canvas.showText(Glyphs.printable(style.font(), text));
            canvas.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes text so that it ends at {@code right}. */
    void writeRight(TextStyle style, String text, float right, float baseline) {
        String printable = Glyphs.printable(style.font(), text);
        write(style, printable, right - Glyphs.width(style, printable), baseline);
    }

    /**
     * Writes a paragraph wrapped to {@code width}, starting at the cursor; lines move to a new page when the page is
     * full. Line breaks in the text start new lines.
     */
    void paragraph(TextStyle style, String text, float x, float width) {
        for (String line : Glyphs.wrap(style, text, width)) {
            line(style, line, x);
        }
    }

    /** A horizontal line across the body at the cursor. */
    void rule(java.awt.Color colour, float thickness) {
        try {
            canvas.setStrokingColor(colour);
            canvas.setLineWidth(thickness);
            canvas.moveTo(LEFT, y);
            canvas.lineTo(RIGHT, y);
            canvas.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A filled rectangle from the cursor down by {@code height}, across the body. */
    void band(java.awt.Color colour, float height) {
        try {
            canvas.setNonStrokingColor(colour);
            canvas.addRect(LEFT, y - height, WIDTH, height);
            canvas.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the last page's content and returns all pages in order. */
    List<PDPage> finish() {
        close();
        return List.copyOf(pages);
    }

    private void newPage() {
        close();
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        pages.add(page);
        try {
            canvas = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = TOP;
    }

    private void close() {
        if (canvas != null) {
            try {
                canvas.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            canvas = null;
        }
    }
}
