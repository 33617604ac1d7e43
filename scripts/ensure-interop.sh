#!/usr/bin/env bash
# Installs the independent JOSE implementation (npm "jose", pinned in bench/interop/package-lock.json) that
# NodeJoseInteropTest checks our credentials and status lists with. Needs node and npm (the npm registry);
# without them the test is skipped and this says so.
set -uo pipefail
cd "$(dirname "$0")/../bench/interop"
[ -d node_modules/jose ] && exit 0
if ! command -v npm > /dev/null; then
  echo "npm not found: the node interoperability test (NodeJoseInteropTest) will be skipped" >&2
  exit 0
fi
npm ci --no-audit --no-fund --loglevel=error || echo "npm ci failed: the node interoperability test will be skipped" >&2
