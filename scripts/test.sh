#!/usr/bin/env bash
# `npm test`: everything a change must pass, in the order that fails fastest.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== typecheck"
npx tsc -p tsconfig.json --noEmit
echo "== lint (module boundaries included)"
npx eslint --max-warnings 0 .
echo "== format"
npx prettier --check . > /dev/null
echo "== tests"
npx jest --ci "$@"
