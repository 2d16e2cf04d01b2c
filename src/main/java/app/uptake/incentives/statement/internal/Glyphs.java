package app.uptake.incentives.statement.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Measuring and wrapping text in an embedded font, and keeping out what the font cannot draw: PDFBox refuses a
 * character without a glyph, and names and reasons come from people, so such a character is shown as "?" rather than
 * failing the whole statement.
 */
final class Glyphs {

    private static final char MISSING = '?';
    private static final String NO_BREAK_SPACE = "\u00A0";

    private Glyphs() {
    }

    /** The text with control characters as spaces and characters the font lacks as "?". */
    static String printable(PDFont font, String text) {
        String plain = withoutControls(text);
        if (drawable(font, plain)) {
            return plain;
        }
        StringBuilder out = new StringBuilder(plain.length());
        plain.codePoints().forEach(cp -> {
            String one = Character.toString(cp);
            if (drawable(font, one)) {
                out.append(one);
            } else {
                out.append(MISSING);
            }
        });
        return out.toString();
    }

    static float width(TextStyle style, String text) {
        return width(style.font(), style.size(), text);
    }

    static float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text, cut short with an ellipsis where it is wider than {@code width}. */
    static String fit(TextStyle style, String text, float width) {
        String printable = printable(style.font(), text);
        if (width(style, printable) <= width) {
            return printable;
        }
        int end = printable.length();
        while (end > 0 && width(style, printable.substring(0, end) + "…") > width) {
            end = printable.offsetByCodePoints(end, -1);
        }
        return printable.substring(0, end) + "…";
    }

    /**
     * The text broken into lines no wider than {@code width}: at spaces where possible, inside a word only when the
     * word alone is too wide; at every line break of the text. Each line is {@link #printable}.
     */
    static List<String> wrap(TextStyle style, String text, float width) {
        List<String> lines = new ArrayList<>();
        // "120 %" stays on one line, as German writes per cent with a space
        for (String paragraph : text.replace(" %", NO_BREAK_SPACE + "%").split("\\R", -1)) {
            wrapParagraph(style, printable(style.font(), paragraph), width, lines);
        }
        return lines;
    }

    private static void wrapParagraph(TextStyle style, String paragraph, float width, List<String> lines) {
        float space = width(style, " ");
        StringBuilder line = new StringBuilder();
        float used = 0;
        for (String word : paragraph.split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            float wordWidth = width(style, word);
            float needed = line.isEmpty() ? wordWidth : used + space + wordWidth;
            if (needed <= width) {
                if (!line.isEmpty()) {
                    line.append(' ');
                }
                line.append(word);
                used = needed;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            if (wordWidth <= width) {
                line.append(word);
                used = wordWidth;
            } else {
                String rest = breakWord(style, word, width, lines);
                line.append(rest);
                used = width(style, rest);
            }
        }
        lines.add(line.toString());
    }

    /** Adds the full-width pieces of an overlong word as lines and returns what is left of it. */
    private static String breakWord(TextStyle style, String word, float width, List<String> lines) {
        int start = 0;
        int end = 0;
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            if (end > start && width(style, word.substring(start, next)) > width) {
                lines.add(word.substring(start, end));
                start = end;
            }
            end = next;
        }
        return word.substring(start);
    }

    private static String withoutControls(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                StringBuilder out = new StringBuilder(text.length());
                text.chars().forEach(c -> out.append(Character.isISOControl(c) ? ' ' : (char) c));
                return out.toString();
            }
        }
        return text;
    }

    private static boolean drawable(PDFont font, String text) {
        try {
            font.encode(text);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
