package com.greencert.svhc.domain;

import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The candidate list's versions kept in a list, ordered as the database orders them: for service tests. */
public final class InMemorySvhcListVersions implements SvhcListVersions {

    private final List<SvhcListVersion> stored = new ArrayList<>();

    @Override
    public Optional<SvhcListVersion> current() {
        return all().stream().findFirst();
    }

    @Override
    public Page<SvhcListVersion> page(PageRequest page) {
        List<SvhcListVersion> all = all();
        return new Page<>(all.stream().skip(page.offset()).limit(page.limit()).toList(), all.size(), page);
    }

    public List<SvhcListVersion> all() {
        return stored.stream().sorted(Comparator.comparing(SvhcListVersion::publishedOn)
                .thenComparing(SvhcListVersion::importedAt).reversed()).toList();
    }

    @Override
    public Optional<SvhcListVersion> find(SvhcListVersionId id) {
        return stored.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    @Override
    public Optional<SvhcListVersion> findByLabel(String label) {
        return stored.stream().filter(v -> v.label().equals(label)).findFirst();
    }

    @Override
    public void add(SvhcListVersion version) {
        stored.add(version);
    }
}
