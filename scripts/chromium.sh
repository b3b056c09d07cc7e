#!/usr/bin/env bash
# Debian's Chromium for browser tests: prints the path of the executable, installing the package
# with apt-get first when it is missing (as root; otherwise it says the command to run). Nothing
# downloads a browser build of its own: playwright-core drives this one through executablePath.
#
#   scripts/chromium.sh path   # /usr/bin/chromium
#
# SWITCHYARD_CHROMIUM overrides the executable (a Chromium installed elsewhere).
set -euo pipefail

fail() {
  echo "chromium.sh: $*" >&2
  exit 1
}

executable() {
  echo "${SWITCHYARD_CHROMIUM:-/usr/bin/chromium}"
}

install_chromium() {
  [[ -z "${SWITCHYARD_CHROMIUM:-}" ]] || fail "SWITCHYARD_CHROMIUM names $(executable), which is not an executable"
  [[ "$(id -u)" == 0 ]] || fail "Chromium is not installed; run: sudo apt-get update && sudo apt-get install -y chromium"
  echo "chromium.sh: installing Debian's chromium with apt-get" >&2
  DEBIAN_FRONTEND=noninteractive apt-get update >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium >&2
  [[ -x "$(executable)" ]] || fail "apt-get installed chromium but $(executable) is still missing"
}

case "${1:-}" in
  path)
    [[ -x "$(executable)" ]] || install_chromium
    executable
    ;;
  *)
    echo "usage: scripts/chromium.sh path" >&2
    exit 2
    ;;
esac
