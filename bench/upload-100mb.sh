#!/usr/bin/env bash
# Upload benchmark (not a test): how fast does a running portal take a 100 MB evidence file, compared
# with hashing the same file locally, and how much does Payara's heap grow meanwhile?
#
#   bench/upload-100mb.sh [PORTAL_URL] [KEYCLOAK_URL]
#
# Defaults: http://localhost:8080 and http://localhost:8180 (./greencert.sh run). The portal must accept
# files of 100 MB (GREENCERT_EVIDENCE_MAX_BYTES, default 200 MB). Needs curl, sha256sum, jcmd (JDK) and
# python3 (JSON). Environment: RUNS (default 3), SIZE_MB (default 100), PAYARA_PID (else found by pgrep).
# Besides median upload against best sha256sum, each upload is paired with a sha256sum run just before it
# (the median of those ratios is steadier on a machine whose load changes from second to second).
set -euo pipefail
PORTAL=${1:-${PORTAL_URL:-http://localhost:8080}}
KEYCLOAK=${2:-${KEYCLOAK_URL:-http://localhost:8180}}
RUNS=${RUNS:-3}
SIZE_MB=${SIZE_MB:-100}
WORK=$(mktemp -d)
trap 'kill "${SAMPLER:-0}" 2>/dev/null || true; rm -rf "$WORK"' EXIT

# --- the Payara Micro JVM: the process listening on the portal's port (others may run on this host)
PORT=$(echo "$PORTAL" | sed -E 's#^[a-z]+://[^:/]+:?([0-9]*).*#\1#'); PORT=${PORT:-80}
PID=${PAYARA_PID:-$(ss -ltnpH "sport = :$PORT" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true)}
[ -n "$PID" ] || { echo "No process listens on port $PORT; set PAYARA_PID" >&2; exit 1; }
# jcmd of the same JDK as the portal (an older jcmd cannot attach to a newer JVM)
JCMD=${JCMD:-$(dirname "$(readlink -f /proc/"$PID"/exe)")/jcmd}

heap_used_mb() { # used heap in MB from 'jcmd PID GC.heap_info' (G1: "garbage-first heap total …K, used …K")
  "$JCMD" "$PID" GC.heap_info 2>/dev/null | awk '/heap/ && /used/ {
      for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?$/, "", v); printf "%.0f\n", v / 1024; exit } }'
}

# --- a 100 MB file the allow-list accepts: a PDF header, then random bytes (Tika detects it by "%PDF-")
FILE="$WORK/evidence-${SIZE_MB}mb.pdf"
printf '%%PDF-1.4\n%%\xe2\xe3\xcf\xd3\n' > "$FILE"
head -c $((SIZE_MB * 1024 * 1024 - $(stat -c %s "$FILE"))) /dev/urandom >> "$FILE"
BYTES=$(stat -c %s "$FILE")
MB=$(awk -v b="$BYTES" 'BEGIN { printf "%.1f", b / 1048576 }')
cat "$FILE" > /dev/null # warm the page cache, so that neither side reads the disk

# --- sha256sum of the same file (best of 3)
best_hash=999999
for _ in 1 2 3; do
  s=$(date +%s.%N); sha256sum "$FILE" > "$WORK/sha"; e=$(date +%s.%N)
  best_hash=$(awk -v a="$best_hash" -v t="$(echo "$e - $s" | bc)" 'BEGIN { print (t < a ? t : a) }')
done
SHA=$(cut -d' ' -f1 "$WORK/sha")

# --- a token for li.supplier (password grant on the test client)
TOKEN=$(curl -sf -d grant_type=password -d client_id=greencert-test -d username=li.supplier -d password=demo1234 \
  -d scope=openid "$KEYCLOAK/realms/greencert/protocol/openid-connect/token" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')

# --- heap sampler: every 0.2 s while the uploads run, the peak is kept
HEAP_BEFORE=$(heap_used_mb)
( while true; do heap_used_mb >> "$WORK/heap"; sleep 0.2; done ) & SAMPLER=$!

echo "Uploading $MB MB to $PORTAL/api/evidence, $RUNS runs (Payara pid $PID) ..."
times=()
pairs=()
for run in $(seq 1 "$RUNS"); do
  metadata="{\"type\":\"TEST_REPORT\",\"title\":\"Upload benchmark run $run $(date +%s%N)\",\"issuer\":\"GreenCert bench\",\"issuedOn\":\"2026-01-15\",\"language\":\"en\",\"productIds\":[],\"facilityIds\":[]}"
  # sha256sum again right before this upload: on a shared, noisy machine the pair sees the same load
  # (after a pause: the previous upload's background work, such as deleting a duplicate copy, is done)
  sleep 1; s=$(date +%s.%N); sha256sum "$FILE" > /dev/null; e=$(date +%s.%N); pair_hash=$(echo "$e - $s" | bc)
  out=$(curl -s -o "$WORK/reply" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $TOKEN" \
    -F "metadata=$metadata;type=application/json" -F "file=@$FILE;type=application/pdf;filename=bench.pdf" \
    "$PORTAL/api/evidence")
  code=${out% *}; t=${out#* }
  if [ "$code" != 201 ] && [ "$code" != 200 ]; then echo "run $run: HTTP $code: $(head -c 500 "$WORK/reply")" >&2; exit 1; fi
  grep -q "$SHA" "$WORK/reply" || echo "run $run: warning: the reply does not name the file's SHA-256" >&2
  printf '  run %d: %6.2f s  %7.1f MB/s   (sha256sum just before: %.2f s, ratio %.2f)\n' "$run" "$t" \
    "$(awk -v mb="$MB" -v t="$t" 'BEGIN { print mb / t }')" "$pair_hash" "$(awk -v h="$pair_hash" -v t="$t" 'BEGIN { print h / t }')"
  times+=("$t")
  pairs+=("$(awk -v h="$pair_hash" -v t="$t" 'BEGIN { printf "%.4f", h / t }')")
done
sleep 1
kill "$SAMPLER" 2>/dev/null || true; wait "$SAMPLER" 2>/dev/null || true
HEAP_AFTER=$(heap_used_mb)
HEAP_PEAK=$(sort -n "$WORK/heap" | tail -1)

median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
up=$(awk -v mb="$MB" -v t="$median" 'BEGIN { printf "%.1f", mb / t }')
hash=$(awk -v mb="$MB" -v t="$best_hash" 'BEGIN { printf "%.1f", mb / t }')
cat <<TXT

file                 $MB MB (PDF header + random bytes), sha256 $SHA
upload (median of $RUNS)  $up MB/s   ($median s)
sha256sum (best of 3) $hash MB/s   ($best_hash s)
ratio upload/sha256sum $(awk -v u="$up" -v h="$hash" 'BEGIN { printf "%.2f", u / h }')
paired ratio (median) $(printf '%s\n' "${pairs[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "%.2f", a[int((NR + 1) / 2)] }')   (each upload against a sha256sum run just before it)
Payara heap used     before ${HEAP_BEFORE} MB, after ${HEAP_AFTER} MB, peak ${HEAP_PEAK} MB
heap growth          after-before $((HEAP_AFTER - HEAP_BEFORE)) MB, peak-before $((HEAP_PEAK - HEAP_BEFORE)) MB
TXT
