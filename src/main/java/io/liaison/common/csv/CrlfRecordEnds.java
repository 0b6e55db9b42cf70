package io.liaison.common.csv;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Ends the records of PostgreSQL's CSV output with CRLF, as RFC 4180 and every other CSV of the API do (COPY ends
 * them with a bare LF on Unix). Only a LF outside quotes ends a record: line breaks inside a quoted value are data and
 * pass unchanged. A doubled quote inside a value flips the state twice, and no byte of a multi-byte UTF-8 character
 * can be a quote or a LF, so counting quotes byte by byte is exact.
 */
final class CrlfRecordEnds extends FilterOutputStream {

    private boolean inQuotes;

    CrlfRecordEnds(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        int from = offset;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            byte b = bytes[i];
            if (b == '"') {
                inQuotes = !inQuotes;
            } else if (b == '\n' && !inQuotes) {
                out.write(bytes, from, i - from);
                out.write('\r');
                from = i; // the LF goes out with the next run
            }
        }
        out.write(bytes, from, end - from);
    }
}
