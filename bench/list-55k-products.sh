#!/usr/bin/env bash
# List benchmark (not a test): how long does GET /api/products take, and how big is the answer, for a
# supplier with 55,000 products — the first page (default limit) and one deep page, with one and with
# four concurrent readers?
#
#   bench/list-55k-products.sh [PORTAL_URL] [KEYCLOAK_URL]
#
# Defaults: http://localhost:8080 and http://localhost:8180 (./greencert.sh run). Seeds the missing products
# first through the bulk CSV import (POST /api/products/import?dryRun=false, 1,000 products a request, one
# component each, SEED_PARALLEL requests at a time; a 429 is waited out as its Retry-After says), so the
# portal's per-tenant product quota must allow PRODUCTS (GREENCERT_QUOTA_PRODUCTS_TOTAL; raise
# GREENCERT_QUOTA_PRODUCTS_PER_MINUTE too, or seeding takes PRODUCTS / per-minute minutes) and its API rate
# limit RUNS x READERS quick requests (GREENCERT_API_RATE_LIMIT_PER_SECOND / _BURST, or 0 for none).
# Needs curl, python3 (CSV, JSON) and awk.
# Environment: PRODUCTS (55000), USERNAME (li.supplier), RUNS (5 rounds a case), READERS ("1 4"),
# DEEP_OFFSET (PRODUCTS - 100), DEEP_LIMIT (50), SEED_PARALLEL (2).
set -euo pipefail
PORTAL=${1:-${PORTAL_URL:-http://localhost:8080}}
KEYCLOAK=${2:-${KEYCLOAK_URL:-http://localhost:8180}}
PRODUCTS=${PRODUCTS:-55000}
USERNAME=${USERNAME:-li.supplier}
RUNS=${RUNS:-5}
READERS=${READERS:-1 4}
DEEP_OFFSET=${DEEP_OFFSET:-$((PRODUCTS - 100))}
DEEP_LIMIT=${DEEP_LIMIT:-50}
SEED_PARALLEL=${SEED_PARALLEL:-2}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

token() { # a fresh access token (password grant on the test client); seeding may outlast one
  curl -sf -d grant_type=password -d client_id=greencert-test -d username="$USERNAME" -d password=demo1234 \
    -d scope=openid "$KEYCLOAK/realms/greencert/protocol/openid-connect/token" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}

# --- how many products the tenant has: X-Total-Count of a one-row page, or (an API without paging) the
#     length of the whole list
count_products() {
  local t=$1 total
  total=$(curl -s -D - -o "$WORK/count.json" -H "Authorization: Bearer $t" "$PORTAL/api/products?limit=1" \
    | tr -d '\r' | awk -F': ' 'tolower($1) == "x-total-count" { print $2 }')
  if [ -n "$total" ]; then echo "$total"; return; fi
  curl -sf -H "Authorization: Bearer $t" "$PORTAL/api/products" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))'
}

# --- one CSV of 1,000 products (one component each), keyed by batch so that reruns never collide
csv_batch() { # batch number, products in it
  python3 - "$1" "$2" <<'PY'
import sys
batch, n = int(sys.argv[1]), int(sys.argv[2])
print("product key,name en,name zh,HS code,UN number,packing group,substance name,CAS,min %,max %")
for i in range(n):
    key = f"B{batch:03d}-{i:04d}"
    print(f'{key},Bench lithium electrolyte {key},基准电解液 {key},382499,,,"Ethylene carbonate",96-49-1,10,20')
PY
}

import_batch() { # batch number, products; retried while the quota or the rate limit says 429
  local batch=$1 n=$2 t code wait
  csv_batch "$batch" "$n" > "$WORK/batch-$batch.csv"
  while true; do
    t=$(token)
    code=$(curl -s -D "$WORK/h-$batch" -o "$WORK/r-$batch" -w '%{http_code}' -H "Authorization: Bearer $t" \
      -H 'Content-Type: text/csv; charset=UTF-8' --data-binary @"$WORK/batch-$batch.csv" \
      "$PORTAL/api/products/import?dryRun=false")
    if [ "$code" = 201 ]; then return 0; fi
    if [ "$code" = 429 ]; then
      wait=$(tr -d '\r' < "$WORK/h-$batch" | awk -F': ' 'tolower($1) == "retry-after" { print $2 }')
      echo "  batch $batch: 429, retrying in ${wait:-10} s ($(head -c 200 "$WORK/r-$batch"))" >&2
      sleep "${wait:-10}"
      continue
    fi
    echo "batch $batch: HTTP $code: $(head -c 500 "$WORK/r-$batch")" >&2
    return 1
  done
}
export -f token csv_batch import_batch
export PORTAL KEYCLOAK USERNAME WORK

TOKEN=$(token)
have=$(count_products "$TOKEN")
if [ "$have" -lt "$PRODUCTS" ]; then
  missing=$((PRODUCTS - have))
  batches=$(((missing + 999) / 1000))
  first=$(date +%s%N | cut -c8-13) # batch numbers unique per run (keys B<batch>-<i>)
  echo "Seeding $missing products for $USERNAME ($have present) in $batches imports, $SEED_PARALLEL at a time ..."
  s=$(date +%s.%N)
  for b in $(seq 0 $((batches - 1))); do
    n=$(( b == batches - 1 ? missing - b * 1000 : 1000 ))
    echo "$((first + b)) $n"
  done | xargs -P "$SEED_PARALLEL" -n 2 bash -c 'import_batch "$0" "$1"'
  e=$(date +%s.%N)
  TOKEN=$(token)
  have=$(count_products "$TOKEN")
  printf 'Seeded in %.1f s; the tenant has %s products\n' "$(echo "$e - $s" | bc)" "$have"
fi

# --- readers: R concurrent GETs of one URL, RUNS rounds; time_total and size_download of each answer
measure() { # label, path
  local label=$1 path=$2 r round i
  for r in $READERS; do
    : > "$WORK/samples"
    for round in $(seq 1 "$RUNS"); do
      TOKEN=$(token) # tokens live minutes; a slow round must not outlast one
      for i in $(seq 1 "$r"); do
        curl -s -o /dev/null -w '%{http_code} %{time_total} %{size_download}\n' -H "Authorization: Bearer $TOKEN" \
          "$PORTAL$path" >> "$WORK/samples" &
      done
      wait
    done
    local bad times sizes n
    bad=$(awk '$1 != 200' "$WORK/samples" | wc -l)
    times=$(awk '{ print $2 }' "$WORK/samples" | sort -g)
    sizes=$(awk '{ print $3 }' "$WORK/samples" | sort -g)
    n=$(wc -l < "$WORK/samples")
    printf '%-44s %7d %9.3f s %9.3f s %12d B %s\n' "$label" "$r" "$(echo "$times" | sed -n "$(((n + 1) / 2))p")" \
      "$(echo "$times" | tail -1)" "$(echo "$sizes" | sed -n "$(((n + 1) / 2))p")" \
      "$([ "$bad" -gt 0 ] && echo "($bad not 200: $(awk '$1 != 200 { print $1 }' "$WORK/samples" | sort | uniq -c | xargs))" || true)"
  done
}

TOKEN=$(token)
curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" "$PORTAL/api/products" # warm up (JIT, caches)
curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" "$PORTAL/api/products?offset=$DEEP_OFFSET&limit=$DEEP_LIMIT"
echo
echo "$PORTAL, $USERNAME with $have products, $RUNS rounds a case"
printf '%-44s %7s %11s %11s %14s\n' "request" readers "median" "max" "size (median)"
measure "GET /api/products" "/api/products"
measure "GET ...?offset=$DEEP_OFFSET&limit=$DEEP_LIMIT" "/api/products?offset=$DEEP_OFFSET&limit=$DEEP_LIMIT"
