#!/usr/bin/env bash
# Times a default shipshape scan (365-day window) of a 100,000-commit repository against
# `git log --since=<same window> --no-renames --numstat` in the same run. See bench/README.md.
# Usage: bench/run.sh [RUNS=3]
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
runs=${1:-3}
work=bench/work
repo=$work/repo
export JAVA_OPTS="${JAVA_OPTS:--Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}" # the launcher's own defaults
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null

if [[ ! -d $repo ]]; then
  mkdir -p "$work"
  bench/generate-repo.sh "$repo" 100000 5000
fi

head_time=$(git -C "$repo" log -1 --format=%ct HEAD)
since=$((head_time - 365 * 86400))
git_cmd="git -C $repo log --since=$since --no-renames --numstat > /dev/null"

scan_label="./shipshape scan $repo --no-cache"
scan_cmd="./shipshape scan $repo --no-cache > /dev/null" # a first scan: no per-commit cache
./shipshape version > /dev/null # builds the jar on first use, outside the timing

echo "repository: $(git -C "$repo" rev-list --count HEAD) commits," \
  "$(git -C "$repo" rev-list --count --since=$since HEAD) in the window since $(date -u -d @$since +%F)"

median() { sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

if command -v hyperfine > /dev/null; then
  hyperfine --runs "$runs" --warmup 1 --export-json "$work/hyperfine.json" \
    -n "git log" "$git_cmd" -n "shipshape" "$scan_cmd"
  read -r git_median scan_median < <(python3 -c '
import json, statistics, sys
r = json.load(open(sys.argv[1]))["results"]
print(*(statistics.median(x["times"]) for x in r))' "$work/hyperfine.json")
else
  time_once() {
    local start end
    start=$(date +%s.%N)
    bash -c "$1"
    end=$(date +%s.%N)
    echo "$end - $start" | bc -l 2> /dev/null || awk "BEGIN { print $end - $start }"
  }
  git_times=() scan_times=()
  bash -c "$git_cmd" # warm the page cache for both
  for ((i = 1; i <= runs; i++)); do
    # Alternate, so that both see the same noise of a shared machine.
    git_times+=("$(time_once "$git_cmd")")
    scan_times+=("$(time_once "$scan_cmd")")
    printf 'run %d: git log %.2f s, shipshape %.2f s\n' "$i" "${git_times[-1]}" "${scan_times[-1]}"
  done
  git_median=$(printf '%s\n' "${git_times[@]}" | median)
  scan_median=$(printf '%s\n' "${scan_times[@]}" | median)
fi

printf '\nmedian of %d runs\n' "$runs"
printf '  %-60s %6.2f s\n' "git log --since=<365 days> --no-renames --numstat" "$git_median"
printf '  %-60s %6.2f s  (JAVA_OPTS=%s)\n' "$scan_label" "$scan_median" "$JAVA_OPTS"
awk -v s="$scan_median" -v g="$git_median" 'BEGIN { printf "  ratio shipshape / git log: %.2f\n", s / g }'
