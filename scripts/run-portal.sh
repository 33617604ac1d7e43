#!/usr/bin/env bash
# Runs the whole portal locally: Keycloak (realm imported) and Payara Micro with the portal on the
# embedded database, demo tenants seeded. Ctrl-C stops both. Called by ./greencert.sh run.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PORT=${GREENCERT_PORT:-8080}
KC_PORT=${KEYCLOAK_PORT:-8180}
KC_MGMT_PORT=${KEYCLOAK_MANAGEMENT_PORT:-9180}
RUN_DIR="$ROOT/.run"
WAR=portal-web/target/ROOT.war
started=$(date +%s)

# 1. Build only what changed: skip Maven when the WAR is newer than every source and POM.
if [ ! -f "$WAR" ] || [ ! -d .keycloak ] || [ -n "$(find . -path ./.run -prune -o -path '*/target' -prune -o -path ./.keycloak -prune -o \
     \( -path '*/src/*' -o -name pom.xml \) -type f -newer "$WAR" -print -quit)" ]; then
  echo "Building GreenCert (first time, or sources changed)..."
  ./mvnw -B -ntp -q install -DskipTests
fi

mkdir -p "$RUN_DIR"
pids=()
cleanup() {
  trap - INT TERM EXIT
  echo; echo "Stopping GreenCert..."
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup INT TERM EXIT

# 2. Keycloak, from the distribution Maven unpacked into .keycloak/ (built once, then started optimized).
KC_JAR=$(ls keycloak-realm/target/keycloak-realm-*.jar | grep -v -e sources -e tests | head -1)
java -Dgreencert.root="$ROOT" -cp "$KC_JAR" com.greencert.keycloak.KeycloakServer "$KC_PORT" "$KC_MGMT_PORT" \
  > "$RUN_DIR/keycloak-launcher.log" 2>&1 &
pids+=($!)

# 3. Payara Micro with the portal (embedded H2 unless GREENCERT_DB_URL says otherwise).
export GREENCERT_KEYCLOAK_URL=${GREENCERT_KEYCLOAK_URL:-http://localhost:$KC_PORT}
export GREENCERT_PUBLIC_URL=${GREENCERT_PUBLIC_URL:-http://localhost:$PORT}
export GREENCERT_DEMO_SEED=${GREENCERT_DEMO_SEED:-true}
rm -rf "$RUN_DIR/payara"
wait_for() { # url, seconds, what
  java scripts/WaitFor.java "$1" "$2" || { echo "$3 did not become ready in $2 s; see $RUN_DIR" >&2; return 1; }
}
echo "Starting Keycloak on port $KC_PORT ..."
wait_for "http://localhost:$KC_MGMT_PORT/health/ready" 300 Keycloak
echo "Starting Payara Micro on port $PORT ..."
java -Xmx1g -jar portal-web/target/payara-micro.jar --nocluster --port "$PORT" --sslport $((PORT + 363)) \
  --rootdir "$RUN_DIR/payara" --deploy "$WAR" > "$RUN_DIR/payara.log" 2>&1 &
pids+=($!)
wait_for "http://localhost:$PORT/health/ready" 300 "The portal"

cat <<TXT

GreenCert is running ($(( $(date +%s) - started )) s): http://localhost:$PORT/
  API:       http://localhost:$PORT/api   (OpenAPI: http://localhost:$PORT/openapi, readiness: /health/ready)
  Keycloak:  http://localhost:$KC_PORT/   (admin console: admin / admin, realm greencert)
  Logs:      $RUN_DIR/payara.log, .keycloak/keycloak-$KC_PORT.log

Demo logins (password demo1234 for all):
  buyer                          anna.buyer     EuroChem Procurement GmbH
  buyer                          ben.buyer      Pacific Retail Inc.
  supplier                       li.supplier    Zhejiang GreenPower Battery Co., Ltd.
  supplier                       wang.supplier  Jiangsu Qingyuan Chemical Co., Ltd.
  certification body: assessor   chen.assessor  SinoEco Certification Centre
  certification body: reviewer   zhou.reviewer  SinoEco Certification Centre
  certification body: decision   sun.decider    SinoEco Certification Centre
  certification body: appeals    lin.director   SinoEco Certification Centre (assessor, reviewer, decision-maker)
  certification body: assessor   gao.assessor   Cathay Green Certification Co.
  certification body: reviewer   ma.reviewer    Cathay Green Certification Co.
  certification body: decision   he.decider     Cathay Green Certification Co.
  platform admin                 ada.admin      GreenCert Platform
Everything starts fresh each run (in-memory Keycloak and H2). Press Ctrl-C to stop.
TXT
wait -n "${pids[@]}" 2>/dev/null || true
