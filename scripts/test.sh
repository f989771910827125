#!/usr/bin/env bash
# One command for a newcomer (and for CI): put Node 24 on PATH, install the locked dependencies
# when they are missing or stale, then run every test. Needs Debian's chromium and poppler-utils
# for the end-to-end tests (.ci/run installs them; on your own machine: apt-get install -y
# chromium poppler-utils).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/use-node.sh
export ELECTRON_SKIP_BINARY_DOWNLOAD=1
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
exec npm test
