package app.uptake.activity.internal;

import java.math.BigDecimal;

/**
 * Reads numbers as CRM exports write them: "1234.56", "1,234.56", German "1.234,56" or "1234,56".
 * Where a single separator is ambiguous ("1,234"), the file's convention decides: files with a decimal
 * comma (German, usually semicolon-separated) read it as 1.234.
 */
final class LocalizedNumbers {

    private LocalizedNumbers() {
    }

    /** The number, or null when the text is not one. */
    static BigDecimal parse(String text, boolean decimalComma) {
        String s = text.strip().replace(" ", "").replace("\u00a0", "").replace("'", "");
        if (s.isEmpty() || !s.matches("[+-]?[0-9.,]*[0-9][0-9.,]*")) {
            return null;
        }
        int lastDot = s.lastIndexOf('.');
        int lastComma = s.lastIndexOf(',');
        String plain;
        if (lastDot >= 0 && lastComma >= 0) {
            char decimal = lastDot > lastComma ? '.' : ',';
            char grouping = decimal == '.' ? ',' : '.';
            plain = ungroup(s, grouping, decimal);
        } else if (lastComma >= 0) {
            plain = decimalComma || count(s, ',') == 1 && !groupedThousands(s, ',') ? ungroup(s, '.', ',') : ungroup(s, ',', '.');
        } else if (lastDot >= 0) {
            plain = !decimalComma || count(s, '.') == 1 && !groupedThousands(s, '.') ? ungroup(s, ',', '.') : ungroup(s, '.', ',');
        } else {
            plain = s;
        }
        if (plain == null) {
            return null;
        }
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Removes grouping separators (which must separate groups of three) and makes the decimal a dot. */
    private static String ungroup(String s, char grouping, char decimal) {
        if (count(s, decimal) > 1) {
            return null;
        }
        int decimalAt = s.indexOf(decimal);
        String integral = decimalAt < 0 ? s : s.substring(0, decimalAt);
        String fraction = decimalAt < 0 ? "" : s.substring(decimalAt + 1);
        if (integral.indexOf(grouping) >= 0 && !groupedThousands(integral, grouping)) {
            return null;
        }
        if (fraction.indexOf(grouping) >= 0) {
            return null;
        }
        String digits = integral.replace(String.valueOf(grouping), "");
        return fraction.isEmpty() ? digits : digits + "." + fraction;
    }

    private static boolean groupedThousands(String s, char grouping) {
        return s.matches("[+-]?\\d{1,3}(" + java.util.regex.Pattern.quote(String.valueOf(grouping)) + "\\d{3})+");
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(ch -> ch == c).count();
    }
}
