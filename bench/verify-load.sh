#!/usr/bin/env bash
# Verification load benchmark (not a test): requests/s and p99 of POST /api/public/verify at 64 connections,
# as a ratio to a trivial GET on the same Payara Micro in the same run (wrk on loopback).
#
#   GREENCERT_VERIFY_RATE_LIMIT_PER_SECOND=0 GREENCERT_API_RATE_LIMIT_PER_SECOND=0 ./greencert.sh run   # other terminal
#   bench/verify-load.sh [PORTAL_URL]        # default http://localhost:8080
#
# Both rate limits must be off (0) or far above what wrk sends, or most answers are 429s: the script stops if
# the warm-up sees any. The credential: $CREDENTIAL_FILE (a compact JWS) if set, else the first VALID credential
# on the public pages of the demo suppliers, else one granted now through the API (li.supplier applies to SinoEco's
# GCE-SILVER, chen.assessor evaluates, zhou.reviewer reviews, sun.decider grants; tokens from KEYCLOAK_URL,
# default http://localhost:8180, client greencert-test). Environment: CONNECTIONS (64), THREADS (2),
# DURATION (20s), WARMUP (5s), TRIVIAL_PATH (/health/live: Payara's own liveness, outside the application: no
# filters, no JAX-RS, no database). A third run, GET /api/public/credentials/<id> of the same credential, is the
# trivial GET through the application's own stack (servlet filters, access log, JAX-RS, one lookup): the ratio
# is printed against both.
# Needs curl, python3 and wrk (Debian package wrk; installed with apt-get when missing and we are root).
set -euo pipefail
PORTAL=${1:-${PORTAL_URL:-http://localhost:8080}}
KEYCLOAK=${KEYCLOAK_URL:-http://localhost:8180}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-5s}
TRIVIAL_PATH=${TRIVIAL_PATH:-/health/live}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

if ! command -v wrk > /dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y wrk > /dev/null 2>&1 || { apt-get update > /dev/null && apt-get install -y wrk > /dev/null; }
  else
    echo "wrk is missing: sudo apt-get install -y wrk" >&2; exit 1
  fi
fi

# --- granting a certification through the API (when no credential is there yet): prints its compact JWS
json() { python3 -c "import json, sys; d = json.load(sys.stdin); print($1)"; }
token() {
  curl -sf -d grant_type=password -d client_id=greencert-test -d username="$1" -d password=demo1234 -d scope=openid \
    "$KEYCLOAK/realms/greencert/protocol/openid-connect/token" | json 'd["access_token"]'
}
api() { # method path token [json] -> the answer's body; fails on a non-2xx
  local body=()
  [ $# -lt 4 ] || body=(--data-binary "$4")
  curl -sf -X "$1" -H "Authorization: Bearer $3" -H 'Content-Type: application/json' "${body[@]}" "$PORTAL$2"
}
evidence() { # token type -> the new evidence id
  printf '%%PDF-1.4\n%% benchmark evidence %s\n%%%%EOF\n' "$2" > "$WORK/evidence.pdf"
  curl -sf -H "Authorization: Bearer $1" \
    -F "metadata={\"type\":\"$2\",\"title\":\"$2 (benchmark)\",\"issuer\":\"SGS\",\"issuedOn\":\"$(date -d '-2 months' +%F)\",\"language\":\"en\",\"productIds\":[],\"facilityIds\":[]};type=application/json" \
    -F "file=@$WORK/evidence.pdf;type=application/pdf" "$PORTAL/api/evidence" | json 'd["id"]'
}
grant_credential() {
  local li chen zhou sun product scheme app today
  li=$(token li.supplier); chen=$(token chen.assessor); zhou=$(token zhou.reviewer); sun=$(token sun.decider)
  today=$(date +%F)
  product=$(api POST /api/products "$li" '{"nameEn":"Benchmark degreaser","hsCode":"340290","composition":[{"substanceName":"Ethanol","casNumber":"64-17-5","minPercent":5,"maxPercent":10}]}' | json 'd["id"]')
  scheme=$(api GET /api/schemes "$li" | json 'next(s["id"] for s in d if s["code"] == "GCE-SILVER")')
  app=$(api POST /api/applications "$li" "{\"schemeId\":\"$scheme\"}" | json 'd["id"]')
  api POST "/api/applications/$app/cover" "$li" "{\"productIds\":[\"$product\"]}" > /dev/null
  api POST "/api/applications/$app/attach" "$li" "{\"evidenceId\":\"$(evidence "$li" SAFETY_DATA_SHEET)\"}" > /dev/null
  api POST "/api/applications/$app/attach" "$li" "{\"evidenceId\":\"$(evidence "$li" REACH_DECLARATION)\"}" > /dev/null
  api POST "/api/applications/$app/submit" "$li" '' > /dev/null
  api POST "/api/applications/$app/accept" "$chen" '{"note":"complete"}' > /dev/null
  api POST "/api/applications/$app/review-criterion" "$chen" '{"criterion":"SDS","conforms":true}' > /dev/null
  api POST "/api/applications/$app/review-criterion" "$chen" '{"criterion":"REACH","conforms":true}' > /dev/null
  api POST "/api/applications/$app/plan-audit" "$chen" "{\"plannedOn\":\"$today\",\"auditor\":\"chen.assessor\",\"mode\":\"REMOTE\"}" > /dev/null
  api POST "/api/applications/$app/record-audit" "$chen" "{\"heldOn\":\"$today\",\"reportEvidenceId\":\"$(evidence "$chen" AUDIT_REPORT)\"}" > /dev/null
  api POST "/api/applications/$app/complete-evaluation" "$chen" '' > /dev/null
  api POST "/api/applications/$app/review" "$zhou" '{"recommendation":"GRANT"}' > /dev/null
  api POST "/api/applications/$app/decide" "$sun" '{"outcome":"GRANT"}' > /dev/null
  curl -sf "$(api GET "/api/applications/$app/credentials" "$li" | json 'd[0]["url"]')" | tr -d '\r\n '
}

# --- a credential to verify: one that verifies as valid (a benchmark of refusals would measure the wrong path)
verifies() { # file -> success when the portal says valid
  [ -s "$1" ] && [ "$(curl -sf -H 'Content-Type: application/vc+jwt' --data-binary @"$1" "$PORTAL/api/public/verify" \
    | python3 -c 'import json, sys; print(json.load(sys.stdin)["valid"])' 2>/dev/null)" = True ]
}
if [ -n "${CREDENTIAL_FILE:-}" ]; then
  tr -d '\r\n ' < "$CREDENTIAL_FILE" > "$WORK/credential.jwt"
  verifies "$WORK/credential.jwt" || { echo "$CREDENTIAL_FILE does not verify as valid" >&2; exit 1; }
else
  for supplier in zhejiang-greenpower jiangsu-qingyuan; do
    for url in $(curl -sf "$PORTAL/api/public/suppliers/$supplier" | python3 -c '
import json, sys
print(" ".join(c["url"] for c in json.load(sys.stdin).get("credentials", []) if c.get("state") == "VALID"))' || true); do
      curl -sf "$url" | tr -d '\r\n ' > "$WORK/credential.jwt"
      if verifies "$WORK/credential.jwt"; then break 2; fi
      echo "$url does not verify as valid; trying another"
      rm -f "$WORK/credential.jwt"
    done
  done
  if [ ! -s "$WORK/credential.jwt" ]; then
    echo "No valid credential on the demo suppliers' public pages: granting one through the API ..."
    grant_credential > "$WORK/credential.jwt"
    verifies "$WORK/credential.jwt" || { echo "The granted credential does not verify as valid" >&2; exit 1; }
  fi
fi
echo "Credential: $(wc -c < "$WORK/credential.jwt") bytes, verifies as valid"
CREDENTIAL_ID=$(python3 -c '
import base64, json, sys
p = open(sys.argv[1]).read().split(".")[1]
print(json.loads(base64.urlsafe_b64decode(p + "=" * (-len(p) % 4)))["id"].removeprefix("urn:uuid:"))' "$WORK/credential.jwt")
APP_GET=/api/public/credentials/$CREDENTIAL_ID

# --- wrk scripts: the POST (body from the file) and a result line both runs print the same way
cat > "$WORK/result.lua" <<'LUA'
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT rps=%.1f p50_ms=%.2f p99_ms=%.2f requests=%d errors=%d non2xx=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests, e.connect + e.read + e.write + e.timeout, e.status))
end
LUA
{ cat "$WORK/result.lua"; cat <<'LUA'
local f = assert(io.open(os.getenv("CREDENTIAL"), "r"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/vc+jwt"
LUA
} > "$WORK/verify.lua"
export CREDENTIAL="$WORK/credential.jwt"

run() { # name, path, script, duration -> the RESULT line
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$4" --latency -s "$3" "$PORTAL$2" > "$WORK/$1.out" 2>&1 || { cat "$WORK/$1.out" >&2; exit 1; }
  grep '^RESULT' "$WORK/$1.out"
}
field() { echo "$1" | tr ' ' '\n' | grep "^$2=" | cut -d= -f2; }

echo "Warm-up ($WARMUP each) ..."
run warm-trivial "$TRIVIAL_PATH" "$WORK/result.lua" "$WARMUP" > /dev/null
run warm-app "$APP_GET" "$WORK/result.lua" "$WARMUP" > /dev/null
warm=$(run warm-verify /api/public/verify "$WORK/verify.lua" "$WARMUP")
if [ "$(field "$warm" non2xx)" != 0 ]; then
  echo "The warm-up got $(field "$warm" non2xx) non-2xx answers (rate-limited?): start the portal with" >&2
  echo "GREENCERT_VERIFY_RATE_LIMIT_PER_SECOND=0 GREENCERT_API_RATE_LIMIT_PER_SECOND=0" >&2
  exit 1
fi

echo "Measuring: $CONNECTIONS connections, $THREADS threads, $DURATION each, one after the other ..."
trivial=$(run trivial "$TRIVIAL_PATH" "$WORK/result.lua" "$DURATION")
app=$(run app "$APP_GET" "$WORK/result.lua" "$DURATION")
verify=$(run verify /api/public/verify "$WORK/verify.lua" "$DURATION")
cores=$(nproc)
load=$(cut -d' ' -f1-3 /proc/loadavg)
python3 - "$trivial" "$verify" "$TRIVIAL_PATH" "$cores" "$load" "$app" <<'PY'
import sys
def parse(line):
    return {k: float(v) for k, v in (f.split("=") for f in line.split()[1:])}
t, v, path, cores, load, a = parse(sys.argv[1]), parse(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5], parse(sys.argv[6])
print()
print(f"| request | req/s | p50 ms | p99 ms | errors | non-2xx |")
print(f"|---|---|---|---|---|---|")
print(f"| GET {path} | {t['rps']:.0f} | {t['p50_ms']:.2f} | {t['p99_ms']:.2f} | {t['errors']:.0f} | {t['non2xx']:.0f} |")
print(f"| GET /api/public/credentials/{{id}} | {a['rps']:.0f} | {a['p50_ms']:.2f} | {a['p99_ms']:.2f} | {a['errors']:.0f} | {a['non2xx']:.0f} |")
print(f"| POST /api/public/verify | {v['rps']:.0f} | {v['p50_ms']:.2f} | {v['p99_ms']:.2f} | {v['errors']:.0f} | {v['non2xx']:.0f} |")
print()
print(f"ratio verify / GET {path}: req/s {v['rps'] / t['rps']:.2f} (goal >= 0.60), p99 x{v['p99_ms'] / max(t['p99_ms'], 0.001):.1f}")
print(f"ratio verify / GET of the credential (same application stack): req/s {v['rps'] / a['rps']:.2f}, "
      f"p99 x{v['p99_ms'] / max(a['p99_ms'], 0.001):.1f}")
print(f"({cores} cores, load average {load}; wrk and Payara share the machine)")
PY
