#!/usr/bin/env bash
# The registry through GET /api/public/suppliers at 16 connections (wrk), on a running portal in MariaDB mode:
#   GREENCERT_API_RATE_LIMIT_PER_SECOND=0 ./greencert.sh run --mariadb      # in another terminal
#   bench/registry-api.sh [SUPPLIERS=150000] [PORTAL_URL=http://localhost:8080] [JDBC_URL] [DURATION=60s]
# Loads the synthetic registry into the portal's database (with one change-feed row per supplier, so the node
# indexes them through the feed like any change: the time until the last one is searchable is printed), writes
# the query set and runs wrk with registry-queries.lua. The rate limit must be off (0) or wrk meets 429s.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SUPPLIERS=${1:-150000}
PORTAL=${2:-http://localhost:8080}
JDBC=${3:-jdbc:mysql://127.0.0.1:${MARIADB_PORT:-3307}/greencert?rewriteBatchedStatements=true}
DURATION=${4:-60s}
CP=$("$ROOT/bench/registry-classpath.sh")
source "$ROOT/scripts/java-home.sh"
"$JAVA_HOME/bin/java" -cp "$CP" com.greencert.registry.bench.RegistryLoader "$JDBC" "$SUPPLIERS" 42
start=$(date +%s.%N)
total() { curl -fsS -D - -o /dev/null "$PORTAL/api/public/suppliers?limit=1" | tr -d '\r' | awk -F': ' 'tolower($1)=="x-total-count"{print $2}'; }
until [ "$(total)" -ge "$SUPPLIERS" ]; do
  sleep 1
done
echo "indexed through the change feed after $(echo "$(date +%s.%N) - $start" | bc) s"
QUERIES=$(mktemp)
"$JAVA_HOME/bin/java" -cp "$CP" com.greencert.registry.bench.QuerySet "$SUPPLIERS" 20000 42 > "$QUERIES"
QUERIES="$QUERIES" wrk -t2 -c16 -d"$DURATION" -s "$ROOT/bench/registry-queries.lua" "$PORTAL"
rm -f "$QUERIES"
