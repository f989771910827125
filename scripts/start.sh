#!/usr/bin/env bash
# One command to install and start Arrangeur. With an Electron binary available it starts the
# desktop app; where Electron cannot be downloaded (no GitHub access), or with --browser, it
# starts browser mode: the same renderer and services, served on 127.0.0.1. Browser mode ends
# its output with the data folder, "Stop met Ctrl+C" and the one-time address to open.
#   bash scripts/start.sh [--browser] [--port POORT]
# --port (and ARRANGEUR_BRIDGE_PORT) fix browser mode's port; ARRANGEUR_DATA_DIR picks another
# data folder (both modes).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/use-node.sh
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

browser=no
web_args=()
for arg in "$@"; do
  case "$arg" in
    --browser) browser=yes ;;
    # Options of browser mode (checked there, with a Dutch message for a wrong one).
    *) web_args+=("$arg") ;;
  esac
done
# Browser-mode options given without --browser: the user wants browser mode.
if [ ${#web_args[@]} -gt 0 ]; then browser=yes; fi

electron_bin=$(node -e "try { console.log(require('electron')) } catch { }" 2>/dev/null || true)
if [ "$browser" = no ] && [ -n "$electron_bin" ] && [ -x "$electron_bin" ]; then
  npm run build
  exec npx electron .
fi
if [ "$browser" = no ]; then
  echo "Electron is niet beschikbaar op deze machine; Arrangeur start in de browsermodus." >&2
fi
exec npm run --silent web -- ${web_args[@]+"${web_args[@]}"}
