package com.greencert.evidence.storage;

import com.greencert.shared.domain.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Checks that an Office Open XML file (a zip) is what it says and not a zip bomb, by inflating it
 * entry by entry (without keeping anything) and stopping at the first limit: number of entries, total
 * uncompressed size, and compression ratio. Sizes declared in the zip's headers are not trusted: the
 * bytes are counted as they are inflated.
 */
public final class ZipBombCheck {

    private final int maxEntries;
    private final long maxTotal;
    private final long maxRatio;
    /** Below this total, any ratio is fine (small documents compress very well). */
    private final long ratioFloor;

    public ZipBombCheck() {
        this(10_000, 1024L * 1024 * 1024, 100, 10L * 1024 * 1024);
    }

    public ZipBombCheck(int maxEntries, long maxTotal, long maxRatio, long ratioFloor) {
        this.maxEntries = maxEntries;
        this.maxTotal = maxTotal;
        this.maxRatio = maxRatio;
        this.ratioFloor = ratioFloor;
    }

    /**
     * @param compressedSize the file's size
     * @param partFolder the folder a genuine document of the claimed kind has ({@code xl/}, {@code word/})
     */
    public void check(InputStream zip, long compressedSize, String partFolder) throws IOException {
        long limit = Math.min(maxTotal, Math.max(ratioFloor, compressedSize * maxRatio));
        long total = 0;
        int entries = 0;
        boolean contentTypes = false;
        boolean part = false;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(zip)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > maxEntries) {
                    throw new InvalidInputException("evidence.zip.bomb");
                }
                contentTypes |= entry.getName().equals("[Content_Types].xml");
                part |= entry.getName().startsWith(partFolder);
                int n;
                while ((n = in.read(buffer)) > 0) {
                    total += n;
                    if (total > limit) {
                        throw new InvalidInputException("evidence.zip.bomb");
                    }
                }
            }
        } catch (ZipException | java.io.EOFException e) {
            throw new InvalidInputException("evidence.zip.invalid");
        }
        if (entries == 0 || !contentTypes || !part) {
            throw new InvalidInputException("evidence.zip.invalid");
        }
    }
}
