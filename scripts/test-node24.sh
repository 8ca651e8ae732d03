#!/usr/bin/env bash
# Runs the Jest suite on Node 24 LTS as well as on the machine's Node. The npm registry's
# `node` package ships the Node binary, so no other download is needed.
set -euo pipefail
cd "$(dirname "$0")/.."

dir=.cache/node24
if [ ! -x "$dir/node_modules/.bin/node" ]; then
  mkdir -p "$dir"
  npm install --prefix "$dir" --no-save --no-audit --no-fund --loglevel=error node@24 > /dev/null
fi
node24="$(cd "$dir/node_modules/.bin" && pwd)/node"
echo "== tests on Node $("$node24" --version)"
"$node24" node_modules/jest/bin/jest.js --ci "$@"
