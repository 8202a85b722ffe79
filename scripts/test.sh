#!/usr/bin/env bash
# The one test command: system packages, typecheck, lint, npm audit of the production dependencies, then every test suite
# (unit, contracts, integration, property, browser) in one vitest run.
# Ends with the plain summary line "N passed, N failed" read from vitest's JSON report.
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-system-deps.sh || exit 1

echo "== typecheck"
npx tsc --noEmit -p tsconfig.json || exit 1

echo "== lint"
npx eslint . || exit 1

echo "== dependency advisories"
npx tsx scripts/audit.ts || exit 1

echo "== tests"
mkdir -p test-results
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json "$@"
status=$?

node scripts/test-summary.mjs test-results/vitest.json || status=1
exit $status
