#!/usr/bin/env bash
# Runs `parklens bench` with its references installed: Debian's sqlite3, postgresql and wrk (DuckDB comes from NuGet).
# Starts a throwaway PostgreSQL cluster on a free loopback port under a temp dir, runs the Release CLI, stops the
# cluster. Extra arguments go to `parklens bench` (e.g. ./bench.sh --only land --record docs/benchmarks.md).
set -euo pipefail
cd "$(dirname "$0")"

need=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v sqlite3 >/dev/null 2>&1 || need+=(sqlite3)
command -v wrk >/dev/null 2>&1 || need+=(wrk)
if ((${#need[@]})); then
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  echo "installing: ${need[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi

pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pgdir=$(mktemp -d /tmp/parklens-bench-pg.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo $((20000 + RANDOM % 20000)))
as_pg=()
if [ "$(id -u)" = 0 ]; then
  # The server refuses to run as root.
  chown postgres "$pgdir"
  as_pg=(runuser -u postgres --)
fi
"${as_pg[@]}" "$pgbin/initdb" -D "$pgdir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$pgdir/initdb.log" 2>&1
# Durable settings as a production server keeps them (fsync on); only the memory is sized for a benchmark machine.
"${as_pg[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w \
  -o "-p $port -k $pgdir -c listen_addresses=127.0.0.1 -c max_connections=200 -c shared_buffers=1GB -c max_wal_size=4GB" start >/dev/null
cleanup() {
  "${as_pg[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pgdir"
}
trap cleanup EXIT

export PARKLENS_BENCH_PG="Host=127.0.0.1;Port=$port;Username=postgres"
export PARKLENS_BENCH_PG_SOCKET="$pgdir"
dotnet run -c Release --project src/ParkLens.Cli -- bench "$@"
