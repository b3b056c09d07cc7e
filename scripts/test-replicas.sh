#!/usr/bin/env bash
# Several servers on one database behind a real load balancer (issue 11): PostgreSQL from
# scripts/postgres.sh, HAProxy from Debian's packages (installed when missing), three
# switchyard-server processes, all on loopback. scripts/replicas/test-replicas.ts runs the
# workload, the SIGKILL and the rolling restart, and the checks; everything is stopped and the
# database removed afterwards, also on failure. Its own PostgreSQL port, so test:postgres can run beside it.
set -euo pipefail
cd "$(dirname "$0")/.."
export SWITCHYARD_PG_PORT="${SWITCHYARD_PG_PORT:-54331}"
trap 'scripts/postgres.sh stop' EXIT
scripts/replicas/ensure-haproxy.sh
scripts/postgres.sh start >/dev/null
scripts/replicas/build.sh
SWITCHYARD_REPLICAS_DATABASE_URL="$(scripts/postgres.sh url)" \
  node --import @swc-node/register/esm-register scripts/replicas/test-replicas.ts
