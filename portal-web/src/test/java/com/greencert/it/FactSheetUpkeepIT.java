package com.greencert.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The fact sheets' upkeep on the real stack (Payara Micro, MariaDB; docs/adr/0027): once a supplier's stamp moves
 * (as every service that changes its facts does) or its kept sheet is of another format, one node keeps the sheet
 * again within a round (every 30 s), at the supplier's stamp and of this release's format. A sheet of more than
 * 16 MB fits its column.
 */
@ExtendWith(StackExtension.class)
class FactSheetUpkeepIT {

    private static final Logger LOG = Logger.getLogger(FactSheetUpkeepIT.class.getName());
    private static final String SUPPLIER = "jiangsu-qingyuan";
    /** Two rounds of 30 s and the round's own time. */
    private static final Duration WAIT = Duration.ofSeconds(75);

    private static Stack stack;

    @BeforeAll
    static void setUp(Stack s) {
        stack = s;
    }

    @Test
    void a_stale_sheet_and_one_of_another_format_are_kept_again_within_a_round() throws Exception {
        try (Connection c = DriverManager.getConnection(stack.jdbcUrl(), "greencert", "greencert")) {
            awaitKept(c, "at first");
            byte format = head(c)[0];

            // a sheet larger than 16 MB (a supplier at the product quota's top) fits its column (V32)
            try (PreparedStatement big = c.prepareStatement(
                    "UPDATE supplier_fact_sheet SET composition = ? WHERE tenant_id = ?")) {
                big.setBytes(1, new byte[17 * 1024 * 1024]);
                big.setString(2, SUPPLIER);
                assertThat(big.executeUpdate()).isEqualTo(1);
            }

            update(c, "UPDATE tenant SET facts_stamp = facts_stamp + 1 WHERE id = ?");
            assertThat(keptAtStamp(c)).as("stale once the stamp moved").isFalse();
            awaitKept(c, "after the stamp moved");

            update(c, "UPDATE supplier_fact_sheet SET head = CONCAT(X'01', SUBSTRING(head, 2)) WHERE tenant_id = ?");
            assertThat(head(c)[0]).isEqualTo((byte) 1);
            awaitKept(c, "after its format changed");
            assertThat(head(c)[0]).isEqualTo(format);
        }
    }

    /** Waits until the supplier's sheet is kept at its stamp and of this release's format (never 1). */
    private static void awaitKept(Connection c, String when) throws Exception {
        Instant start = Instant.now();
        while (!keptAtStamp(c) || head(c)[0] == 1) {
            assertThat(Duration.between(start, Instant.now())).as("the sheet of %s kept %s; see %s", SUPPLIER, when,
                    stack.portalLog).isLessThan(WAIT);
            Thread.sleep(500);
        }
        LOG.info("The fact sheet of " + SUPPLIER + " kept " + when + " within "
                + Duration.between(start, Instant.now()).toMillis() + " ms");
    }

    private static boolean keptAtStamp(Connection c) throws Exception {
        try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM supplier_fact_sheet s JOIN tenant t"
                + " ON t.id = s.tenant_id AND t.facts_stamp = s.stamp WHERE s.tenant_id = ?")) {
            q.setString(1, SUPPLIER);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getLong(1) == 1;
            }
        }
    }

    private static byte[] head(Connection c) throws Exception {
        try (PreparedStatement q = c.prepareStatement("SELECT head FROM supplier_fact_sheet WHERE tenant_id = ?")) {
            q.setString(1, SUPPLIER);
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? r.getBytes(1) : new byte[] {1};
            }
        }
    }

    private static void update(Connection c, String sql) throws Exception {
        try (PreparedStatement u = c.prepareStatement(sql)) {
            u.setString(1, SUPPLIER);
            assertThat(u.executeUpdate()).isEqualTo(1);
        }
    }
}
