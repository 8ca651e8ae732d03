#!/usr/bin/env bash
# Installs what the integration tests need outside npm: redis-server, for the shared rate
# limiter's Redis tests (test/support/redis.ts). Idempotent and quiet: nothing happens when
# redis-server is already on PATH. Debian's package through apt, as root only; otherwise it
# says how and exits 1 (the Redis tests then fail with the same advice, they never skip).
set -euo pipefail

if command -v redis-server > /dev/null 2>&1; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get > /dev/null 2>&1; then
  echo "setup-test-deps: redis-server is not installed and cannot be installed from here." >&2
  echo "  Install it as root:  apt-get update && apt-get install -y redis-server" >&2
  echo "  (macOS: brew install redis). The Redis rate-limit tests fail without it." >&2
  exit 1
fi

echo "setup-test-deps: installing redis-server (Debian package)"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
export DEBIAN_FRONTEND=noninteractive
if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends redis-server; } \
  > "$log" 2>&1; then
  cat "$log" >&2
  echo "setup-test-deps: apt-get could not install redis-server" >&2
  exit 1
fi
command -v redis-server > /dev/null
