package io.liaison.common.csv;

import io.liaison.common.persistence.SqlLiterals;
import io.liaison.common.persistence.SqlQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.postgresql.PGConnection;

/**
 * Streams a filtered list as CSV (RFC 4180, UTF-8, CRLF) without the page cap, inside one repeatable-read transaction,
 * so the file is a consistent snapshot however long it takes to send, the cost is linear in the rows, and memory stays
 * flat however many rows there are. Two ways: {@link #stream} reads rows through a database cursor a batch at a time
 * and prints them with Commons CSV (lists whose rows are made in Java); {@link #copy} pipes through what PostgreSQL's
 * COPY writes (the largest lists, whose rows the query gives whole: interactions, coverage).
 */
@ApplicationScoped
public class CsvExport {

    public static final String MEDIA_TYPE = "text/csv";
    public static final int CHUNK = 500;

    private final EntityManager em;
    private final ExportLimiter limiter;
    private final Duration timeout;

    CsvExport(
            EntityManager em,
            ExportLimiter limiter,
            @ConfigProperty(name = "liaison.exports.timeout", defaultValue = "1H") Duration timeout) {
        this.em = em;
        this.limiter = limiter;
        this.timeout = timeout;
    }

    /**
     * @param batches the filtered, ordered list in batches (ListQueries.batches), opened inside the export's
     *     transaction and closed when it ends
     * @param row the cells of one row, in header order
     */
    public <T> Response stream(
            String filename, List<String> header, Supplier<Stream<List<T>>> batches, Function<T, List<?>> row) {
        StreamingOutput body = limiter.guarded(output -> write(output, header, batches, row));
        return attachment(filename, body);
    }

    /**
     * Streams the rows of one query as CSV written by PostgreSQL ({@code COPY (query) TO STDOUT}, header from the
     * column names), piped through as it comes: for the largest export, where formatting a million rows in the service
     * cost more than building them (bench/README.md). The query runs in the export's snapshot; its named parameters
     * are put in as literals (COPY cannot bind them). CsvSql renders instants as the JSON does.
     */
    public Response copy(String filename, SqlQuery query) {
        String copy = "copy (" + SqlLiterals.inline(query.sql(), query.parameters())
                + ") to stdout with (format csv, header)";
        StreamingOutput body = limiter.guarded(output -> {
            // COPY hands over one row at a time: gather them into larger writes to the response.
            OutputStream records = new CrlfRecordEnds(new BufferedOutputStream(output, 1 << 16));
            snapshot(() -> {
                em.unwrap(Session.class).doWork(connection -> {
                    PGConnection postgres = connection.unwrap(PGConnection.class);
                    // guarded hands the body its WhileClientListens: stop the query if the client goes before a row.
                    try (var watch = ((WhileClientListens) output).cancelIfClientLeaves(postgres::cancelQuery)) {
                        postgres.getCopyAPI().copyOut(copy, records);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            });
            records.flush();
        });
        return attachment(filename, body);
    }

    private static Response attachment(String filename, StreamingOutput body) {
        return Response.ok(body, MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .build();
    }

    private <T> void write(
            java.io.OutputStream output,
            List<String> header,
            Supplier<Stream<List<T>>> batches,
            Function<T, List<?>> row)
            throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
        CSVPrinter printer = new CSVPrinter(
                writer,
                CSVFormat.RFC4180
                        .builder()
                        .setHeader(header.toArray(String[]::new))
                        .get());
        snapshot(() -> {
            try (Stream<List<T>> all = batches.get()) {
                all.forEach(batch -> batch.forEach(item -> print(printer, row.apply(item))));
            }
        });
        printer.flush();
    }

    /**
     * Runs a download's reads in one read-only, repeatable-read transaction: one snapshot for the whole file,
     * however long the client takes to read it (up to the export timeout).
     */
    public void snapshot(Runnable reads) {
        QuarkusTransaction.requiringNew().timeout((int) timeout.toSeconds()).run(() -> {
            em.createNativeQuery("set transaction isolation level repeatable read, read only")
                    .executeUpdate();
            reads.run();
        });
    }

    private static void print(CSVPrinter printer, List<?> cells) {
        try {
            printer.printRecord(cells.stream().map(CsvExport::cell).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof java.util.Collection<?> values) {
            return String.join(";", values.stream().map(String::valueOf).toList());
        }
        return value;
    }
}
