#!/usr/bin/env bash
# `npm test` (and `npm run check`, the one command before a commit): everything a change must
# pass, in the order that fails fastest.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== test dependencies outside npm (redis-server, chromium)"
bash scripts/setup-test-deps.sh
echo "== generated code is up to date (npm run codegen)"
npx tsx scripts/codegen.ts --check
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
