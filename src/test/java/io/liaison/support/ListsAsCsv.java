package io.liaison.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** A list read both ways, to hold its CSV to its JSON: the JSON items (one page of up to 500), and the CSV rows. */
public final class ListsAsCsv {

    private ListsAsCsv() {}

    private static List<Map<String, Object>> jsonItems(String path, Map<String, ?> query) {
        return given().queryParams(query)
                .queryParam("size", 500)
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
    }

    private static List<CSVRecord> csvRows(String path, Map<String, ?> query) {
        String csv = given().accept("text/csv")
                .queryParams(query)
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        return parse(csv);
    }

    /**
     * The list's CSV holds, row for row and in the same order, what {@code expectedRow} makes of each of its JSON items
     * (one page of up to 500); the list is not empty, so the comparison cannot pass vacuously.
     */
    public static void assertCsvMatchesJson(
            String path, Map<String, ?> query, Function<Map<String, Object>, Map<String, String>> expectedRow) {
        List<Map<String, Object>> json = jsonItems(path, query);
        List<CSVRecord> rows = csvRows(path, query);
        assertThat(rows).as(query.toString()).hasSameSizeAs(json).isNotEmpty();
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).toMap()).as(query.toString()).isEqualTo(expectedRow.apply(json.get(i)));
        }
    }

    /** A JSON value as a CSV cell reads it: empty for null. */
    public static String cell(Object value) {
        return value == null ? "" : value.toString();
    }

    /** RFC 4180 with a header row; each record reads by column name. */
    public static List<CSVRecord> parse(String csv) {
        try {
            return CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new StringReader(csv))
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
