#!/usr/bin/env bash
# Starts a throwaway PostgreSQL on loopback, on a free port, in a temporary folder, and prints its URL.
# Usage: eval "$(scripts/postgres-test-server.sh)"  → exports TEST_DATABASE_URL and PGTEST_DIR.
# Stop it with: scripts/postgres-test-server.sh stop "$PGTEST_DIR"
set -euo pipefail

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bindir" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }

if [ "${1:-}" = stop ]; then
  dir=$2
  runas() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
  runas "$bindir/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$dir"
  exit 0
fi

dir=$(mktemp -d /tmp/lotrinh-pg.XXXXXX)
port=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
# initdb refuses to run as root: use the postgres account that Debian's package creates.
if [ "$(id -u)" = 0 ]; then
  chown postgres "$dir"
  runas() { runuser -u postgres -- "$@"; }
else
  runas() { "$@"; }
fi
runas "$bindir/initdb" -D "$dir/data" -U lotrinh --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
runas "$bindir/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
  -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null
runas "$bindir/createdb" -h 127.0.0.1 -p "$port" -U lotrinh lotrinh_test
echo "export TEST_DATABASE_URL=postgres://lotrinh@127.0.0.1:$port/lotrinh_test PGTEST_DIR=$dir"
