#!/usr/bin/env bash
# GET and POST throughput through HAProxy with 1 and with 3 replicas on one PostgreSQL database
# (scripts/replicas/bench-replicas.ts), each started as test:replicas does; removed afterwards.
set -euo pipefail
cd "$(dirname "$0")/../.."
export SWITCHYARD_PG_PORT="${SWITCHYARD_PG_PORT:-54332}"
trap 'scripts/postgres.sh stop' EXIT
scripts/replicas/ensure-haproxy.sh
scripts/postgres.sh start >/dev/null
scripts/replicas/build.sh
SWITCHYARD_REPLICAS_DATABASE_URL="$(scripts/postgres.sh url)" \
  node --import @swc-node/register/esm-register scripts/replicas/bench-replicas.ts
