package io.liaison.common.csv;

import io.liaison.common.error.ApiProblem;
import io.liaison.common.error.Violation;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file a user uploaded, as a spreadsheet exports it, read into its data lines: the header names the columns
 * (any order; case, spaces, _ and - ignored, so "First Name", "first_name" and "firstname" all name firstName), a
 * byte order mark is dropped, cells are trimmed, empty cells are null, and a cell our own exports escaped against
 * formulas comes back as it was stored. What cannot be read is a 400 naming it: the file, or every unknown and missing
 * column at once.
 */
public final class CsvUpload {

    private CsvUpload() {}

    /** One data line: its number in the file (1 is the header) and its cells by column name. */
    public record Line(int number, Map<String, String> cells) {

        /** A spreadsheet's empty row: only commas. */
        public boolean isEmpty() {
            return cells.values().stream().allMatch(java.util.Objects::isNull);
        }
    }

    /**
     * Every data line of the file; 400 when it is not readable CSV, when its header has a column not in
     * {@code known} or lacks one of {@code required}, or when it has more than {@code maxRows} lines ({@code limit}
     * says which setting sets that).
     */
    public static List<Line> read(String csv, List<String> known, List<String> required, int maxRows, String limit) {
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get()
                .parse(new StringReader(stripBom(csv)))) {
            Map<String, String> columns = columns(parser.getHeaderNames(), known, required);
            long lineAfterPrevious = parser.getCurrentLineNumber();
            for (CSVRecord record : parser) {
                int line = (int) lineAfterPrevious + 1;
                lineAfterPrevious = parser.getCurrentLineNumber();
                if (lines.size() >= maxRows) {
                    throw ApiProblem.invalid("file", "has more than " + maxRows + " rows: split it (" + limit + ")");
                }
                lines.add(new Line(line, cells(record, columns)));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw ApiProblem.invalid(
                    "The file is not readable CSV: " + e.getMessage(),
                    List.of(new Violation("file", "is not readable CSV: " + e.getMessage())));
        }
        return lines;
    }

    /** Header name (as the file spells it) by column, checked: known names only, the required ones present. */
    private static Map<String, String> columns(List<String> header, List<String> known, List<String> required) {
        Map<String, String> byNormalised = new HashMap<>();
        known.forEach(column -> byNormalised.put(normalised(column), column));
        Map<String, String> columns = new LinkedHashMap<>();
        List<Violation> problems = new ArrayList<>();
        for (String name : header) {
            String column = byNormalised.get(normalised(name));
            if (column == null) {
                problems.add(new Violation(name, "unknown column; the columns are " + String.join(", ", known), 1));
            } else {
                columns.put(column, name);
            }
        }
        for (String column : required) {
            if (!columns.containsKey(column)) {
                problems.add(new Violation(column, "the header has no " + column + " column", 1));
            }
        }
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid("The file's header is not usable", problems);
        }
        return columns;
    }

    private static String normalised(String header) {
        return header.replaceAll("[\\s_-]", "").toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> cells(CSVRecord record, Map<String, String> columns) {
        Map<String, String> cells = new HashMap<>();
        columns.forEach((column, header) -> {
            String value = record.isSet(header) ? record.get(header) : null;
            cells.put(column, value == null || value.isBlank() ? null : CsvEscape.unescape(value.trim()));
        });
        return cells;
    }

    private static String stripBom(String csv) {
        // Excel's "CSV UTF-8" starts with a byte order mark, which would become part of the first column's name.
        return csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    }
}
