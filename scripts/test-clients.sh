#!/usr/bin/env bash
# The real OpenStack clients against the built server: Debian's `openstack` CLI (with
# python3-neutronclient's FWaaS commands) and openstacksdk. Installs them with apt-get when missing
# (root on Debian, as scripts/postgres.sh installs PostgreSQL), builds the server and every
# plugin, then scripts/clients/run.mjs starts the server on loopback, runs the drivers and stops it.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(python3-openstackclient python3-neutronclient python3-openstacksdk)

fail() {
  echo "test-clients.sh: $*" >&2
  exit 1
}

# Checked with Debian's interpreter: the clients are its modules, whatever python3 PATH finds first.
clients_installed() {
  [[ -x /usr/bin/openstack && -x /usr/bin/python3 ]] &&
    /usr/bin/python3 -c 'import openstack, neutronclient.osc.v2.fwaas' >/dev/null 2>&1
}

install_clients() {
  [[ "$(id -u)" == 0 ]] || fail "the OpenStack clients are not installed; run: sudo apt-get update && sudo apt-get install -y ${PACKAGES[*]}"
  echo "test-clients.sh: installing ${PACKAGES[*]} with apt-get" >&2
  DEBIAN_FRONTEND=noninteractive apt-get update >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${PACKAGES[@]}" >&2
  clients_installed || fail "apt-get installed ${PACKAGES[*]} but /usr/bin/openstack or the openstack module is still missing"
}

clients_installed || install_clients
NX_DAEMON=false npx nx run-many -t build --output-style=static
node scripts/clients/run.mjs
