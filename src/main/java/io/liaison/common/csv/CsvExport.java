package io.liaison.common.csv;

import io.liaison.common.persistence.SqlLiterals;
import io.liaison.common.persistence.SqlQuery;
import io.liaison.common.persistence.SqlRunner;
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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * COPY writes (the largest lists, whose rows the query gives whole: interactions, coverage). Both write text cells that
 * a spreadsheet would run as a formula escaped, unless the request asked for the raw values (CsvEscape).
 */
@ApplicationScoped
public class CsvExport {

    public static final String MEDIA_TYPE = "text/csv";
    public static final int CHUNK = 500;

    private final EntityManager em;
    private final SqlRunner sql;
    private final ExportLimiter limiter;
    private final Duration timeout;

    CsvExport(
            EntityManager em,
            SqlRunner sql,
            ExportLimiter limiter,
            @ConfigProperty(name = "liaison.exports.timeout", defaultValue = "1H") Duration timeout) {
        this.em = em;
        this.sql = sql;
        this.limiter = limiter;
        this.timeout = timeout;
    }

    /** A list's rows, as its service defines them ({@code rows}). */
    public <T> Response stream(String filename, CsvRows<T> rows, CsvEscape escape) {
        return stream(filename, rows.header(), rows.batches(), rows.row(), escape);
    }

    /**
     * @param batches the filtered, ordered list in batches (ListQueries.batches), opened inside the export's
     *     transaction and closed when it ends
     * @param row the cells of one row, in header order
     * @param escape what the request asked for ({@code csvEscape}); null for the default
     */
    public <T> Response stream(
            String filename,
            List<String> header,
            Supplier<Stream<List<T>>> batches,
            Function<T, List<?>> row,
            CsvEscape escape) {
        CsvEscape chosen = CsvEscape.orDefault(escape);
        Function<T, List<Object>> cells = item ->
                row.apply(item).stream().map(value -> chosen.cell(cell(value))).toList();
        StreamingOutput body = limiter.guarded(output -> write(output, header, batches, cells));
        return attachment(filename, body);
    }

    /**
     * Streams the rows of one query as CSV written by PostgreSQL ({@code COPY (query) TO STDOUT}, header from the
     * column names), piped through as it comes: for the largest export, where formatting a million rows in the service
     * cost more than building them (bench/README.md). The query runs in the export's snapshot; its named parameters
     * are put in as literals (COPY cannot bind them). CsvSql renders instants as the JSON does.
     *
     * @param escape what the request asked for ({@code csvEscape}); null for the default
     */
    public Response copy(String filename, SqlQuery query, CsvEscape escape) {
        return copy(filename, query, escape, () -> {});
    }

    /** As above; {@code afterwards} runs once every row is written (for what the download must leave on record). */
    public Response copy(String filename, SqlQuery query, CsvEscape escape, Runnable afterwards) {
        String select = SqlLiterals.inline(query.sql(), query.parameters());
        boolean escaped = CsvEscape.orDefault(escape) == CsvEscape.FORMULAS;
        StreamingOutput body = limiter.guarded(output -> {
            // COPY hands over one row at a time: gather them into larger writes to the response.
            SentBytes sent = new SentBytes(output);
            OutputStream records = new CrlfRecordEnds(new BufferedOutputStream(sent, 1 << 16));
            try {
                snapshot(() -> {
                    em.unwrap(Session.class).doWork(connection -> {
                        PGConnection postgres = connection.unwrap(PGConnection.class);
                        // guarded hands the body its WhileClientListens: stop the query if the client goes before a row
                        // (describing the query may wait on a lock too).
                        try (var watch = ((WhileClientListens) output).cancelIfClientLeaves(postgres::cancelQuery)) {
                            String rows = escaped ? textEscaped(connection, select) : select;
                            postgres.getCopyAPI()
                                    .copyOut("copy (" + rows + ") to stdout with (format csv, header)", records);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                });
                records.flush();
            } finally {
                // Whatever reached the client was shown, even if it left before the end; nothing was shown if it left
                // before a row (the query may then have waited on a lock the record would wait on too).
                if (sent.any()) {
                    afterwards.run();
                }
            }
        });
        return attachment(filename, body);
    }

    /**
     * The query with each of its text columns escaped, under the same names: PostgreSQL says which columns are text
     * when it describes the query (without running it), so numbers, dates and ids are never touched and a query needs
     * no change to be exported safely.
     */
    private static String textEscaped(Connection connection, String select) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(select)) {
            ResultSetMetaData described = statement.getMetaData();
            for (int i = 1; i <= described.getColumnCount(); i++) {
                String column = "q.\"" + described.getColumnLabel(i).replace("\"", "\"\"") + "\"";
                columns.add(
                        isText(described.getColumnType(i))
                                ? CsvEscape.escapeSql(column) + " as " + column.substring(2)
                                : column);
            }
        }
        return "select " + String.join(", ", columns) + " from (" + select + ") q";
    }

    private static boolean isText(int sqlType) {
        return switch (sqlType) {
            case Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.NVARCHAR, Types.NCHAR, Types.LONGNVARCHAR -> true;
            default -> false;
        };
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
            Function<T, List<Object>> cells)
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
                all.forEach(batch -> batch.forEach(item -> print(printer, cells.apply(item))));
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
            sql.update("set transaction isolation level repeatable read, read only", Map.of());
            reads.run();
        });
    }

    private static void print(CSVPrinter printer, List<Object> cells) {
        try {
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A value as a cell: empty for null, a list joined with ';'. */
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
