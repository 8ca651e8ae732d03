#!/usr/bin/env bash
# Installs what the integration tests need outside npm, from Debian's packages:
# - redis-server, for the shared rate limiter's Redis tests (test/support/redis.ts);
# - chromium at /usr/bin/chromium (or $CHROMIUM_PATH), for the explorer's browser test
#   (test/integration/explorer), driven by playwright-core, which never downloads a browser.
# Idempotent and quiet: nothing happens when both are there. Through apt, as root only;
# otherwise it says how and exits 1 (those tests then fail with the same advice, never skip).
set -euo pipefail

missing=()
command -v redis-server > /dev/null 2>&1 || missing+=(redis-server)
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)

if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get > /dev/null 2>&1; then
  echo "setup-test-deps: ${missing[*]} not installed and cannot be installed from here." >&2
  echo "  Install as root:  apt-get update && apt-get install -y ${missing[*]}" >&2
  echo "  (macOS: brew install redis; set CHROMIUM_PATH to a Chrome or Chromium binary)." >&2
  exit 1
fi

echo "setup-test-deps: installing ${missing[*]} (Debian packages)"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
export DEBIAN_FRONTEND=noninteractive
if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}"; } \
  > "$log" 2>&1; then
  cat "$log" >&2
  echo "setup-test-deps: apt-get could not install ${missing[*]}" >&2
  exit 1
fi
command -v redis-server > /dev/null
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]
