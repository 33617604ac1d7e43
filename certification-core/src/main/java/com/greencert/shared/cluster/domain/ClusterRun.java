package com.greencert.shared.cluster.domain;

import java.time.Instant;
import java.util.Optional;

/** A round of a cluster job this node claimed at {@code at}; {@code previous} is the round before (none for the first). */
public record ClusterRun(Instant at, Optional<Instant> previous) {
}
