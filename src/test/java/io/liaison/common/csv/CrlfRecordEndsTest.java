package io.liaison.common.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CrlfRecordEndsTest {

    private static final String POSTGRES_CSV =
            "id,summary\n1,plain\n2,\"two\nlines, \"\"quoted\"\"\"\n3,\"Café \"\"\n\"\"\"\n4,\n";
    private static final String RFC_4180 =
            "id,summary\r\n1,plain\r\n2,\"two\nlines, \"\"quoted\"\"\"\r\n3,\"Café \"\"\n\"\"\"\r\n4,\r\n";

    @Test
    void endsRecordsWithCrlfAndLeavesLineBreaksInsideQuotedValues() throws IOException {
        assertThat(through(POSTGRES_CSV, Integer.MAX_VALUE)).isEqualTo(RFC_4180);
    }

    @Test
    void keepsTrackOfQuotesAcrossWritesOfAnySize() throws IOException {
        for (int chunk = 1; chunk <= 7; chunk++) {
            assertThat(through(POSTGRES_CSV, chunk))
                    .as("writes of %d bytes", chunk)
                    .isEqualTo(RFC_4180);
        }
    }

    @Test
    void writesSingleBytesThroughTheSameRule() throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        CrlfRecordEnds out = new CrlfRecordEnds(sink);
        for (byte b : "a,\"b\nc\"\nd\n".getBytes(StandardCharsets.UTF_8)) {
            out.write(b);
        }
        assertThat(sink.toString(StandardCharsets.UTF_8)).isEqualTo("a,\"b\nc\"\r\nd\r\n");
    }

    private static String through(String text, int chunk) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try (CrlfRecordEnds out = new CrlfRecordEnds(sink)) {
            for (int from = 0; from < bytes.length; from += chunk) {
                out.write(bytes, from, Math.min(chunk, bytes.length - from));
            }
        }
        return sink.toString(StandardCharsets.UTF_8);
    }
}
