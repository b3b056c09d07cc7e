#!/usr/bin/env bash
# A throw-away PostgreSQL for tests: `start` prints its URL, `url` prints it again, `stop` removes
# the whole cluster. It listens on 127.0.0.1 only, at an unusual port, so it never meets a real one.
#
#   scripts/postgres.sh start   # installs PostgreSQL with apt-get if needed, then starts a cluster
#   scripts/postgres.sh url     # postgres://switchyard@127.0.0.1:54329/switchyard
#   scripts/postgres.sh stop    # stops the server and deletes its data directory
#
# SWITCHYARD_PG_PORT overrides the port (default 54329).
set -euo pipefail

PORT="${SWITCHYARD_PG_PORT:-54329}"
DATABASE=switchyard
ROLE=switchyard
# Where `start` records the cluster's directory, so that `stop` finds it.
STATE_FILE="${TMPDIR:-/tmp}/switchyard-postgres-${PORT}.dir"

fail() {
  echo "postgres.sh: $*" >&2
  exit 1
}

url() {
  echo "postgres://${ROLE}@127.0.0.1:${PORT}/${DATABASE}"
}

# initdb and pg_ctl, from PATH or from Debian's versioned folder (newest version first).
find_bin_dir() {
  if command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
    dirname "$(readlink -f "$(command -v initdb)")"
    return
  fi
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  [[ -n "$dir" && -x "$dir/initdb" && -x "$dir/pg_ctl" ]] && echo "$dir"
}

install_postgres() {
  [[ "$(id -u)" == 0 ]] || fail "PostgreSQL is not installed; run: sudo apt-get update && sudo apt-get install -y postgresql"
  echo "postgres.sh: installing PostgreSQL with apt-get" >&2
  DEBIAN_FRONTEND=noninteractive apt-get update >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql >&2
}

# initdb refuses to run as root: as root, run the server as the `postgres` user.
as_owner() {
  if [[ "$(id -u)" == 0 ]]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

is_running() {
  [[ -f "$STATE_FILE" ]] && [[ -d "$(cat "$STATE_FILE")/data" ]] &&
    as_owner "$BIN_DIR/pg_ctl" status -D "$(cat "$STATE_FILE")/data" >/dev/null 2>&1
}

start() {
  BIN_DIR="$(find_bin_dir || true)"
  if [[ -z "$BIN_DIR" ]]; then
    install_postgres
    BIN_DIR="$(find_bin_dir || true)"
    [[ -n "$BIN_DIR" ]] || fail "apt-get installed postgresql but initdb/pg_ctl are not in /usr/lib/postgresql/*/bin"
  fi
  if is_running; then
    url
    return
  fi
  [[ -f "$STATE_FILE" ]] && stop >/dev/null

  local cluster
  cluster="$(mktemp -d "${TMPDIR:-/tmp}/switchyard-postgres.XXXXXX")"
  echo "$cluster" >"$STATE_FILE"
  [[ "$(id -u)" == 0 ]] && { as_owner true; chown postgres "$cluster"; }

  as_owner "$BIN_DIR/initdb" -D "$cluster/data" -U "$ROLE" --auth=trust --encoding=UTF8 --no-sync >"$cluster/initdb.log" 2>&1 ||
    fail "initdb failed; see $cluster/initdb.log"
  as_owner "$BIN_DIR/pg_ctl" start -D "$cluster/data" -l "$cluster/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $cluster -c fsync=off -c full_page_writes=off" >/dev/null ||
    fail "the server did not start; see $cluster/server.log (is port $PORT taken?)"
  as_owner "$BIN_DIR/createdb" -h 127.0.0.1 -p "$PORT" -U "$ROLE" "$DATABASE" || fail "createdb $DATABASE failed"
  url
}

stop() {
  [[ -f "$STATE_FILE" ]] || return 0
  local cluster
  cluster="$(cat "$STATE_FILE")"
  BIN_DIR="${BIN_DIR:-$(find_bin_dir || true)}"
  if [[ -n "$BIN_DIR" && -d "$cluster/data" ]]; then
    as_owner "$BIN_DIR/pg_ctl" stop -D "$cluster/data" -m immediate -w >/dev/null 2>&1 || true
  fi
  # Only ever delete what `start` created.
  case "$cluster" in
    */switchyard-postgres.*) rm -rf "$cluster" ;;
    *) fail "refusing to delete $cluster: not a directory created by postgres.sh" ;;
  esac
  rm -f "$STATE_FILE"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url) url ;;
  *) fail "usage: scripts/postgres.sh start|stop|url" ;;
esac
