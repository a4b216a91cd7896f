#!/usr/bin/env bash
# Server benchmark on loopback with PostgreSQL (docs/server.md "Performance"):
#  1. intake: closed-loop load on the native events webhook (target >= 2,000 events/s, p99 < 50 ms)
#  2. dashboard: a portfolio of 1,000 repositories (target < 300 ms server time, Server-Timing)
# Bounded: about a minute in all; every request goes to 127.0.0.1. Uses .ci/services.sh's
# PostgreSQL and a database of its own (shipshape_bench), dropped at the end.
# Options (environment): THREADS (8), WARMUP (5 s), MEASURE (20 s), PORT (18181).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
. .ci/services.sh
pg_port="${SHIPSHAPE_PG_PORT:-55432}"
port="${PORT:-18181}"
work="$(mktemp -d)"
psql_bench() { psql -h 127.0.0.1 -p "$pg_port" -U postgres -v ON_ERROR_STOP=1 -q "$@"; }
psql_bench -d postgres -c "DROP DATABASE IF EXISTS shipshape_bench WITH (FORCE)" -c "CREATE DATABASE shipshape_bench"

[ -f cli/target/shipshape.jar ] || ./mvnw -B -q -DskipTests -Djacoco.skip=true package -pl cli -am
java -Xmx1g -jar cli/target/shipshape.jar serve --port "$port" --scan-threads 1 \
  --db "jdbc:postgresql://127.0.0.1:$pg_port/shipshape_bench?user=postgres" \
  --data-dir "$work" >"$work/out.txt" 2>"$work/log.txt" &
server=$!
cleanup() {
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  psql_bench -d postgres -c "DROP DATABASE IF EXISTS shipshape_bench WITH (FORCE)" || true
  rm -rf "$work"
}
trap cleanup EXIT
for _ in $(seq 1 60); do grep -q '^shipshape: serving' "$work/out.txt" 2>/dev/null && break; sleep 0.5; done
token="$(grep '^ss_' "$work/out.txt")"
url="http://127.0.0.1:$port"
auth=(-H "Authorization: Bearer $token")

# This repository itself is the one scanned; its report is copied to 999 more for the dashboard.
curl -sf "${auth[@]}" "$url/api/repositories" \
  -d "{\"name\":\"shipshape\",\"location\":\"$root\",\"scheduleMinutes\":null}" >/dev/null
for _ in $(seq 1 120); do
  curl -sf "$url/api/repositories/shipshape/reports/latest" >/dev/null && break; sleep 0.5
done

echo "== intake"
java bench/server/IntakeLoad.java "$url" "$token" shipshape "${THREADS:-8}" "${WARMUP:-5}" "${MEASURE:-20}"

echo "== dashboard"
psql_bench -d shipshape_bench <<'SQL'
INSERT INTO repositories (name, location, team, created_at)
  SELECT 'bench-' || lpad(g::text, 4, '0'), '/nowhere', 'team-' || (g % 20), 0
  FROM generate_series(1, 999) g;
INSERT INTO reports (repository_id, scanned_at, revision, score, stage, digest_json, report_json)
  SELECT r.id, 1000 + k, src.revision, (r.id * 7 + k * 3) % 100, src.stage, src.digest_json, src.report_json
  FROM repositories r
  CROSS JOIN (SELECT * FROM reports ORDER BY id LIMIT 1) src
  CROSS JOIN generate_series(0, 1) k
  WHERE r.name LIKE 'bench-%';
UPDATE repositories r
  SET latest_report_id = (SELECT max(id) FROM reports WHERE repository_id = r.id),
      previous_report_id = (SELECT min(id) FROM reports WHERE repository_id = r.id)
  WHERE r.name LIKE 'bench-%';
ANALYZE;
SQL
rows=$(curl -sf "$url/" | grep -o '<tr class="repository"' | wc -l)
echo "dashboard rows: $rows"
timing() {
  for _ in $(seq 1 20); do
    curl -sf -o /dev/null -D - "$url$1" | tr -d '\r' | sed -n 's/^Server-Timing: app;dur=//Ip'
  done | sort -n | awk -v what="$2" '{a[NR]=$1} END {printf "%s: 20 requests, server time median %.1f ms, max %.1f ms\n", what, a[int((NR+1)/2)], a[NR]}'
}
timing "/" "dashboard of 1,000 repositories"
timing "/?q=uses+github-actions%2C+no+sast&sort=score" "filtered and sorted by score"
timing "/api/repositories" "GET /api/repositories (1,000)"
