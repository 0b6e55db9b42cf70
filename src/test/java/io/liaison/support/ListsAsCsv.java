package io.liaison.support;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** A list read both ways, to hold its CSV to its JSON: the JSON items (one page of up to 500), and the CSV rows. */
public final class ListsAsCsv {

    private ListsAsCsv() {}

    public static List<Map<String, Object>> jsonItems(String path, Map<String, ?> query) {
        return given().queryParams(query)
                .queryParam("size", 500)
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
    }

    public static List<CSVRecord> csvRows(String path, Map<String, ?> query) {
        String csv = given().accept("text/csv")
                .queryParams(query)
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        return parse(csv);
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
