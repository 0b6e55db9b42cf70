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
import java.util.List;
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

    /** One kind of record: its NDJSON name, its CSV file, and the query's FROM and ORDER BY. */
    record Section(String record, String file, String from, String orderBy, List<Field> fields) {}

    private static String instant(String column) {
        return "to_char(" + column + " at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')";
    }

    /** @param hidden true for an interaction (aliased i) whose content the caller may not read */
    private static List<Section> sections(String hidden) {
        return List.of(
                new Section(
                        "organisation",
                        "organisations.csv",
                        "organisation o",
                        "o.id",
                        List.of(
                                Field.of("id", "o.id"),
                                Field.of("code", "o.code"),
                                Field.of("name", "o.name"),
                                Field.of("kind", "o.kind"),
                                Field.of("gssCode", "o.gss_code"),
                                Field.of("governanceModel", "o.governance_model"),
                                Field.of("politicalControl", "o.political_control"),
                                Field.of("status", "o.status"))),
                new Section(
                        "teamMember",
                        "team-members.csv",
                        "team_member m",
                        "m.id",
                        List.of(
                                Field.of("id", "m.id"),
                                Field.of("fullName", "m.full_name"),
                                Field.of("email", "m.email"),
                                Field.of("role", "m.role"),
                                Field.of("unit", "m.unit"),
                                Field.of("active", "m.active"))),
                new Section(
                        "stakeholder",
                        "stakeholders.csv",
                        "stakeholder s",
                        "s.id",
                        List.of(
                                Field.of("id", "s.id"),
                                Field.of("honorific", "s.honorific"),
                                Field.of("firstName", "s.first_name"),
                                Field.of("lastName", "s.last_name"),
                                Field.of("party", "s.party"),
                                Field.of("email", "s.email"),
                                Field.of("phone", "s.phone"),
                                Field.of("privateOfficeContact", "s.private_office_contact"),
                                Field.of("priority", "s.priority"),
                                Field.of("influence", "s.influence"),
                                Field.of("interest", "s.interest"),
                                Field.of("termEndDate", "s.term_end_date"),
                                Field.list(
                                        "policyInterests",
                                        "array(select p.policy_area_code from stakeholder_policy_interest p"
                                                + " where p.stakeholder_id = s.id order by 1)"),
                                Field.of("notes", "s.notes"),
                                Field.of("status", "s.status"),
                                Field.of("createdAt", instant("s.created_at")),
                                Field.of("updatedAt", instant("s.updated_at")))),
                new Section(
                        "post",
                        "posts.csv",
                        "post p",
                        "p.id",
                        List.of(
                                Field.of("id", "p.id"),
                                Field.of("organisationId", "p.organisation_id"),
                                Field.of("title", "p.title"),
                                Field.of("category", "p.category"),
                                Field.of("constituency", "p.constituency"),
                                Field.of("ward", "p.ward"),
                                Field.of("portfolio", "p.portfolio"),
                                Field.list(
                                        "coveredAuthorityIds",
                                        "array(select c.organisation_id from post_covered_authority c"
                                                + " where c.post_id = p.id order by 1)"),
                                Field.of("status", "p.status"))),
                new Section(
                        "tenure",
                        "tenures.csv",
                        "tenure t",
                        "t.id",
                        List.of(
                                Field.of("id", "t.id"),
                                Field.of("postId", "t.post_id"),
                                Field.of("stakeholderId", "t.stakeholder_id"),
                                Field.of("startDate", "t.start_date"),
                                Field.of("endDate", "t.end_date"))),
                new Section(
                        "ownership",
                        "ownerships.csv",
                        "ownership w",
                        "w.id",
                        List.of(
                                Field.of("id", "w.id"),
                                Field.of("stakeholderId", "w.stakeholder_id"),
                                Field.of("teamMemberId", "w.team_member_id"),
                                Field.of("role", "w.role"),
                                Field.of("startDate", "w.start_date"),
                                Field.of("endDate", "w.end_date"),
                                Field.of("note", "w.note"),
                                Field.of("handoverNote", "w.handover_note"))),
                new Section(
                        "plan",
                        "plans.csv",
                        "engagement_plan p",
                        "p.id",
                        List.of(
                                Field.of("id", "p.id"),
                                Field.of("stakeholderId", "p.stakeholder_id"),
                                Field.of("ownerId", "p.owner_id"),
                                Field.of("title", "p.title"),
                                Field.of("objectives", "p.objectives"),
                                Field.of("contactCadenceDays", "p.contact_cadence_days"),
                                Field.of("briefingCadenceDays", "p.briefing_cadence_days"),
                                Field.of("startDate", "p.start_date"),
                                Field.of("endDate", "p.end_date"),
                                Field.of("status", "p.status"),
                                Field.list(
                                        "policyAreas",
                                        "array(select a.policy_area_code from engagement_plan_policy_area a"
                                                + " where a.plan_id = p.id order by 1)"))),
                new Section(
                        "planMilestone",
                        "plan-milestones.csv",
                        "engagement_plan_milestone m",
                        "m.plan_id, m.position",
                        List.of(
                                Field.of("planId", "m.plan_id"),
                                Field.of("position", "m.position"),
                                Field.of("title", "m.title"),
                                Field.of("dueDate", "m.due_date"),
                                Field.of("done", "m.done"))),
                new Section(
                        "interaction",
                        "interactions.csv",
                        "interaction i",
                        "i.id",
                        List.of(
                                Field.of("id", "i.id"),
                                Field.of("type", "i.type"),
                                Field.of("status", "i.status"),
                                Field.of("startsAt", instant("i.starts_at")),
                                Field.of("endsAt", instant("i.ends_at")),
                                Field.of("planId", "i.plan_id"),
                                Field.of("title", "i.title"),
                                Field.of("classification", "i.classification"),
                                Field.of("redacted", hidden),
                                Field.of("summary", "case when " + hidden + " then null else i.summary end"),
                                Field.of("outcome", "case when " + hidden + " then null else i.outcome end"),
                                Field.of("decisions", "case when " + hidden + " then null else i.decisions end"),
                                Field.of("briefingPackReady", "i.briefing_pack_ready"),
                                Field.list(
                                        "stakeholderIds",
                                        "array(select x.stakeholder_id from interaction_stakeholder x"
                                                + " where x.interaction_id = i.id order by 1)"),
                                Field.list(
                                        "attendeeIds",
                                        "array(select x.team_member_id from interaction_attendee x"
                                                + " where x.interaction_id = i.id order by 1)"),
                                Field.list(
                                        "policyAreas",
                                        "array(select x.policy_area_code from interaction_policy_area x"
                                                + " where x.interaction_id = i.id order by 1)"),
                                Field.of("createdAt", instant("i.created_at")),
                                Field.of("updatedAt", instant("i.updated_at")))),
                new Section(
                        "followUp",
                        "follow-ups.csv",
                        "follow_up f",
                        "f.id",
                        List.of(
                                Field.of("id", "f.id"),
                                Field.of("interactionId", "f.interaction_id"),
                                Field.of("description", "f.description"),
                                Field.of("assigneeId", "f.assignee_id"),
                                Field.of("dueDate", "f.due_date"),
                                Field.of("status", "f.status"),
                                Field.of("doneAt", instant("f.done_at")))));
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
