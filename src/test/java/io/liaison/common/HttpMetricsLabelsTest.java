package io.liaison.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.liaison.support.Management;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The HTTP request metrics are labelled by route template only: paths a client makes up (a scan, a fuzz run) share one
 * label whatever their answer, so they can neither flood the metrics nor spend the budget of distinct uri labels that
 * real routes need.
 */
@QuarkusTest
class HttpMetricsLabelsTest {

    private static final Pattern SAMPLE = Pattern.compile("^http_server_requests_seconds_count\\{(.*)} (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** More made-up paths than Micrometer's default budget of 100 distinct uri labels. */
    private static final int MADE_UP_PATHS = 110;

    @TestHTTPResource("/")
    URL server;

    @Test
    void madeUpPathsShareOneLabelAndRealRoutesAreStillRecorded() throws IOException {
        String marker = "scan-" + UUID.randomUUID().toString().substring(0, 8);
        double unmatchedBefore = count(requestSamples(), "UNMATCHED");

        int sent = 0;
        for (int i = 0; i < MADE_UP_PATHS; i++) {
            // 405: the path has the shape of a policy area, which has no DELETE.
            given().delete("/api/v1/policy-areas/" + marker + "-" + i).then().statusCode(405);
            sent++;
        }
        given().get("/" + marker + "/nothing-here").then().statusCode(404);
        given().get("/" + marker + "/trailing/").then().statusCode(404);
        assertThat(rawStatus("POST /" + marker + "/upload HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/json\r\nContent-Length: 999999999\r\n\r\n"))
                .isEqualTo(413);
        assertThat(rawStatus("GET /" + marker + "/headers HTTP/1.1\r\nHost: localhost\r\nX-Filler: "
                        + "x".repeat(30_000) + "\r\n\r\n"))
                .isEqualTo(431);
        assertThat(rawStatus("GET /" + marker + "/" + "x".repeat(5000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n"))
                .isEqualTo(414);
        sent += 5;

        // Routes the scan came before: each still gets its own label.
        given().get("/api/v1/api-tokens").then().statusCode(200);
        given().get("/api/v1/audit").then().statusCode(200);
        given().get("/api/v1/team-members").then().statusCode(200);

        List<Map<String, String>> samples = requestSamples();
        assertThat(samples)
                .extracting(s -> s.get("uri"))
                .noneMatch(uri -> uri.contains(marker))
                .contains("/api/v1/api-tokens", "/api/v1/audit", "/api/v1/team-members");
        assertThat(count(samples, "UNMATCHED") - unmatchedBefore).isGreaterThanOrEqualTo(sent);
        assertThat(samples)
                .filteredOn(s -> "UNMATCHED".equals(s.get("uri")))
                .extracting(s -> s.get("status"))
                .contains("404", "405", "413", "414", "431");
    }

    /** Every http_server_requests count in the Prometheus scrape, as its labels plus "value". */
    private List<Map<String, String>> requestSamples() {
        String scrape = Management.given()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<Map<String, String>> samples = new ArrayList<>();
        for (String line : scrape.split("\n")) {
            Matcher sample = SAMPLE.matcher(line);
            if (sample.matches()) {
                Map<String, String> labels = new HashMap<>();
                Matcher label = LABEL.matcher(sample.group(1));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
                labels.put("value", sample.group(2));
                samples.add(labels);
            }
        }
        return samples;
    }

    private static double count(List<Map<String, String>> samples, String uri) {
        return samples.stream()
                .filter(s -> uri.equals(s.get("uri")))
                .mapToDouble(s -> Double.parseDouble(s.get("value")))
                .sum();
    }

    /** Sends a request as raw bytes (what a client library would refuse to send) and reads the status code. */
    private int rawStatus(String request) throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }
}
