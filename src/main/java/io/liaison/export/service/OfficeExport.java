package io.liaison.export.service;

import io.liaison.common.csv.CsvEscape;
import io.liaison.common.csv.CsvExport;
import io.liaison.common.persistence.SqlRunner;
import io.liaison.common.security.SensitiveContent;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The office export: everything the caller may see, as NDJSON (one JSON object a line, each naming its
 * {@code record} kind) or as a ZIP of one CSV file per kind. Each kind is one SQL query read through a cursor a few
 * hundred rows at a time, inside one read-only snapshot, and written as it is read, so memory stays flat however
 * large the office is. PostgreSQL builds the JSON (or the CSV cells) and applies the sensitive-content rule in the
 * same query, with the same condition the API uses (SensitiveContent).
 */
@ApplicationScoped
public class OfficeExport {

    static final int FETCH_SIZE = 500;

    /** One exported column: its name, the SQL that computes it, and whether it is a list (an SQL array). */
    record Field(String name, String sql, boolean list) {
        static Field of(String name, String sql) {
            return new Field(name, sql, false);
        }

        static Field list(String name, String sql) {
            return new Field(name, sql, true);
        }
    }

    /**
     * One kind of record: its NDJSON name, its CSV file, the query's FROM (a table and its alias) and ORDER BY, and
     * its fields in order. Most fields are a column of the table named as the field is, in snake case.
     */
    record Section(String record, String file, String from, String orderBy, List<Field> fields) {

        static Section of(String record, String file, String from, String orderBy) {
            return new Section(record, file, from, orderBy, List.of());
        }

        /** Columns named as their fields, the names separated by spaces. */
        Section columns(String names) {
            return with(names, column -> column);
        }

        /** Timestamp columns, written as UTC instants. */
        Section instants(String names) {
            return with(names, OfficeExport::instant);
        }

        /** Columns empty when the row is {@code hidden} from the caller, preceded by the flag itself as "redacted". */
        Section withheld(String hidden, String names) {
            return with(Field.of("redacted", hidden))
                    .with(names, column -> "case when " + hidden + " then null else " + column + " end");
        }

        /** The values of {@code column} in {@code table}'s rows that refer to this row by {@code reference}, sorted. */
        Section list(String name, String table, String column, String reference) {
            return with(Field.list(
                    name,
                    "array(select x." + column + " from " + table + " x where x." + reference + " = " + alias()
                            + ".id order by 1)"));
        }

        private Section with(String names, UnaryOperator<String> sql) {
            Section section = this;
            for (String name : names.split(" ")) {
                section = section.with(Field.of(name, sql.apply(alias() + "." + snakeCase(name))));
            }
            return section;
        }

        private Section with(Field field) {
            List<Field> more = new ArrayList<>(fields);
            more.add(field);
            return new Section(record, file, from, orderBy, List.copyOf(more));
        }

        private String alias() {
            return from.substring(from.lastIndexOf(' ') + 1);
        }

        private static String snakeCase(String name) {
            return name.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
        }
    }

    private static String instant(String column) {
        return "to_char(" + column + " at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')";
    }

    /** @param hidden true for an interaction (aliased i) whose content the caller may not read */
    private static List<Section> sections(String hidden) {
        return List.of(
                Section.of("organisation", "organisations.csv", "organisation o", "o.id")
                        .columns("id code name kind gssCode governanceModel politicalControl status"),
                Section.of("teamMember", "team-members.csv", "team_member m", "m.id")
                        .columns("id fullName email role unit active"),
                Section.of("stakeholder", "stakeholders.csv", "stakeholder s", "s.id")
                        .columns("id honorific firstName lastName party email phone privateOfficeContact priority"
                                + " influence interest termEndDate")
                        .list("policyInterests", "stakeholder_policy_interest", "policy_area_code", "stakeholder_id")
                        .columns("notes status")
                        .instants("createdAt updatedAt"),
                Section.of("post", "posts.csv", "post p", "p.id")
                        .columns("id organisationId title category constituency ward portfolio")
                        .list("coveredAuthorityIds", "post_covered_authority", "organisation_id", "post_id")
                        .columns("status"),
                Section.of("tenure", "tenures.csv", "tenure t", "t.id")
                        .columns("id postId stakeholderId startDate endDate"),
                Section.of("ownership", "ownerships.csv", "ownership w", "w.id")
                        .columns("id stakeholderId teamMemberId role startDate endDate note handoverNote"),
                Section.of("plan", "plans.csv", "engagement_plan p", "p.id")
                        .columns("id stakeholderId ownerId title objectives contactCadenceDays briefingCadenceDays"
                                + " startDate endDate status")
                        .list("policyAreas", "engagement_plan_policy_area", "policy_area_code", "plan_id"),
                Section.of(
                                "planMilestone",
                                "plan-milestones.csv",
                                "engagement_plan_milestone m",
                                "m.plan_id, m.position")
                        .columns("planId position title dueDate done"),
                Section.of("interaction", "interactions.csv", "interaction i", "i.id")
                        .columns("id type status")
                        .instants("startsAt endsAt")
                        .columns("planId title classification")
                        .withheld(hidden, "summary outcome decisions")
                        .columns("briefingPackReady")
                        .list("stakeholderIds", "interaction_stakeholder", "stakeholder_id", "interaction_id")
                        .list("attendeeIds", "interaction_attendee", "team_member_id", "interaction_id")
                        .list("policyAreas", "interaction_policy_area", "policy_area_code", "interaction_id")
                        .instants("createdAt updatedAt")
                        .columns("location onlineMeetingUrl"),
                Section.of("followUp", "follow-ups.csv", "follow_up f", "f.id")
                        .columns("id interactionId description assigneeId dueDate status")
                        .instants("doneAt"));
    }

