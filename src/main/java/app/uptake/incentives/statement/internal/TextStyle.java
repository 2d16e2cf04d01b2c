package app.uptake.incentives.statement.internal;

import java.awt.Color;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * How a run of text looks: font, size, colour, and the distance from one line's baseline to the next.
 */
record TextStyle(PDFont font, float size, Color colour, float leading) {

    TextStyle(PDFont font, float size, Color colour) {
        this(font, size, colour, size * 1.35f);
    }

    TextStyle in(Color other) {
        return new TextStyle(font, size, other, leading);
    }
}
