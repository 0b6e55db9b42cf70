package io.liaison.election.service;

import io.liaison.common.csv.CsvEscape;
import io.liaison.common.error.ApiProblem;
import io.liaison.common.error.Violation;
import io.liaison.election.service.ElectionResults.Control;
import io.liaison.election.service.ElectionResults.Result;
import io.liaison.election.service.ElectionResultsService.Row;
import io.liaison.stakeholder.PostCategory;
import io.liaison.stakeholder.service.StakeholderDetails;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Election results from a spreadsheet: one row per post (and a row may set its organisation's political control),
 * read into the rows the service checks, with the file's line numbers. A cell that cannot be read (a bad id, date or
 * category) is named with its line, all of them at once.
 */
public final class ElectionResultsCsv {

    static final List<String> COLUMNS = List.of(
            "postId",
            "organisation",
            "postTitle",
            "postCategory",
            "ward",
            "holderId",
            "holderEmail",
            "honorific",
            "firstName",
            "lastName",
            "email",
            "party",
            "date",
            "politicalControl");

    private ElectionResultsCsv() {}

    /** The file's results and controls. */
    public record Parsed(List<Row<Result>> results, List<Row<Control>> controls) {}

    public static Parsed parse(String csv, LocalDate defaultDate, int maxRows) {
        List<Row<Result>> results = new ArrayList<>();
        List<Row<Control>> controls = new ArrayList<>();
        List<Violation> problems = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get()
                .parse(new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv))) {
            Map<String, String> columns = columns(parser.getHeaderNames());
            long lineAfterPrevious = parser.getCurrentLineNumber();
            for (CSVRecord record : parser) {
                int line = (int) lineAfterPrevious + 1;
                lineAfterPrevious = parser.getCurrentLineNumber();
                if (results.size() + controls.size() >= maxRows) {
                    throw ApiProblem.invalid("file", "has more than " + maxRows + " rows: split it");
                }
                Map<String, String> cells = new HashMap<>();
                columns.forEach((column, header) -> {
                    String value = record.isSet(header) ? record.get(header) : null;
                    cells.put(column, value == null || value.isBlank() ? null : CsvEscape.unescape(value.trim()));
                });
                if (cells.values().stream().allMatch(java.util.Objects::isNull)) {
                    continue; // a spreadsheet's empty row (only commas)
                }
                Cells row = new Cells(cells, line, problems);
                LocalDate date = row.date("date", defaultDate);
                boolean namesAPost = cells.get("postId") != null || cells.get("postTitle") != null;
                boolean namesAHolder = cells.get("holderId") != null
                        || cells.get("holderEmail") != null
                        || cells.get("lastName") != null;
                if (namesAPost || namesAHolder || cells.get("politicalControl") == null) {
                    StakeholderDetails newHolder = cells.get("lastName") == null && cells.get("firstName") == null
                            ? null
                            : new StakeholderDetails(
                                    cells.get("honorific"),
                                    cells.get("firstName"),
                                    cells.get("lastName"),
                                    cells.get("party"),
                                    cells.get("email"),
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null);
                    results.add(new Row<>(
                            line,
                            line,
                            new Result(
                                    row.id("postId"),
                                    cells.get("organisation"),
                                    cells.get("postTitle"),
                                    row.category("postCategory"),
                                    cells.get("ward"),
                                    row.id("holderId"),
                                    cells.get("holderEmail"),
                                    newHolder,
                                    cells.get("party"),
                                    date)));
                }
                if (cells.get("politicalControl") != null) {
                    controls.add(new Row<>(
                            line, line, new Control(cells.get("organisation"), cells.get("politicalControl"), date)));
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new ApiProblem(
                    400,
                    "validation",
                    "Invalid request",
                    "The file is not readable CSV: " + e.getMessage(),
                    List.of(new Violation("file", "is not readable CSV: " + e.getMessage())));
        }
        if (!problems.isEmpty()) {
            throw new ApiProblem(
                    400, "validation", "Invalid request", problems.size() + " cell(s) cannot be read", problems);
        }
        return new Parsed(results, controls);
    }

    /** Header name (as the file spells it) by column; "Post Title", "post_title" and "posttitle" all name postTitle. */
    private static Map<String, String> columns(List<String> header) {
        Map<String, String> known = new HashMap<>();
        COLUMNS.forEach(c -> known.put(normalised(c), c));
        Map<String, String> columns = new LinkedHashMap<>();
        List<Violation> problems = new ArrayList<>();
        for (String name : header) {
            String column = known.get(normalised(name));
            if (column == null) {
                problems.add(new Violation(name, "unknown column; the columns are " + String.join(", ", COLUMNS), 1));
            } else {
                columns.put(column, name);
            }
        }
        if (!problems.isEmpty()) {
            throw new ApiProblem(400, "validation", "Invalid request", "The file's header is not usable", problems);
        }
        return columns;
    }

    private static String normalised(String header) {
        return header.replaceAll("[\\s_-]", "").toLowerCase(Locale.ROOT);
    }

    /** A line's cells, read into types; what cannot be read is added to the problems with its line. */
    private record Cells(Map<String, String> cells, int line, List<Violation> problems) {

        UUID id(String column) {
            String value = cells.get(column);
            try {
                return value == null ? null : UUID.fromString(value);
            } catch (IllegalArgumentException e) {
                problems.add(new Violation(column, "is not an id: '" + value + "'", line));
                return null;
            }
        }

        LocalDate date(String column, LocalDate fallback) {
            String value = cells.get(column);
            try {
                return value == null ? fallback : LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                problems.add(new Violation(column, "is not a date like 2026-05-08: '" + value + "'", line));
                return null;
            }
        }

        PostCategory category(String column) {
            String value = cells.get(column);
            try {
                return value == null ? null : PostCategory.valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new Violation(column, "is not a post category: '" + value + "'", line));
                return null;
            }
        }
    }
}