    private final SqlRunner sql;
    private final CsvExport snapshots;

    OfficeExport(SqlRunner sql, CsvExport snapshots) {
        this.sql = sql;
        this.snapshots = snapshots;
    }

    /** Writes the export as NDJSON; the caller's read rule was taken while the request was in scope. */
    public void writeNdjson(OutputStream output, SensitiveContent.ReadRule rule) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 64 * 1024);
        snapshots.snapshot(() -> {
            for (Section section : sections(rule.hiddenCondition())) {
                String object = section.fields().stream()
                        .map(f -> "'" + f.name() + "', " + f.sql())
                        .collect(Collectors.joining(", "));
                String statement = "select cast(json_build_object('record', '" + section.record() + "', " + object
                        + ") as text) from " + section.from() + " order by " + section.orderBy();
                try (Stream<String> lines = this.sql.stream(String.class, statement, rule.parameters(), FETCH_SIZE)) {
                    lines.forEach(line -> write(writer, line + "\n"));
                }
            }
        });
        writer.flush();
    }

    /**
     * Writes the export as a ZIP holding one CSV file (RFC 4180, UTF-8) per kind of record, its text cells escaped as
     * the request chose (CsvEscape).
     */
    public void writeZip(OutputStream output, SensitiveContent.ReadRule rule, CsvEscape escape) throws IOException {
        CsvEscape cells = CsvEscape.orDefault(escape);
        ZipOutputStream zip = new ZipOutputStream(output, StandardCharsets.UTF_8);
        // Each CSV printer is flushed, never closed: closing it would close the ZIP under it.
        Writer writer = new BufferedWriter(
                new OutputStreamWriter(
                        new FilterOutputStream(zip) {
                            @Override
                            public void write(byte[] b, int off, int len) throws IOException {
                                out.write(b, off, len);
                            }

                            @Override
                            public void close() {}
                        },
                        StandardCharsets.UTF_8),
                64 * 1024);
        snapshots.snapshot(() -> {
            for (Section section : sections(rule.hiddenCondition())) {
                String columns = section.fields().stream()
                        .map(f -> f.list() ? "array_to_string(" + f.sql() + ", ';')" : f.sql())
                        .collect(Collectors.joining(", "));
                String statement = "select " + columns + " from " + section.from() + " order by " + section.orderBy();
                try {
                    zip.putNextEntry(new ZipEntry(section.file()));
                    CSVPrinter printer = new CSVPrinter(
                            writer,
                            CSVFormat.RFC4180
                                    .builder()
                                    .setHeader(section.fields().stream()
                                            .map(Field::name)
                                            .toArray(String[]::new))
                                    .get());
                    try (Stream<Object[]> rows =
                            this.sql.stream(OfficeExport::cells, statement, rule.parameters(), FETCH_SIZE)) {
                        rows.forEach(row -> print(printer, row, cells));
                    }
                    printer.flush();
                    zip.closeEntry();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        zip.finish();
        zip.flush();
    }

    /** A CSV line's cells: the row's columns, in the order its section lists its fields. */
    private static Object[] cells(ResultSet rs, StatementContext ctx) throws SQLException {
        Object[] cells = new Object[rs.getMetaData().getColumnCount()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = rs.getObject(i + 1);
        }
        return cells;
    }

    private static void write(Writer writer, String text) {
        try {
            writer.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void print(CSVPrinter printer, Object[] row, CsvEscape escape) {
        try {
            for (Object cell : row) {
                printer.print(cell == null ? "" : escape.cell(cell));
            }
            printer.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
