package com.greencert.criteria.persistence;

import com.greencert.certification.domain.ApplicationId;
import com.greencert.certification.domain.SchemeId;
import com.greencert.credential.domain.CredentialId;
import com.greencert.credential.domain.CredentialStanding;
import com.greencert.criteria.domain.CredentialFact;
import com.greencert.criteria.domain.EvidenceFact;
import com.greencert.criteria.domain.FactSheet;
import com.greencert.criteria.domain.ProductFact;
import com.greencert.evidence.domain.EvidenceId;
import com.greencert.evidence.domain.EvidenceType;
import com.greencert.reference.domain.CasNumber;
import com.greencert.reference.domain.EcNumber;
import com.greencert.reference.domain.GhsHazardClass;
import com.greencert.reference.domain.GhsHazardStatement;
import com.greencert.reference.domain.TransportHazardClass;
import com.greencert.reference.domain.UnNumber;
import com.greencert.shared.domain.TenantId;
import com.greencert.supplier.domain.Component;
import com.greencert.supplier.domain.ConcentrationRange;
import com.greencert.supplier.domain.DeclaredValue;
import com.greencert.supplier.domain.FacilityId;
import com.greencert.supplier.domain.ProductId;
import com.greencert.supplier.domain.Quantity;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * A {@link FactSheet} as bytes, to be kept in {@code supplier_fact_sheet} (docs/adr/0027): a compact binary form,
 * read a hundred thousand times per match of the whole registry, so neither JSON nor Java serialization. The first
 * byte is the format; a sheet of another format (an older release's) reads as none, and is built again from the
 * tables. Enum constants are kept by name, so that reordering one does not change the meaning of stored sheets.
 *
 * <p>What only some readers need is kept in columns of its own ({@link Encoded}), so a reader fetches only what it
 * needs ({@link Parts}): the public registry no composition and no evidence, a buyer without an SVHC list in force no
 * composition. A {@link Reader} reads many sheets and makes each repeated value (a CAS number, a
 * component, a hazard statement) once.
 */
final class FactSheetCodec {

    /** Bump when the layout below changes: stored sheets of other formats are then rebuilt. */
    static final byte FORMAT = 3;

    /** What a reader needs of a sheet; a sheet read with less holds empty lists where the rest would be. */
    enum Parts {
        /** Credentials, products' published classification, facilities: what {@link FactSheet#published} reads. */
        PUBLIC,
        /** And hazard statements, declared values and evidence: {@link FactSheet#sharedWith} with no SVHC list. */
        SHARED,
        /** Everything, compositions included: {@link FactSheet#sharedWith} an SVHC list. */
        ALL
    }

    private FactSheetCodec() {
    }

    /**
     * A sheet as the three columns that keep it, so that a reader fetches only what it needs: the head (what the
     * public registry shows; its first byte the format), what buyers it shares with see, and the compositions.
     */
    record Encoded(byte[] head, byte[] shared, byte[] composition) {
    }

    static Encoded encode(FactSheet sheet) {
        try {
            byte[] head = bytes(out -> {
            out.writeByte(FORMAT);
            out.writeBoolean(sheet.listed());
            out.writeInt(sheet.credentials().size());
            for (CredentialFact c : sheet.credentials()) {
                uuid(out, c.id().value());
                uuid(out, c.scheme().value());
                utf(out, c.body().value());
                CredentialStanding s = c.standing();
                uuid(out, s.application().value());
                text(out, s.certificateNumber());
                date(out, s.validFrom());
                date(out, s.validUntil());
                instant(out, s.suspendedAt());
                instant(out, s.revokedAt());
                instant(out, s.supersededAt());
                uuids(out, c.products(), ProductId::value);
            }
            out.writeInt(sheet.products().size());
            for (FactSheet.Product p : sheet.products()) {
                ProductFact f = p.fact();
                uuid(out, f.id().value());
                utf(out, f.name());
                text(out, f.unNumber() == null ? null : f.unNumber().value());
                texts(out, f.ghsClasses(), GhsHazardClass::name);
                texts(out, f.transportClasses(), TransportHazardClass::code);
            }
            uuids(out, sheet.facilities(), FacilityId::value);
            });
            byte[] sharedPart = bytes(shared -> {
                for (FactSheet.Product p : sheet.products()) {
                    texts(shared, p.fact().statements(), GhsHazardStatement::code);
                    shared.writeInt(p.fact().declaredValues().size());
                    for (DeclaredValue v : p.fact().declaredValues()) {
                        utf(shared, v.quantity().name());
                        decimal(shared, v.value());
                        shared.writeBoolean(v.supportedBy() != null);
                        if (v.supportedBy() != null) {
                            uuid(shared, v.supportedBy());
                        }
                    }
                }
                shared.writeInt(sheet.evidence().size());
                for (FactSheet.Evidence e : sheet.evidence()) {
                    EvidenceFact f = e.fact();
                    uuid(shared, f.id().value());
                    utf(shared, f.type().name());
                    date(shared, f.issuedOn());
                    date(shared, f.expiresOn());
                    utf(shared, f.sha256());
                    uuids(shared, f.products(), ProductId::value);
                    uuids(shared, f.facilities(), FacilityId::value);
                    shared.writeBoolean(e.latest());
                }
            });
            byte[] compositionPart = bytes(composition -> {
                for (FactSheet.Product p : sheet.products()) {
                    composition.writeInt(p.composition().size());
                    for (Component c : p.composition()) {
                        utf(composition, c.substanceName());
                        utf(composition, c.casNumber().value());
                        text(composition, c.ec().map(EcNumber::value).orElse(null));
                        decimal(composition, c.concentration().minimum());
                        decimal(composition, c.concentration().maximum());
                    }
                }
            });
            return new Encoded(head, sharedPart, compositionPart);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads sheets, making each value that repeats across them once (one reader per match: its memory goes with it). */
    static final class Reader {

        private static final int MAX_KNOWN = 200_000;

        private final Parts parts;
        private final Map<String, CasNumber> cas = new HashMap<>();
        private final Map<String, EcNumber> ec = new HashMap<>();
        private final Map<String, UnNumber> un = new HashMap<>();
        private final Map<String, GhsHazardStatement> statements = new HashMap<>();
        private final Map<String, TransportHazardClass> transport = new HashMap<>();
        private final Map<String, TenantId> bodies = new HashMap<>();
        private final Map<ComponentKey, Component> components = new HashMap<>();

        Reader(Parts parts) {
            this.parts = parts;
        }

        private record ComponentKey(String name, String cas, String ec, BigDecimal min, BigDecimal max) {
        }

        /** What this reader reads of each sheet. */
        Parts parts() {
            return parts;
        }

        /**
         * The sheet from its columns ({@code shared} and {@code composition} only as far as {@link #parts} needs
         * them), or null when the head is of another format or the bytes no longer read (a constant renamed since).
         */
        FactSheet read(TenantId supplier, byte[] head, byte[] shared, byte[] composition) {
            if (!readable(head, shared, composition)) {
                return null;
            }
            try {
                return read(supplier, stream(head, 1), stream(shared, 0), stream(composition, 0));
            } catch (RuntimeException unreadable) { // cut short, or a constant renamed since
                return null; // built again from the tables
            }
        }

        /** Whether the columns are of this format and hold what {@link #parts} needs (a cheap check, no decoding). */
        boolean readable(byte[] head, byte[] shared, byte[] composition) {
            return head != null && head.length > 0 && head[0] == FORMAT && (parts == Parts.PUBLIC || shared != null)
                    && (parts != Parts.ALL || composition != null);
        }

        private static ByteBuffer stream(byte[] bytes, int from) {
            return bytes == null ? null : ByteBuffer.wrap(bytes, from, bytes.length - from);
        }

        private FactSheet read(TenantId supplier, ByteBuffer in, ByteBuffer sharedIn,
                ByteBuffer compositionIn) {
            boolean listed = (in.get() != 0);
            List<CredentialFact> credentials = new ArrayList<>();
            for (int i = in.getInt(); i > 0; i--) {
                CredentialId id = new CredentialId(uuid(in));
                SchemeId scheme = new SchemeId(uuid(in));
                TenantId body = bodies.computeIfAbsent(utf(in), TenantId::of);
                CredentialStanding standing = new CredentialStanding(new ApplicationId(uuid(in)), text(in), date(in),
                        date(in), instant(in), instant(in), instant(in));
                credentials.add(new CredentialFact(id, scheme, body, standing, uuids(in, ProductId::new)));
            }
            int n = in.getInt();
            List<ProductId> ids = new ArrayList<>(n);
            List<String> names = new ArrayList<>(n);
            List<UnNumber> numbers = new ArrayList<>(n);
            List<Set<GhsHazardClass>> classes = new ArrayList<>(n);
            List<Set<TransportHazardClass>> transports = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                ids.add(new ProductId(uuid(in)));
                names.add(utf(in));
                String number = text(in);
                numbers.add(number == null ? null : un.computeIfAbsent(number, UnNumber::of));
                Set<GhsHazardClass> ghs = EnumSet.noneOf(GhsHazardClass.class);
                ghs.addAll(texts(in, GhsHazardClass::valueOf));
                classes.add(ghs);
                transports.add(texts(in, code -> transport.computeIfAbsent(code, TransportHazardClass::of)));
            }
            List<FacilityId> facilities = new ArrayList<>(uuids(in, FacilityId::new));
            List<Set<GhsHazardStatement>> hazards = new ArrayList<>(n);
            List<List<DeclaredValue>> declared = new ArrayList<>(n);
            List<FactSheet.Evidence> evidence = new ArrayList<>();
            if (parts != Parts.PUBLIC) {
                for (int i = 0; i < n; i++) {
                    hazards.add(texts(sharedIn, code -> statements.computeIfAbsent(code, GhsHazardStatement::of)));
                    List<DeclaredValue> values = new ArrayList<>(2);
                    for (int k = sharedIn.getInt(); k > 0; k--) {
                        Quantity q = Quantity.valueOf(utf(sharedIn));
                        BigDecimal value = decimal(sharedIn);
                        values.add(DeclaredValue.of(q, value, (sharedIn.get() != 0) ? uuid(sharedIn) : null));
                    }
                    declared.add(values);
                }
                for (int i = sharedIn.getInt(); i > 0; i--) {
                    EvidenceId id = new EvidenceId(uuid(sharedIn));
                    EvidenceType type = EvidenceType.valueOf(utf(sharedIn));
                    LocalDate issued = date(sharedIn);
                    LocalDate expires = date(sharedIn);
                    String sha256 = utf(sharedIn);
                    Set<ProductId> covered = uuids(sharedIn, ProductId::new);
                    Set<FacilityId> sites = uuids(sharedIn, FacilityId::new);
                    evidence.add(new FactSheet.Evidence(new EvidenceFact(id, type, issued, expires, sha256, covered, sites,
                            null), (sharedIn.get() != 0)));
                }
            }
            List<List<Component>> compositions = new ArrayList<>(n);
            if (parts == Parts.ALL) {
                for (int i = 0; i < n; i++) {
                    List<Component> lines = new ArrayList<>();
                    for (int k = compositionIn.getInt(); k > 0; k--) {
                        ComponentKey key = new ComponentKey(utf(compositionIn), utf(compositionIn),
                                text(compositionIn), decimal(compositionIn), decimal(compositionIn));
                        Component known = components.get(key);
                        if (known == null) {
                            known = new Component(key.name(), cas.computeIfAbsent(key.cas(), CasNumber::of),
                                    key.ec() == null ? null : ec.computeIfAbsent(key.ec(), EcNumber::of),
                                    ConcentrationRange.of(key.min(), key.max()));
                            if (components.size() < MAX_KNOWN) { // bounded: a match's memory stays in proportion
                                components.put(key, known);
                            }
                        }
                        lines.add(known);
                    }
                    compositions.add(lines);
                }
            }
            List<FactSheet.Product> products = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                products.add(new FactSheet.Product(new ProductFact(ids.get(i), names.get(i), numbers.get(i), classes.get(i),
                        parts == Parts.PUBLIC ? Set.of() : hazards.get(i), transports.get(i), null,
                        parts == Parts.PUBLIC ? List.of() : declared.get(i)),
                        parts == Parts.ALL ? compositions.get(i) : List.of()));
            }
            return new FactSheet(supplier, listed, credentials, products, facilities, evidence);
        }
    }

    /** A sheet read whole (for tests and for a single sheet). */
    static FactSheet decode(TenantId supplier, Encoded sheet) {
        return new Reader(Parts.ALL).read(supplier, sheet.head(), sheet.shared(), sheet.composition());
    }

    private interface Section {
        void write(DataOutputStream out) throws IOException;
    }

    private static byte[] bytes(Section section) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            section.write(out);
        }
        return bytes.toByteArray();
    }

    /** A decimal as its unscaled value and scale: concentrations and declared values fit a long. */
    private static void decimal(DataOutputStream out, BigDecimal value) throws IOException {
        out.writeLong(value.unscaledValue().longValueExact());
        out.writeByte(value.scale());
    }

    private static BigDecimal decimal(ByteBuffer in) {
        return BigDecimal.valueOf(in.getLong(), in.get());
    }

    /** Text as its length and its UTF-8 bytes (plain UTF-8: read without a stream in the way). */
    private static void utf(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String utf(ByteBuffer in) {
        int length = in.getInt();
        String text = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return text;
    }

    private static void uuid(DataOutputStream out, UUID id) throws IOException {
        out.writeLong(id.getMostSignificantBits());
        out.writeLong(id.getLeastSignificantBits());
    }

    private static UUID uuid(ByteBuffer in) {
        return new UUID(in.getLong(), in.getLong());
    }

    private interface Item<T> {
        void write(DataOutputStream out, T item) throws IOException;
    }

    /** A set of items as their count, then each. */
    private static <T> void many(DataOutputStream out, Collection<T> items, Item<T> item) throws IOException {
        out.writeInt(items.size());
        for (T each : items) {
            item.write(out, each);
        }
    }

    private static <T> Set<T> many(ByteBuffer in, Function<ByteBuffer, T> item) {
        int n = in.getInt();
        Set<T> items = new LinkedHashSet<>(Math.max(4, n * 2));
        for (int i = 0; i < n; i++) {
            items.add(item.apply(in));
        }
        return items;
    }

    private static <T> void uuids(DataOutputStream out, Collection<T> ids, Function<T, UUID> value) throws IOException {
        many(out, ids, (o, id) -> uuid(o, value.apply(id)));
    }

    private static <T> Set<T> uuids(ByteBuffer in, Function<UUID, T> type) {
        return many(in, b -> type.apply(uuid(b)));
    }

    private static <T> void texts(DataOutputStream out, Collection<T> items, Function<T, String> text) throws IOException {
        many(out, items, (o, item) -> utf(o, text.apply(item)));
    }

    private static <T> Set<T> texts(ByteBuffer in, Function<String, T> type) {
        return many(in, b -> type.apply(utf(b)));
    }

    private static void text(DataOutputStream out, String text) throws IOException {
        out.writeBoolean(text != null);
        if (text != null) {
            utf(out, text);
        }
    }

    private static String text(ByteBuffer in) {
        return (in.get() != 0) ? utf(in) : null;
    }

    private static void date(DataOutputStream out, LocalDate date) throws IOException {
        out.writeLong(date == null ? Long.MIN_VALUE : date.toEpochDay());
    }

    private static LocalDate date(ByteBuffer in) {
        long day = in.getLong();
        return day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day);
    }

    private static void instant(DataOutputStream out, Instant at) throws IOException {
        out.writeBoolean(at != null);
        if (at != null) {
            out.writeLong(at.getEpochSecond());
            out.writeInt(at.getNano());
        }
    }

    private static Instant instant(ByteBuffer in) {
        return (in.get() != 0) ? Instant.ofEpochSecond(in.getLong(), in.getInt()) : null;
    }
}
