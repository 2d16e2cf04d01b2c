package app.uptake.shared;

/** Writing cells into CSV files that people open in spreadsheets. */
public final class CsvCells {

    private CsvCells() {
    }

    /**
     * The value made safe against formula injection: a spreadsheet would run a cell starting with
     * {@code = + - @}, TAB or CR as a formula, so such a cell gets a leading apostrophe.
     */
    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
