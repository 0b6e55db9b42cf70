package io.liaison.common.csv;

/**
 * How the service's CSV files write a text cell that a spreadsheet would read as a formula. Every CSV it writes ends
 * up opened in a spreadsheet by someone (a report, a published register), and its text cells carry what outsiders
 * wrote: names, titles, notes. A cell starting with {@code = + - @}, a tab or a carriage return is a formula to Excel,
 * LibreOffice and Google Sheets, so by default such a cell is written with an apostrophe in front, which they show as
 * text (OWASP's advice for CSV injection). Only text is escaped: a number, a date or an id is written as it is, so a
 * negative number stays a number. The stakeholder import takes the apostrophe off again ({@link #unescape}), so what an
 * export wrote comes back in as it was stored.
 */
public enum CsvEscape {
    /** The default: text cells that would start a formula get a leading apostrophe. */
    FORMULAS,
    /** Every cell exactly as stored, for a script that reads the file as data, not in a spreadsheet. */
    NONE;

    /** The query parameter with which a download chooses. */
    public static final String PARAMETER = "csvEscape";

    public static final String PARAMETER_DESCRIPTION = "FORMULAS (the default) writes a text cell that starts with ="
            + " + - @, a tab or a carriage return with an apostrophe in front, so that a spreadsheet shows it as text"
            + " instead of running it as a formula; numbers are never changed. NONE writes every cell as stored, for"
            + " scripts that read the file as data.";

    private static final String FORMULA_STARTS = "=+-@\t\r";

    /** What a request asked for, or the default. */
    public static CsvEscape orDefault(CsvEscape requested) {
        return requested == null ? FORMULAS : requested;
    }

    /** One cell as this choice writes it: text may be escaped; anything else is left to the CSV printer. */
    public Object cell(Object value) {
        return this == FORMULAS && value instanceof CharSequence text ? escape(text.toString()) : value;
    }

    /**
     * The text with an apostrophe in front when a spreadsheet would read it as a formula. Text that already starts
     * with apostrophes before such a character gets one more, so that {@link #unescape} gives back exactly the text.
     */
    public static String escape(String text) {
        return startsAFormula(text) ? "'" + text : text;
    }

    /** The text an escaped cell was made from; any other cell as it is. */
    public static String unescape(String cell) {
        return cell.startsWith("'") && startsAFormula(cell.substring(1)) ? cell.substring(1) : cell;
    }

    /** {@link #escape} in SQL, for a text expression of a query whose rows PostgreSQL writes as CSV. */
    public static String escapeSql(String text) {
        return "(case when left(ltrim(" + text + ", ''''), 1) in ('=', '+', '-', '@', chr(9), chr(13))"
                + " then '''' || " + text + " else " + text + " end)";
    }

    private static boolean startsAFormula(String text) {
        int first = 0;
        while (first < text.length() && text.charAt(first) == '\'') {
            first++;
        }
        return first < text.length() && FORMULA_STARTS.indexOf(text.charAt(first)) >= 0;
    }
}
