#!/usr/bin/env bash
# The whole test suite, in the order a reviewer would want to read it: static checks first,
# then the builds (before the unit tests, so the test that reads the CSP from the built
# index.html runs instead of being skipped), unit tests, and the end-to-end tests in Debian's
# Chromium. Every stage runs
# even if an earlier one failed, so one run shows everything that is wrong; the exit code is
# non-zero if any stage failed. CI reads the plain "N passed, N failed" lines at the end.
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/use-node.sh
export ELECTRON_SKIP_BINARY_DOWNLOAD=1
mkdir -p test-results
failed_stages=()
stage() {
  local name=$1; shift
  echo; echo "=== $name"
  if ! "$@"; then failed_stages+=("$name"); echo "--- $name: MISLUKT"; fi
}
count() { # count <json file> <node expression giving [passed, failed]>
  node -e "
    const fs = require('fs');
    try { const r = JSON.parse(fs.readFileSync(process.argv[1], 'utf8')); const [p, f] = ($2)(r); console.log(p + ' ' + f); }
    catch { console.log('0 1'); }" "$1"
}

stage lint npx eslint . --max-warnings=0
stage typecheck npx tsc -p .
stage build-renderer npx vite build --logLevel warn
stage build-electron node scripts/build-electron.mjs
stage unit npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/unit.json
[ -f scripts/check-csp.mjs ] && stage csp node scripts/check-csp.mjs
[ -f scripts/check-electron-security.mjs ] && stage electron-security node scripts/check-electron-security.mjs
stage e2e env PLAYWRIGHT_JSON_OUTPUT_NAME=test-results/e2e.json npx playwright test --reporter=list,json

read -r up uf < <(count test-results/unit.json '(r) => [r.numPassedTests, r.numFailedTests + (r.numRuntimeErrorTestSuites || 0)]')
read -r ep ef < <(count test-results/e2e.json '(r) => [r.stats.expected + (r.stats.flaky || 0), r.stats.unexpected + ((r.errors || []).length)]')
echo
if [ ${#failed_stages[@]} -gt 0 ]; then echo "Mislukte onderdelen: ${failed_stages[*]}"; fi
echo "vitest: $up passed, $uf failed"
echo "playwright: $ep passed, $ef failed"
[ ${#failed_stages[@]} -eq 0 ]
