package com.greencert.registry.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import com.greencert.registry.RegistrySearchContract;
import com.greencert.registry.domain.PublishedProfile;
import com.greencert.registry.domain.RegistryQuery;
import com.greencert.registry.domain.RegistrySearch;
import com.greencert.supplier.domain.Visibility;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded engine on a real Lucene index in a temporary directory. */
class LuceneRegistrySearchTest extends RegistrySearchContract {

    @TempDir
    static Path dir;

    @Override
    protected RegistrySearch open() {
        return new LuceneRegistrySearch(dir);
    }

    @Override
    protected void close(RegistrySearch engine) {
        ((LuceneRegistrySearch) engine).close();
    }

    @Test
    void a_change_replaces_the_document_and_the_sequence_survives_a_reopen() {
        Path other = dir.resolveSibling(dir.getFileName() + "-2");
        try (LuceneRegistrySearch i = new LuceneRegistrySearch(other)) {
            i.apply(List.of(doc(PublishedProfile.of("s1", "Ningbo Sunrise Chemicals", "宁波日出化工", "CN", null, "x",
                    Visibility.PUBLIC, Visibility.PUBLIC, Visibility.PRIVATE), List.of(), List.of(), List.of())), List.of(), 3);
            i.apply(List.of(doc(PublishedProfile.of("s1", "Ningbo Moonlight Chemicals", "宁波月光化工", "CN", null, "x",
                    Visibility.PUBLIC, Visibility.PUBLIC, Visibility.PRIVATE), List.of(), List.of(), List.of())), List.of(), 5);
            assertThat(i.search(RegistryQuery.of("Sunrise")).hits()).isEmpty();
            assertThat(i.search(RegistryQuery.of("yueguang")).hits()).hasSize(1);
            i.apply(List.of(), List.of("s1"), 6);
            assertThat(i.size()).isZero();
        }
        try (LuceneRegistrySearch reopened = new LuceneRegistrySearch(other)) {
            assertThat(reopened.appliedSequence()).isEqualTo(6);
        }
    }
}
