#!/usr/bin/env bash
# One command to install and start Arrangeur. With an Electron binary available it starts the
# desktop app; where Electron cannot be downloaded (no GitHub access) it starts browser mode:
# the same renderer and services, served on 127.0.0.1 with a per-run token.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/use-node.sh
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
electron_bin=$(node -e "try { console.log(require('electron')) } catch { }" 2>/dev/null || true)
if [ -n "$electron_bin" ] && [ -x "$electron_bin" ]; then
  npm run build
  exec npx electron .
fi
echo "Electron is niet beschikbaar op deze machine; Arrangeur start in de browsermodus." >&2
exec npm run web
