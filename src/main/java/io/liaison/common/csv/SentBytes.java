package io.liaison.common.csv;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Counts what a download has handed to its client, so that what it showed can be told from what it only read. */
public final class SentBytes extends FilterOutputStream {

    private long count;

    public SentBytes(OutputStream client) {
        super(client);
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        count++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
        count += length;
    }

    public boolean any() {
        return count > 0;
    }
}
