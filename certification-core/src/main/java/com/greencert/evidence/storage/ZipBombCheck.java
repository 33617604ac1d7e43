package com.greencert.evidence.storage;

import com.greencert.evidence.domain.FileRefusedException;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Checks that an Office Open XML file (a zip) is what it says and not a zip bomb, by inflating it entry
 * by entry (keeping nothing) and stopping at the first limit. An entry that is itself a zip (an embedded
 * workbook, or a document inside a document inside a document) is opened and inflated in turn, to any
 * depth up to {@code maxDepth}: the number of entries, the total of the bytes inflated at every level and
 * the ratio of that total to the file's size are bounded for the whole tree, not per level. Sizes declared
 * in the zip's headers are not trusted: the bytes are counted as they are inflated.
 */
public final class ZipBombCheck {

    private static final byte[] LOCAL_HEADER = {'P', 'K', 3, 4};

    private final int maxEntries;
    private final long maxTotal;
    private final long maxRatio;
    /** Below this total, any ratio is fine (small documents compress very well). */
    private final long ratioFloor;
    /** How many archives deep an embedded archive may sit (the document itself is depth 0). */
    private final int maxDepth;

    public ZipBombCheck() {
        this(10_000, 1024L * 1024 * 1024, 100, 10L * 1024 * 1024, 3);
    }

    public ZipBombCheck(int maxEntries, long maxTotal, long maxRatio, long ratioFloor, int maxDepth) {
        this.maxEntries = maxEntries;
        this.maxTotal = maxTotal;
        this.maxRatio = maxRatio;
        this.ratioFloor = ratioFloor;
        this.maxDepth = maxDepth;
    }

    /**
     * @param compressedSize the file's size
     * @param partFolder the folder a genuine document of the claimed kind has ({@code xl/}, {@code word/})
     */
    public void check(InputStream zip, long compressedSize, String partFolder) throws IOException {
        Budget budget = new Budget(Math.min(maxTotal, Math.max(ratioFloor, compressedSize * maxRatio)));
        try (ZipInputStream in = new ZipInputStream(zip)) {
            Level top = scan(in, 0, budget, partFolder);
            if (top.entries == 0 || !top.contentTypes || !top.part) {
                throw FileRefusedException.unprocessable("evidence.zip.invalid");
            }
        } catch (ZipException | EOFException e) {
            throw FileRefusedException.unprocessable("evidence.zip.invalid");
        }
    }

    /** What the top level of a document holds. */
    private static final class Level {
        int entries;
        boolean contentTypes;
        boolean part;
    }

    /** Entries and inflated bytes counted over every level of the tree. */
    private final class Budget {
        final long limit;
        long total;
        int entries;
        final byte[] buffer = new byte[64 * 1024];

        Budget(long limit) {
            this.limit = limit;
        }

        void entry() {
            if (++entries > maxEntries) {
                throw FileRefusedException.unprocessable("evidence.zip.bomb");
            }
        }

        void inflated(int n) {
            total += n;
            if (total > limit) {
                throw FileRefusedException.unprocessable("evidence.zip.bomb");
            }
        }
    }

    private Level scan(ZipInputStream in, int depth, Budget budget, String partFolder) throws IOException {
        Level level = new Level();
        ZipEntry entry;
        while ((entry = in.getNextEntry()) != null) {
            budget.entry();
            level.entries++;
            level.contentTypes |= entry.getName().equals("[Content_Types].xml");
            level.part |= entry.getName().startsWith(partFolder);
            BufferedInputStream content = new BufferedInputStream(new Counting(in, budget), LOCAL_HEADER.length);
            content.mark(LOCAL_HEADER.length);
            byte[] head = content.readNBytes(LOCAL_HEADER.length);
            content.reset();
            if (Arrays.equals(head, LOCAL_HEADER)) {
                if (depth + 1 > maxDepth) {
                    throw FileRefusedException.unprocessable("evidence.zip.too.deep", maxDepth);
                }
                // the embedded archive is inflated through this entry's stream (its bytes count here too)
                try (ZipInputStream nested = new ZipInputStream(content)) {
                    scan(nested, depth + 1, budget, "");
                    drain(content, budget);
                }
            } else {
                drain(content, budget);
            }
        }
        return level;
    }

    /** Reads to the end (counted): the entry's bytes, or what an embedded archive left (its central directory). */
    private static void drain(InputStream content, Budget budget) throws IOException {
        while (content.read(budget.buffer) >= 0) {
            // counted by the stream
        }
    }

    /** Counts the bytes inflated from one entry against the budget; never closes the stream beneath. */
    private static final class Counting extends FilterInputStream {
        private final Budget budget;

        Counting(InputStream in, Budget budget) {
            super(in);
            this.budget = budget;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                budget.inflated(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                budget.inflated(n);
            }
            return n;
        }

        @Override
        public void close() {
            // the entry belongs to the enclosing archive
        }
    }
}
