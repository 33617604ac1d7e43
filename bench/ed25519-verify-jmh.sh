#!/usr/bin/env bash
# Ed25519 verifications per second per core (JMH, one thread): BouncyCastle behind the credential verifier
# (signature only; parse + verify of a ~3 KB compact JWS) against the JDK's EdDSA. Goal >= 8,000/s per core.
# Usage: bench/ed25519-verify-jmh.sh [JMH arguments; default Ed25519VerifyBenchmark — VerifyPathBenchmark: the whole
# verification over in-memory ports, caches warm]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/java-home.sh
./mvnw -B -ntp -q test-compile -pl certification-core -am
CP_FILE=certification-core/target/bench-classpath.txt
./mvnw -B -ntp -q dependency:build-classpath -pl certification-core -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/$CP_FILE"
CP="certification-core/target/test-classes:certification-core/target/classes:$(cat "$CP_FILE")"
exec java -cp "$CP" org.openjdk.jmh.Main "${@:-Ed25519VerifyBenchmark}"
