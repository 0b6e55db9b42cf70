package io.liaison.common.csv;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.liaison.common.time.AppClock;
import io.liaison.support.Fixtures;
import io.liaison.support.ListsAsCsv;
import io.liaison.support.SendsBadInput;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Text an outsider wrote that a spreadsheet would run as a formula (a cell starting with = + - @, a tab or a carriage
 * return) comes out of every CSV as text, with an apostrophe in front, whether the service or PostgreSQL writes the
 * file; numbers are never touched; csvEscape=NONE gives the values as stored; and the stakeholder import reads an
 * escaped cell back as it was stored.
 */
@QuarkusTest
class FormulaEscapeTest {

    private static final String HYPERLINK = "=HYPERLINK(\"http://example.org/x\",\"Open\")";

    @Inject
    AppClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** A stakeholder whose every text field starts like a formula, each in its own way. */
    private static Map<String, Object> hostile(String stem) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("honorific", "'@Cllr");
        fields.put("firstName", HYPERLINK);
        fields.put("lastName", "-" + stem);
        fields.put("party", "@Party");
        fields.put("email", stem.toLowerCase() + "@example.org");
        fields.put("phone", "+44 20 7983 4000");
        fields.put("privateOfficeContact", "-via the chief of staff");
        fields.put("influence", 3);
        return fields;
    }

    private static String stem() {
        return "Formula" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aListWrittenByTheServiceEscapesItsTextCellsOnly() {
        String stem = stem();
        Fixtures.stakeholder(hostile(stem));

        CSVRecord row = single(csv("/api/v1/stakeholders", given().queryParam("q", stem)));
        assertThat(row.get("honorific")).isEqualTo("''@Cllr");
        assertThat(row.get("firstName")).isEqualTo("'" + HYPERLINK);
        assertThat(row.get("lastName")).isEqualTo("'-" + stem);
        assertThat(row.get("party")).isEqualTo("'@Party");
        assertThat(row.get("phone")).isEqualTo("'+44 20 7983 4000");
        assertThat(row.get("privateOfficeContact")).isEqualTo("'-via the chief of staff");
        assertThat(row.get("email")).isEqualTo(stem.toLowerCase() + "@example.org");
        assertThat(row.get("influence")).isEqualTo("3");

        CSVRecord raw =
                single(csv("/api/v1/stakeholders", given().queryParam("q", stem).queryParam("csvEscape", "NONE")));
        assertThat(raw.get("honorific")).isEqualTo("'@Cllr");
        assertThat(raw.get("firstName")).isEqualTo(HYPERLINK);
        assertThat(raw.get("phone")).isEqualTo("+44 20 7983 4000");
        assertThat(raw.get("privateOfficeContact")).isEqualTo("-via the chief of staff");
    }

    @Test
    void aListWrittenByPostgresEscapesItsTextCellsAndLeavesNegativeNumbers() {
        String stem = stem();
        String stakeholder = Fixtures.stakeholder(hostile(stem));
        LocalDate briefed = LocalDate.of(2026, 3, 12);
        Map<String, Object> briefing = Fixtures.meeting(stakeholder);
        briefing.put("type", "BRIEFING");
        briefing.put("startsAt", briefed + "T10:00:00Z");
        briefing.put("policyAreas", List.of("housing"));
        briefing.put("title", "\rCarriage return first");
        briefing.put("summary", "+1 for the borough");
        briefing.put("outcome", "@mention");
        briefing.put("decisions", "\tIndented decision");
        Fixtures.logInteraction(briefing);

        CSVRecord interaction = single(csv("/api/v1/interactions", given().queryParam("stakeholderId", stakeholder)));
        assertThat(interaction.get("title")).isEqualTo("'\rCarriage return first");
        assertThat(interaction.get("summary")).isEqualTo("'+1 for the borough");
        assertThat(interaction.get("outcome")).isEqualTo("'@mention");
        assertThat(interaction.get("decisions")).isEqualTo("'\tIndented decision");
        assertThat(interaction.get("stakeholders")).isEqualTo("''@Cllr " + HYPERLINK + " -" + stem);
        assertThat(interaction.get("openFollowUps")).isEqualTo("0");

        // Three days before the briefing it was briefed -3 days ago: a number, written as one.
        clock.setClock(Fixtures.noonInLondon(briefed.minusDays(3)));
        String coverage = "/api/v1/stakeholders/" + stakeholder + "/coverage";
        CSVRecord cell = single(csv(coverage, given()));
        assertThat(cell.get("stakeholderName")).isEqualTo("''@Cllr " + HYPERLINK + " -" + stem);
        assertThat(cell.get("daysSinceBriefed")).isEqualTo("-3");

        CSVRecord raw = single(csv(coverage, given().queryParam("csvEscape", "NONE")));
        assertThat(raw.get("stakeholderName")).isEqualTo("'@Cllr " + HYPERLINK + " -" + stem);
        assertThat(raw.get("daysSinceBriefed")).isEqualTo("-3");
        CSVRecord rawInteraction = single(csv(
                "/api/v1/interactions",
                given().queryParam("stakeholderId", stakeholder).queryParam("csvEscape", "NONE")));
        assertThat(rawInteraction.get("title")).isEqualTo("\rCarriage return first");
    }

    @Test
    void theOfficeExportsCsvFilesEscapeToo() throws IOException {
        String stem = stem();
        Fixtures.stakeholder(hostile(stem));

        CSVRecord row = stakeholderInOfficeZip(stem, given());
        assertThat(row.get("firstName")).isEqualTo("'" + HYPERLINK);
        assertThat(row.get("lastName")).isEqualTo("'-" + stem);
        assertThat(row.get("influence")).isEqualTo("3");
        assertThat(stakeholderInOfficeZip(stem, given().queryParam("csvEscape", "NONE"))
                        .get("firstName"))
                .isEqualTo(HYPERLINK);
    }

    @Test
    @SendsBadInput
    void anUnknownChoiceIs400NamingTheParameter() {
        given().accept("text/csv")
                .queryParam("csvEscape", "SOME")
                .get("/api/v1/stakeholders")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("csvEscape"));
    }

    @Test
    void anExportedStakeholderReImportsAsItWasStored() throws IOException {
        String stem = stem();
        String original = Fixtures.stakeholder(hostile(stem));
        CSVRecord exported = single(csv("/api/v1/stakeholders", given().queryParam("q", stem)));

        // The export's cells under the import's columns, as a user moving records between offices would send them;
        // only the email changes, so that the row is a new stakeholder rather than the one already there.
        List<String> columns = List.of(
                "honorific",
                "firstName",
                "lastName",
                "party",
                "email",
                "phone",
                "privateOfficeContact",
                "priority",
                "influence",
                "interest");
        StringWriter file = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(
                file,
                CSVFormat.RFC4180
                        .builder()
                        .setHeader(columns.toArray(String[]::new))
                        .get())) {
            printer.printRecord(columns.stream()
                    .map(c -> c.equals("email") ? "copy-" + exported.get(c) : exported.get(c))
                    .toList());
        }
        given().contentType("text/csv")
                .body(file.toString())
                .post("/api/v1/imports/stakeholders")
                .then()
                .statusCode(200)
                .body("created", equalTo(1));

        Map<String, Object> before = stakeholder(original);
        String copyId = given()
                .queryParam("q", stem)
                .get("/api/v1/stakeholders")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .<Map<String, Object>>getList("items")
                .stream()
                .filter(s -> !s.get("id").equals(original))
                .map(s -> (String) s.get("id"))
                .findFirst()
                .orElseThrow();
        Map<String, Object> after = stakeholder(copyId);
        for (String field :
                List.of("honorific", "firstName", "lastName", "party", "phone", "privateOfficeContact", "influence")) {
            assertThat(after.get(field)).as(field).isEqualTo(before.get(field));
        }
        assertThat(after.get("email")).isEqualTo("copy-" + before.get("email"));
    }

    private static Map<String, Object> stakeholder(String id) {
        return given().get("/api/v1/stakeholders/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");
    }

    private static List<CSVRecord> csv(String path, RequestSpecification request) {
        return ListsAsCsv.parse(request.accept("text/csv")
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }

    private static CSVRecord single(List<CSVRecord> rows) {
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private static CSVRecord stakeholderInOfficeZip(String stem, RequestSpecification request) throws IOException {
        byte[] zip = request.accept("application/zip")
                .get("/api/v1/exports/office")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals("stakeholders.csv")) {
                    return ListsAsCsv.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).stream()
                            .filter(r -> r.get("lastName").endsWith(stem))
                            .findFirst()
                            .orElseThrow();
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        throw new AssertionError("no stakeholders.csv in the office export");
    }
}
