#!/usr/bin/env bash
# `npm test`: everything a change must pass, in the order that fails fastest.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== test dependencies outside npm (redis-server)"
bash scripts/setup-test-deps.sh
echo "== typecheck"
npx tsc -p tsconfig.json --noEmit
echo "== lint (module boundaries included)"
npx eslint --max-warnings 0 .
echo "== format"
npx prettier --check . > /dev/null
echo "== contracts: mobile persisted operations, partner v1 schema"
npx tsx scripts/persisted-operations.ts --check
npx tsx scripts/partner-schema.ts
echo "== tests"
npx jest --ci "$@"
