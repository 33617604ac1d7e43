#!/usr/bin/env bash
# GreenCert's two commands:
#   ./greencert.sh run    build what changed, start Keycloak + the portal, print the URL and demo logins;
#                         data is kept in .run/ between runs (--fresh: start over; --mariadb: on MariaDB)
#   ./greencert.sh test   run every test (unit, Arquillian on Payara Micro + MariaDB + Keycloak, browser)
set -euo pipefail
cd "$(dirname "$0")"
source scripts/java-home.sh
case "${1:-}" in
  run)  shift
        exec scripts/run-portal.sh "$@" ;;
  test) scripts/ensure-chromium.sh
        scripts/ensure-interop.sh
        exec ./mvnw -B -ntp verify ;;
  *)    echo "usage: $0 run [--fresh] [--mariadb] | test" >&2; exit 2 ;;
esac
