package com.greencert.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The portal's server log as records (Payara writes one record as a header line {@code [2026-…] [] [LEVEL] …}
 * followed by the message and, for exceptions, the stack trace), for tests that check what the log says.
 */
final class PortalLog {

    /** The logger that writes one line for each request the API refuses. */
    static final String REFUSALS = "greencert.refusals";

    private PortalLog() {
    }

    static List<String> records(Path log) {
        List<String> records = new ArrayList<>();
        StringBuilder current = null;
        try {
            for (String line : Files.readAllLines(log)) {
                if (line.matches("^\\[\\d{4}-\\d{2}-\\d{2}T.*")) {
                    if (current != null) {
                        records.add(current.toString());
                    }
                    current = new StringBuilder(line);
                } else if (current != null) {
                    current.append('\n').append(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (current != null) {
            records.add(current.toString());
        }
        return records;
    }

    /**
     * Asserts that the refusal naming {@code marker} was logged as one WARNING record holding one line of
     * message (no stack trace) that names the {@code code}. Waits briefly: the log is written asynchronously.
     */
    static void assertRefusalLogged(Stack stack, String marker, String code) {
        List<String> found = List.of();
        for (int attempt = 0; attempt < 40 && found.isEmpty(); attempt++) {
            found = records(stack.portalLog).stream()
                    .filter(r -> r.contains(REFUSALS) && r.contains(marker)).toList();
            if (found.isEmpty()) {
                sleep();
            }
        }
        assertThat(found).as("a refusal record naming " + marker + " in " + stack.portalLog).hasSize(1);
        String record = found.getFirst();
        // Payara writes a one-line message on the record's header line; anything longer goes on lines of its own
        assertThat(record).contains("WARNING").contains(code).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(record.strip().lines().count()).as(record).isEqualTo(1);
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
