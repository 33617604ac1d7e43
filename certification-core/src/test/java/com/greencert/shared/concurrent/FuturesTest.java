package com.greencert.shared.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** Work done on another thread comes back as its result, or as the very exception it threw there. */
class FuturesTest {

    @Test
    void the_result_or_the_failure_as_it_was_thrown() {
        assertThat(Futures.join(CompletableFuture.supplyAsync(() -> 42))).isEqualTo(42);
        IllegalStateException unavailable = new IllegalStateException("search engine unavailable");
        assertThatThrownBy(() -> Futures.join(CompletableFuture.supplyAsync(() -> {
            throw unavailable;
        }))).isSameAs(unavailable);
        AssertionError error = new AssertionError("an error");
        assertThatThrownBy(() -> Futures.join(CompletableFuture.failedFuture(error))).isSameAs(error);
        assertThatThrownBy(() -> Futures.join(CompletableFuture.failedFuture(new Exception("checked"))))
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(Exception.class);
    }
}
