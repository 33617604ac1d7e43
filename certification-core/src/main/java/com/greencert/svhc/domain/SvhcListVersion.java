package com.greencert.svhc.domain;

import com.greencert.reference.domain.CasNumber;
import com.greencert.reference.domain.EcNumber;
import com.greencert.shared.domain.InvalidInputException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One version of the SVHC candidate list as imported into GreenCert: a label (e.g. ECHA's update date
 * {@code 2025-06-25}), the date ECHA published it, who imported it and when, and its entries. A version
 * never changes once imported; screenings name the version they used. Shared reference data: not
 * tenant-owned.
 */
@Entity
@Table(name = "svhc_list_version")
public class SvhcListVersion {

    /** Where the starter list shipped with GreenCert says it came from (its {@code source}). */
    public static final String STARTER_SOURCE = "GreenCert /reference/svhc-starter.csv";

    private static final Pattern LABEL = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]{0,63}");

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "label", nullable = false, length = 64, unique = true)
    private String label;

    @Column(name = "published_on", nullable = false)
    private LocalDate publishedOn;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "imported_by", nullable = false, length = 200)
    private String importedBy;

    @Column(name = "source", length = 500)
    private String source;

    @Column(name = "entry_count", nullable = false)
    private int entryCount;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "svhc_entry", joinColumns = @JoinColumn(name = "list_version_id"))
    @OrderColumn(name = "entry_index")
    private List<SvhcEntry> entries = new ArrayList<>();

    @Version
    private long version;

    @Transient
    private transient Index index;

    protected SvhcListVersion() {
        // for JPA
    }

    public SvhcListVersion(SvhcListVersionId id, String label, LocalDate publishedOn, Instant importedAt,
            String importedBy, String source, List<SvhcEntry> entries) {
        this.id = Objects.requireNonNull(id, "id").toString();
        String l = label == null ? "" : label.strip();
        if (!LABEL.matcher(l).matches()) {
            throw new InvalidInputException("svhc.version.label.invalid", String.valueOf(label));
        }
        this.label = l;
        if (publishedOn == null) {
            throw new InvalidInputException("field.required", "publishedOn");
        }
        this.publishedOn = publishedOn;
        this.importedAt = Objects.requireNonNull(importedAt, "importedAt");
        this.importedBy = Objects.requireNonNull(importedBy, "importedBy");
        this.source = source == null || source.isBlank() ? null : source.strip();
        if (this.source != null && this.source.length() > 500) {
            this.source = this.source.substring(0, 500);
        }
        if (entries == null || entries.isEmpty()) {
            throw new InvalidInputException("svhc.import.empty");
        }
        this.entries.addAll(entries);
        this.entryCount = entries.size();
    }

    public SvhcListVersionId id() {
        return SvhcListVersionId.parse(id);
    }

    public String label() {
        return label;
    }

    public LocalDate publishedOn() {
        return publishedOn;
    }

    public Instant importedAt() {
        return importedAt;
    }

    public String importedBy() {
        return importedBy;
    }

    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    /**
     * The starter list shipped with GreenCert (a selection of the candidate list, seeded on first start): its
     * date of adoption is the inclusion date of its newest entry, which is older than the list's label says.
     */
    public boolean isStarter() {
        return STARTER_SOURCE.equals(source);
    }

    /** The number of entries, known without loading them. */
    public int entryCount() {
        return entryCount;
    }

    public List<SvhcEntry> entries() {
        return List.copyOf(entries);
    }

    /**
     * Loads the entries and builds the lookup index now, on the caller's thread: call it on the thread that read
     * this version before other threads screen against it (matching does), so that they only read.
     */
    public void prepareForScreening() {
        index();
    }

    /** The first entry that names this CAS number. */
    public Optional<SvhcEntry> findByCas(CasNumber cas) {
        return Optional.ofNullable(index().byCas.get(cas.value()));
    }

    /** The first entry that names this EC number. */
    public Optional<SvhcEntry> findByEc(EcNumber ec) {
        return Optional.ofNullable(index().byEc.get(ec.value()));
    }

    /**
     * The entries by CAS and by EC number, built on first use: matching screens every component of up to some
     * 100,000 suppliers against one version, where a scan of all entries per component took most of the time
     * (bench/README.md, matching). A version never changes once imported, so the index never goes stale.
     */
    private Index index() {
        Index i = index;
        if (i == null) {
            Map<String, SvhcEntry> cas = new HashMap<>();
            Map<String, SvhcEntry> ec = new HashMap<>();
            for (SvhcEntry e : entries) {
                for (String n : e.casValues()) {
                    cas.putIfAbsent(n, e);
                }
                for (String n : e.ecValues()) {
                    ec.putIfAbsent(n, e);
                }
            }
            i = new Index(Map.copyOf(cas), Map.copyOf(ec));
            index = i;
        }
        return i;
    }

    /** Immutable, so that a version read by several threads at once may build it twice but never see it half-built. */
    private record Index(Map<String, SvhcEntry> byCas, Map<String, SvhcEntry> byEc) {
    }
}
