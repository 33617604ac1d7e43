#!/usr/bin/env bash
# The floor of the registry benchmark: the embedded engine in-process, no HTTP.
# bench/registry-lucene.sh [SUPPLIERS=150000] [QUERIES=20000] [THREADS=16] [SEED=42]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CP=$("$ROOT/bench/registry-classpath.sh")
source "$ROOT/scripts/java-home.sh"
exec "$JAVA_HOME/bin/java" -Xmx${HEAP:-2g} -cp "$CP" com.greencert.registry.bench.LuceneRegistryBench \
  "${1:-150000}" "${2:-20000}" "${3:-16}" "${4:-42}"
