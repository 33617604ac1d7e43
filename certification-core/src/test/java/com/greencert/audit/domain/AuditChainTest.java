package com.greencert.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.greencert.shared.domain.InvalidInputException;
import com.greencert.shared.domain.TenantId;
import com.greencert.shared.domain.UserId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hash chain without a database: canonical encoding, sealing, and what checking a ledger detects. */
class AuditChainTest {

    private static final TenantId LEDGER = TenantId.of("zhejiang-greenpower");
    private static final Instant T0 = Instant.parse("2026-11-28T10:15:30.123456789Z");

    /** A ledger of n entries as appended through its head; the head ends on the last one. */
    private static List<AuditRecord> ledger(AuditChainHead head, int n) {
        List<AuditRecord> entries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            entries.add(head.append(T0.plusSeconds(i), new UserId("u-" + i), "li.supplier", TenantId.of("zhejiang-greenpower"),
                    "evidence.downloaded", "evidence", "id-" + i, i % 2 == 0 ? null : "reader=sinoeco-cert").toRecord());
        }
        return entries;
    }

    private static ChainVerification verify(List<AuditRecord> entries, AuditChainHead head) {
        return ChainVerifier.verify(LEDGER, entries, head.lastSeq(), head.lastHash());
    }

    @Test
    void appending_numbers_links_and_seals_each_entry_and_moves_the_head() {
        AuditChainHead head = new AuditChainHead(LEDGER);
        List<AuditRecord> entries = ledger(head, 3);

        assertThat(entries).extracting(AuditRecord::seq).containsExactly(1L, 2L, 3L);
        assertThat(entries.getFirst().prevHash()).isEqualTo("0".repeat(64));
        assertThat(entries.get(1).prevHash()).isEqualTo(entries.get(0).hash());
        assertThat(entries.get(2).prevHash()).isEqualTo(entries.get(1).hash());
        assertThat(entries).allSatisfy(e -> assertThat(e.hash()).matches("[0-9a-f]{64}"));
        assertThat(entries).allMatch(AuditRecord::hashMatches);
        assertThat(head.lastSeq()).isEqualTo(3);
        assertThat(head.lastHash()).isEqualTo(entries.get(2).hash());
        assertThat(entries.getFirst().occurredAt()).isEqualTo(Instant.parse("2026-11-28T10:15:30.123456Z"));
        assertThat(verify(entries, head)).isEqualTo(ChainVerification.intact(LEDGER, 3));
    }

    @Test
    void the_encoding_is_length_prefixed_so_moving_text_between_fields_changes_the_hash() {
        AuditRecord a = record("evidence", "abc", "x");
        AuditRecord b = record("evidenc", "eabc", "x");
        AuditRecord nullDetail = record("evidence", "abc", null);
        AuditRecord emptyDetail = record("evidence", "abc", "");

        assertThat(AuditChain.hash(a)).isNotEqualTo(AuditChain.hash(b));
        assertThat(AuditChain.hash(nullDetail)).isNotEqualTo(AuditChain.hash(emptyDetail));
        byte[] canonical = AuditChain.canonical(a);
        ByteBuffer buffer = ByteBuffer.wrap(canonical);
        int tagLength = buffer.getInt();
        assertThat(new String(canonical, 4, tagLength, StandardCharsets.US_ASCII)).isEqualTo("greencert-audit-v1");
        // the same fields always give the same bytes, and the hash is SHA-256 over exactly these bytes
        assertThat(AuditChain.canonical(record("evidence", "abc", "x"))).isEqualTo(canonical);
        assertThat(AuditChain.hash(a)).hasSize(64);
    }

    @Test
    void the_time_counts_to_the_microsecond_and_nothing_finer() {
        AuditRecord micros = record("evidence", "abc", "x");
        AuditRecord withNanos = new AuditRecord(micros.id(), micros.ledger(), micros.seq(), micros.occurredAt().plusNanos(999),
                micros.actorUserId(), micros.actorUsername(), micros.actorTenant(), micros.action(), micros.subjectType(),
                micros.subjectId(), micros.detail(), micros.prevHash(), null);
        AuditRecord nextMicro = new AuditRecord(micros.id(), micros.ledger(), micros.seq(), micros.occurredAt().plusNanos(1000),
                micros.actorUserId(), micros.actorUsername(), micros.actorTenant(), micros.action(), micros.subjectType(),
                micros.subjectId(), micros.detail(), micros.prevHash(), null);
        assertThat(AuditChain.hash(withNanos)).isEqualTo(AuditChain.hash(micros));
        assertThat(AuditChain.hash(nextMicro)).isNotEqualTo(AuditChain.hash(micros));
    }

    @Test
    void an_altered_entry_is_found_by_its_hash() {
        AuditChainHead head = new AuditChainHead(LEDGER);
        List<AuditRecord> entries = ledger(head, 5);
        entries.set(2, entries.get(2).withDetail("reader=someone-else"));

        ChainVerification result = verify(entries, head);

        assertThat(result.intact()).isFalse();
        assertThat(result.brokenSeq()).isEqualTo(3);
        assertThat(result.brokenEntryId()).isEqualTo(entries.get(2).id());
        assertThat(result.reason()).isEqualTo(ChainBreak.ENTRY_ALTERED);
        assertThat(result.checked()).isEqualTo(2);
    }

    @Test
    void an_altered_entry_with_a_recomputed_hash_breaks_the_link_of_the_next_one() {
        AuditChainHead head = new AuditChainHead(LEDGER);
        List<AuditRecord> entries = ledger(head, 5);
        entries.set(2, entries.get(2).withDetail("forged").sealed());

        ChainVerification result = verify(entries, head);

        assertThat(result.brokenSeq()).isEqualTo(4);
        assertThat(result.brokenEntryId()).isEqualTo(entries.get(3).id());
        assertThat(result.reason()).isEqualTo(ChainBreak.LINK_BROKEN);
    }

    @Test
    void a_deleted_middle_entry_shows_as_a_gap_at_the_entry_after_it() {
        AuditChainHead head = new AuditChainHead(LEDGER);
        List<AuditRecord> entries = ledger(head, 5);
        AuditRecord after = entries.get(3);
        entries.remove(2);

        ChainVerification result = verify(entries, head);

        assertThat(result.intact()).isFalse();
        assertThat(result.brokenSeq()).isEqualTo(4);
        assertThat(result.brokenEntryId()).isEqualTo(after.id());
        assertThat(result.reason()).isEqualTo(ChainBreak.SEQUENCE_GAP);
    }

    @Test
    void a_deleted_middle_entry_with_the_rest_renumbered_and_resealed_breaks_the_link() {
        AuditChainHead head = new AuditChainHead(LEDGER);
        List<AuditRecord> entries = ledger(head, 5);
        entries.remove(2);
        for (int i = 2; i < entries.size(); i++) {
            entries.set(i, entries.get(i).withSeq(i + 1L).sealed());
        }

        ChainVerification result = verify(entries, head);

        assertThat(result.brokenSeq()).isEqualTo(3);
        assertThat(result.reason()).isEqualTo(ChainBreak.LINK_BROKEN);
    }

    @Test
    void deleted_last_entries_are_found_by_the_head() {
        AuditChainHead head = new AuditChainHead(LEDGER);
        List<AuditRecord> entries = ledger(head, 5);
        entries.remove(4);
        entries.remove(3);

        ChainVerification result = verify(entries, head);

        assertThat(result.intact()).isFalse();
        assertThat(result.reason()).isEqualTo(ChainBreak.HEAD_MISMATCH);
        assertThat(result.brokenSeq()).isEqualTo(4);
        assertThat(result.brokenEntryId()).isNull();
        assertThat(result.checked()).isEqualTo(3);
    }

    @Test
    void a_replaced_last_entry_is_found_by_the_head() {
        AuditChainHead head = new AuditChainHead(LEDGER);
        List<AuditRecord> entries = ledger(head, 3);
        entries.set(2, entries.get(2).withDetail("forged").sealed());

        ChainVerification result = verify(entries, head);

        assertThat(result.reason()).isEqualTo(ChainBreak.HEAD_MISMATCH);
        assertThat(result.brokenSeq()).isEqualTo(3);
        assertThat(result.brokenEntryId()).isEqualTo(entries.get(2).id());
    }

    @Test
    void reordered_entries_are_found() {
        AuditChainHead head = new AuditChainHead(LEDGER);
        List<AuditRecord> entries = ledger(head, 4);
        // read out of order
        List<AuditRecord> swapped = new ArrayList<>(List.of(entries.get(0), entries.get(2), entries.get(1), entries.get(3)));
        ChainVerification outOfOrder = verify(swapped, head);
        assertThat(outOfOrder.brokenSeq()).isEqualTo(3);
        assertThat(outOfOrder.reason()).isEqualTo(ChainBreak.SEQUENCE_GAP);

        // numbers swapped in the rows, so they read in the new order
        List<AuditRecord> renumbered = new ArrayList<>(List.of(entries.get(0), entries.get(2).withSeq(2), entries.get(1).withSeq(3),
                entries.get(3)));
        ChainVerification moved = verify(renumbered, head);
        assertThat(moved.brokenSeq()).isEqualTo(2);
        assertThat(moved.brokenEntryId()).isEqualTo(entries.get(2).id());
        assertThat(moved.reason()).isEqualTo(ChainBreak.ENTRY_ALTERED);
    }

    @Test
    void an_empty_ledger_is_intact_and_an_entry_behind_an_empty_head_is_not() {
        AuditChainHead empty = new AuditChainHead(LEDGER);
        assertThat(verify(List.of(), empty)).isEqualTo(ChainVerification.intact(LEDGER, 0));
        List<AuditRecord> entries = ledger(new AuditChainHead(LEDGER), 1);
        assertThat(verify(entries, empty).reason()).isEqualTo(ChainBreak.HEAD_MISMATCH);
    }

    @Test
    void an_entry_moved_from_another_ledger_is_altered() {
        AuditChainHead other = new AuditChainHead(TenantId.of("jiangsu-qingyuan"));
        List<AuditRecord> foreign = ledger(other, 1);
        ChainVerification result = ChainVerifier.verify(LEDGER, foreign, 1, foreign.getFirst().hash());
        assertThat(result.reason()).isEqualTo(ChainBreak.ENTRY_ALTERED);
    }

    @Test
    void actions_and_details_are_checked_before_anything_is_appended() {
        AuditChainHead head = new AuditChainHead(LEDGER);
        assertThatThrownBy(() -> head.append(T0, new UserId("u"), "li", LEDGER, "Evidence Downloaded", "evidence", "1", null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("audit.action.invalid");
        assertThatThrownBy(() -> head.append(T0, new UserId("u"), "li", LEDGER, "evidence.downloaded", "evidence", "1",
                "x".repeat(2001))).isInstanceOf(InvalidInputException.class).hasMessageContaining("field.too.long");
        assertThat(head.lastSeq()).isZero();
        assertThat(head.append(T0, new UserId("u"), "li", LEDGER, "evidence.downloaded", "evidence", "1", "x".repeat(2000))
                .seq()).isEqualTo(1);
    }

    private static AuditRecord record(String subjectType, String subjectId, String detail) {
        return new AuditRecord("6f1c9a8e-0000-4000-8000-000000000001", LEDGER.value(), 1,
                Instant.parse("2026-11-28T10:15:30.123456Z"), "u-1", "li.supplier", "zhejiang-greenpower",
                "evidence.downloaded", subjectType, subjectId, detail, AuditChain.GENESIS, null).sealed();
    }
}
