package com.greencert.shared.concurrent;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waiting for work done on another thread. */
public final class Futures {

    private Futures() {
    }

    /**
     * Waits for the step and answers its result; a failure is thrown as it was on the other thread (a 503 stays a
     * 503), not wrapped in a {@link CompletionException}.
     */
    public static <T> T join(CompletableFuture<T> step) {
        try {
            return step.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
