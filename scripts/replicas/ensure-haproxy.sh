#!/usr/bin/env bash
# HAProxy from Debian's packages, installed with apt-get when missing (as scripts/postgres.sh does
# for PostgreSQL). The suites run it on loopback only, from a config of their own; the package's
# system service is not used.
set -euo pipefail
command -v haproxy >/dev/null && exit 0
[[ "$(id -u)" == 0 ]] || { echo "ensure-haproxy.sh: HAProxy is not installed; run: sudo apt-get update && sudo apt-get install -y haproxy" >&2; exit 1; }
echo "ensure-haproxy.sh: installing HAProxy with apt-get" >&2
DEBIAN_FRONTEND=noninteractive apt-get update >&2
DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends haproxy >&2
# Debian starts the packaged service on install where an init system runs; ours is separate.
command -v systemctl >/dev/null && systemctl stop haproxy >/dev/null 2>&1 || true
