package io.liaison.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.liaison.support.Fixtures;
import io.liaison.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The office export, as NDJSON and as a ZIP of CSVs: everything in it, sensitive content redacted per caller. */
@QuarkusTest
class OfficeExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures.Person owner;
    private String stakeholder;
    private String sensitive;
    private String official;
    private String secret;

    @BeforeEach
    void office() {
        owner = Fixtures.person("APPOINTEE");
        stakeholder = Fixtures.stakeholder(Fixtures.unique("Exported"));
        Fixtures.assign(stakeholder, owner.id(), "LEAD");
        Fixtures.createPlan(Fixtures.plan(stakeholder, owner.id()));
        String organisation = Fixtures.organisation(Fixtures.unique("Export Borough"));
        Fixtures.appoint(
                Fixtures.post(organisation, "Leader", "COUNCIL_LEADER"),
                stakeholder,
                Fixtures.today().minusYears(1));
        secret = "Budget line " + UUID.randomUUID();
        Map<String, Object> meeting = Fixtures.meeting(stakeholder);
        meeting.put("classification", "OFFICIAL_SENSITIVE");
        meeting.put("summary", secret);
        meeting.put("decisions", "Hold until the budget");
        sensitive = Fixtures.logInteraction(meeting);
        Map<String, Object> call = Fixtures.meeting(stakeholder);
        call.put("type", "CALL");
        call.put("summary", "Talked about buses");
        call.put(
                "followUps",
                List.of(Map.of(
                        "description", "Send the bus figures",
                        "assigneeId", owner.id(),
                        "dueDate", Fixtures.today().plusDays(7).toString())));
        official = Fixtures.logInteraction(call);
    }

    @Test
    void ndjsonHoldsEveryKindOfRecordAndRedactsForAReporter() throws IOException {
        Map<String, List<JsonNode>> asAdmin = ndjson(null);
        assertThat(asAdmin.keySet())
                .contains(
                        "organisation",
                        "teamMember",
                        "stakeholder",
                        "post",
                        "tenure",
                        "ownership",
                        "plan",
                        "interaction",
                        "followUp");
        assertThat(asAdmin.get("stakeholder").stream()
                        .filter(s -> s.get("id").asText().equals(stakeholder)))
                .hasSize(1);
        assertThat(asAdmin.get("ownership").stream()
                        .filter(o -> o.get("stakeholderId").asText().equals(stakeholder)))
                .singleElement()
                .satisfies(o -> assertThat(o.get("teamMemberId").asText()).isEqualTo(owner.id()));
        JsonNode full = find(asAdmin, "interaction", sensitive);
        assertThat(full.get("summary").asText()).isEqualTo(secret);
        assertThat(full.get("redacted").asBoolean()).isFalse();
        assertThat(full.get("stakeholderIds").get(0).asText()).isEqualTo(stakeholder);
        assertThat(asAdmin.get("followUp").stream()
                        .filter(f -> f.get("interactionId").asText().equals(official)))
                .singleElement()
                .satisfies(f -> assertThat(f.get("description").asText()).isEqualTo("Send the bus figures"));

        Map<String, List<JsonNode>> asReporter = ndjson(Tokens.jwt("reporter-export@example.org", "REPORTER"));
        JsonNode redacted = find(asReporter, "interaction", sensitive);
        assertThat(redacted.get("redacted").asBoolean()).isTrue();
        assertThat(redacted.get("summary").isNull()).isTrue();
        assertThat(redacted.get("decisions").isNull()).isTrue();
        assertThat(redacted.get("classification").asText()).isEqualTo("OFFICIAL_SENSITIVE");
        assertThat(find(asReporter, "interaction", official).get("summary").asText())
                .isEqualTo("Talked about buses");

        // The LEAD owner of the interaction's stakeholder may read it.
        Map<String, List<JsonNode>> asOwner = ndjson(owner.token());
        assertThat(find(asOwner, "interaction", sensitive).get("summary").asText())
                .isEqualTo(secret);
    }

    @Test
    void zipHoldsOneCsvPerKindWithTheSameRedaction() throws IOException {
        byte[] zip = given().auth()
                .oauth2(Tokens.jwt("reporter-zip@example.org", "REPORTER"))
                .accept("application/zip")
                .get("/api/v1/exports/office")
                .then()
                .statusCode(200)
                .contentType("application/zip")
                .extract()
                .asByteArray();
        Map<String, List<CSVRecord>> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                files.put(
                        entry.getName(),
                        CSVFormat.RFC4180
                                .builder()
                                .setHeader()
                                .setSkipHeaderRecord(true)
                                .get()
                                .parse(new InputStreamReader(
                                        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                                        StandardCharsets.UTF_8))
                                .getRecords());
            }
        }
        assertThat(files.keySet())
                .containsExactlyInAnyOrder(
                        "organisations.csv",
                        "team-members.csv",
                        "stakeholders.csv",
                        "posts.csv",
                        "tenures.csv",
                        "ownerships.csv",
                        "plans.csv",
                        "plan-milestones.csv",
                        "interactions.csv",
                        "follow-ups.csv");
        CSVRecord row = files.get("interactions.csv").stream()
                .filter(r -> r.get("id").equals(sensitive))
                .findFirst()
                .orElseThrow();
        assertThat(row.get("redacted")).isEqualTo("true");
        assertThat(row.get("summary")).isEmpty();
        assertThat(row.get("stakeholderIds")).isEqualTo(stakeholder);
        assertThat(files.get("interactions.csv").stream()
                        .filter(r -> r.get("id").equals(official))
                        .findFirst()
                        .orElseThrow()
                        .get("summary"))
                .isEqualTo("Talked about buses");
        assertThat(files.get("stakeholders.csv").stream()
                        .filter(r -> r.get("id").equals(stakeholder)))
                .hasSize(1);
    }

    private static JsonNode find(Map<String, List<JsonNode>> export, String record, String id) {
        return export.get(record).stream()
                .filter(n -> n.get("id").asText().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError(record + " " + id + " is not in the export"));
    }

    /** The export as NDJSON, by record kind; every line must be one JSON object naming its kind. */
    private static Map<String, List<JsonNode>> ndjson(String token) throws IOException {
        var request = given().accept("application/x-ndjson");
        if (token != null) {
            request.auth().oauth2(token);
        }
        String body = request.get("/api/v1/exports/office")
                .then()
                .statusCode(200)
                .contentType("application/x-ndjson")
                .extract()
                .asString();
        Map<String, List<JsonNode>> byRecord = new HashMap<>();
        for (String line : body.split("\n")) {
            JsonNode node = JSON.readTree(line);
            assertThat(node.isObject()).as(line).isTrue();
            byRecord.computeIfAbsent(node.get("record").asText(), k -> new ArrayList<>())
                    .add(node);
        }
        return byRecord;
    }
}
