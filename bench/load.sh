#!/usr/bin/env bash
# Load on loopback against `signpost serve`: /healthz, lookup and outcome reports at 32 clients,
# first with SQLite, then with PostgreSQL (when a connection string is given or SIGNPOST_TEST_POSTGRES is set).
# Bounded: each phase first runs --warmup seconds unmeasured (default 20: tiered compilation needs
# that long under load before the server runs optimized code), then stops after --requests
# requests or --seconds seconds. Rows show the server's and the client's CPU time per request.
#   bench/load.sh [--requests N] [--seconds S] [--warmup S] [--clients C]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release src/Signpost.Cli -v q -nologo >/dev/null
dotnet build -c Release bench/Signpost.Load -v q -nologo >/dev/null
tmp=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$tmp"' EXIT
port=5099
url="http://127.0.0.1:$port"

run() {
    local name=$1; shift
    echo "== $name  (load average $(cut -d' ' -f1-3 /proc/loadavg))"
    Signpost__WritesPerMinute=100000000 SIGNPOST_DATA="$tmp/data-$name" \
        dotnet src/Signpost.Cli/bin/Release/net10.0/signpost.dll serve --urls "$url" "$@" >"$tmp/$name.log" 2>&1 &
    server=$!
    for _ in $(seq 1 100); do curl -fs "$url/healthz" >/dev/null 2>&1 && break; sleep 0.2; done
    dotnet bench/Signpost.Load/bin/Release/net10.0/Signpost.Load.dll --server "$url" --server-pid "$server" "${load_args[@]}"
    kill "$server"; wait "$server" 2>/dev/null || true
    echo "   (load average $(cut -d' ' -f1-3 /proc/loadavg) at the end)"
}

load_args=("$@")
run sqlite
pg="${SIGNPOST_BENCH_POSTGRES:-${SIGNPOST_TEST_POSTGRES:-}}"
if [ -n "$pg" ]; then
    run postgresql --db "$pg"
else
    echo "== postgresql skipped: set SIGNPOST_BENCH_POSTGRES (or SIGNPOST_TEST_POSTGRES) to a connection string"
fi
