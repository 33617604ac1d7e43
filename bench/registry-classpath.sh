#!/usr/bin/env bash
# Shared by bench/registry-*.sh: compiles certification-core with its test classes (the benchmark's generator and
# drivers live there) and prints a class path for `java -cp`. Never installs anything into ~/.m2.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
source scripts/java-home.sh
./mvnw -B -ntp -q test-compile -pl certification-core -am >&2
./mvnw -B -ntp -q dependency:build-classpath -pl certification-core -Dmdep.includeScope=test \
  -Dmdep.outputFile="$ROOT/certification-core/target/bench.classpath" >&2
echo "$ROOT/certification-core/target/classes:$ROOT/certification-core/target/test-classes:$(cat "$ROOT/certification-core/target/bench.classpath")"
