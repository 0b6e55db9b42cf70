package io.liaison.common.csv;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Streams a filtered list as CSV (RFC 4180, UTF-8) without the page cap: rows are read a chunk at a time inside
 * one repeatable-read transaction, so the file is a consistent snapshot however long it takes to send, and
 * memory stays flat however many rows there are.
 */
@ApplicationScoped
public class CsvExport {

    public static final String MEDIA_TYPE = "text/csv";
    public static final int CHUNK = 500;

    private final EntityManager em;
    private final ExportLimiter limiter;

    CsvExport(EntityManager em, ExportLimiter limiter) {
        this.em = em;
        this.limiter = limiter;
    }

    /**
     * @param chunk loads rows {@code [offset, offset + CHUNK)} of the filtered, ordered list
     * @param row the cells of one row, in header order
     */
    public <T> Response stream(
            String filename, List<String> header, IntFunction<List<T>> chunk, Function<T, List<?>> row) {
        limiter.acquire();
        StreamingOutput body = output -> {
            try {
                write(output, header, chunk, row);
            } finally {
                limiter.release();
            }
        };
        return Response.ok(body, MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .build();
    }

    private <T> void write(
            java.io.OutputStream output, List<String> header, IntFunction<List<T>> chunk, Function<T, List<?>> row)
            throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
        CSVPrinter printer = new CSVPrinter(
                writer,
                CSVFormat.RFC4180
                        .builder()
                        .setHeader(header.toArray(String[]::new))
                        .get());
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("set transaction isolation level repeatable read, read only")
                    .executeUpdate();
            for (int offset = 0; ; offset += CHUNK) {
                List<T> rows = chunk.apply(offset);
                for (T item : rows) {
                    print(printer, row.apply(item));
                }
                em.clear();
                if (rows.size() < CHUNK) {
                    break;
                }
            }
        });
        printer.flush();
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
