#!/usr/bin/env bash
# The registry benchmark of issue 10 in one run (ADR 0018, bench/README.md): N synthetic suppliers (default
# 150,000, ~1 M products) in MariaDB; the same query set at 16 connections through GET /api/public/suppliers on
# the embedded Lucene engine and on OpenSearch, and on a bare in-process Lucene index (the floor); the full
# reindex time of each engine from the product's own log; the portal's heap after a GC; index sizes.
#   bench/registry-compare.sh [SUPPLIERS=150000] [DURATION=60s]
# Needs wrk (apt-get install wrk). Starts and stops the portal (./greencert.sh run --mariadb, data in .run/mariadb,
# deleted first; MariaDB with a 1 GB buffer pool: data and indexes are ~0.7 GB, and MariaDB's default of 128 MB
# made every batch of a rebuild read the disk) and an OpenSearch node (as nobody when run as root). Results: bench/results/registry-<time>.txt
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
N=${1:-150000}
DURATION=${2:-60s}
PORT=${GREENCERT_PORT:-8080}
DB_PORT=${MARIADB_PORT:-3316}
PORTAL="http://localhost:$PORT"
mkdir -p bench/results
OUT="bench/results/registry-$(date -u +%Y%m%d-%H%M).txt"
LOG=$(mktemp -d)
CP=$(bench/registry-classpath.sh)
source scripts/java-home.sh
say() { echo "$*" | tee -a "$OUT"; }

start_portal() { # $1: --fresh or ""; then VAR=value settings
  local fresh=$1; shift
  env "$@" GREENCERT_MARIADB_BUFFER_POOL=1G GREENCERT_API_RATE_LIMIT_PER_SECOND=0 GREENCERT_VERIFY_RATE_LIMIT_PER_SECOND=0 \
    setsid ./greencert.sh run --mariadb $fresh > "$LOG/portal.log" 2>&1 &
  PORTAL_PID=$!
  until curl -fsS -o /dev/null "$PORTAL/health/ready" 2>/dev/null; do sleep 2; done
}
stop_portal() { kill -- -"$PORTAL_PID" 2>/dev/null || true; wait "$PORTAL_PID" 2>/dev/null || true; sleep 3; }
total() { curl -fsS -D - -o /dev/null "$PORTAL/api/public/suppliers?limit=1" | tr -d '\r' | awk -F': ' 'tolower($1)=="x-total-count"{print $2}'; }
await_all() { until [ "$(total)" -ge "$N" ]; do sleep 2; done; }
rebuilt() { grep -ho "Registry index rebuilt: [0-9]* suppliers in [0-9]* ms" .run/payara.log 2>/dev/null | tail -1; }
heap() {
  local pid; pid=$(pgrep -f payara-micro.jar | head -1)
  "$JAVA_HOME/bin/jcmd" "$pid" GC.run > /dev/null
  "$JAVA_HOME/bin/jcmd" "$pid" GC.heap_info | awk '/garbage-first heap|used/ {print; exit}'
}
load() {
  QUERIES="$LOG/queries" wrk -t2 -c16 -d"$DURATION" -s bench/registry-queries.lua "$PORTAL" | tail -1
}
trap 'stop_portal; [ -n "${OS_PID:-}" ] && kill "$OS_PID" 2>/dev/null; true' EXIT

say "# registry benchmark, $(date -u +%FT%TZ), $N suppliers, 16 connections, $DURATION each; $(nproc) cores"
"$JAVA_HOME/bin/java" -cp "$CP" com.greencert.registry.bench.QuerySet "$N" 20000 42 > "$LOG/queries"

# 1. the embedded engine: load the database (one feed row per supplier), then a full rebuild at start
start_portal --fresh
"$JAVA_HOME/bin/java" -cp "$CP" com.greencert.registry.bench.RegistryLoader \
  "jdbc:mysql://127.0.0.1:$DB_PORT/greencert?rewriteBatchedStatements=true&useSSL=false&allowPublicKeyRetrieval=true" "$N" 42
t0=$(date +%s); await_all; say "embedded: indexed through the change feed in $(( $(date +%s) - t0 )) s"
stop_portal
rm -rf .run/mariadb/registry-index
start_portal ""
await_all; say "embedded: full reindex at start: $(rebuilt)"
say "embedded: index size $(du -sh .run/mariadb/registry-index | cut -f1)"
curl -fsS -o /dev/null "$PORTAL/api/public/suppliers?q=warmup" || true
say "embedded API: $(load)"
say "embedded: portal heap after GC: $(heap)"
stop_portal

# 2. the floor: the same queries on a bare in-process Lucene index, 16 threads, nothing else running
say "bare Lucene: $(HEAP=2g bench/registry-lucene.sh "$N" 20000 16 42 2>&1 | grep -E 'p50|p95' | tail -2 | tr '\n' ' ')"

# 3. OpenSearch: a fresh index built from the database at the portal's start, then the same load
"$JAVA_HOME/bin/java" -Dgreencert.opensearch.heap=1g -Dgreencert.opensearch.home="$ROOT/.keycloak/opensearch-$(
  sed -n 's:.*<opensearch.version>\(.*\)</opensearch.version>.*:\1:p' pom.xml)" -cp "$CP" \
  com.greencert.registry.opensearch.OpenSearchNode > "$LOG/opensearch.out" 2>&1 &
OS_PID=$!
until grep -qs OPENSEARCH_URL "$LOG/opensearch.out"; do sleep 2; done
OS_URL=$(sed -n 's/OPENSEARCH_URL=//p' "$LOG/opensearch.out")
t0=$(date +%s)
start_portal "" GREENCERT_SEARCH_URL="$OS_URL" GREENCERT_SEARCH_INDEX=bench-registry
await_all; say "OpenSearch: full reindex at start: $(rebuilt) (all searchable after $(( $(date +%s) - t0 )) s incl. portal start)"
say "OpenSearch: index $(curl -fsS "${OS_URL}_cat/indices/bench-registry*?h=index,docs.count,store.size" | tr '\n' ' ')"
curl -fsS -o /dev/null "$PORTAL/api/public/suppliers?q=warmup" || true
say "OpenSearch API: $(load)"
say "OpenSearch: portal heap after GC: $(heap); OpenSearch heap 1g (fixed)"
stop_portal
kill "$OS_PID"; wait "$OS_PID" 2>/dev/null || true; OS_PID=
say "# MariaDB FULLTEXT on the same rows: bench/registry-fulltext.sh (p95 73.9 s at 150,000, see bench/README.md)"
echo "results in $OUT"
