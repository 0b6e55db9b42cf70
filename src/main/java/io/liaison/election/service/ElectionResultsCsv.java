package io.liaison.election.service;

import io.liaison.common.csv.CsvUpload;
import io.liaison.common.error.ApiProblem;
import io.liaison.common.error.Violation;
import io.liaison.election.service.ElectionResults.Control;
import io.liaison.election.service.ElectionResults.Result;
import io.liaison.election.service.ElectionResultsService.Row;
import io.liaison.stakeholder.PostCategory;
import io.liaison.stakeholder.service.StakeholderDetails;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

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
        for (CsvUpload.Line line : CsvUpload.read(csv, COLUMNS, List.of(), maxRows, "at most " + maxRows + " rows")) {
            if (line.isEmpty()) {
                continue; // a spreadsheet's empty row (only commas)
            }
            Map<String, String> cells = line.cells();
            Cells row = new Cells(cells, line.number(), problems);
            LocalDate date = row.date("date", defaultDate);
            boolean namesAPost = cells.get("postId") != null || cells.get("postTitle") != null;
            boolean namesAHolder =
                    cells.get("holderId") != null || cells.get("holderEmail") != null || cells.get("lastName") != null;
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
                        line.number(),
                        line.number(),
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
                        line.number(),
                        line.number(),
                        new Control(cells.get("organisation"), cells.get("politicalControl"), date)));
            }
        }
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid(problems.size() + " cell(s) cannot be read", problems);
        }
        return new Parsed(results, controls);
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
