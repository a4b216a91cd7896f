#!/usr/bin/env bash
# The speed targets of issue #4 item 8 on the generated 100,000-commit repository, each as a ratio
# against a reference measured in the same run (alternating, so both see the same noise):
#   1. default window, no cache   vs  git log --since=<365 days> --no-renames --numstat
#   2. --since all, no cache      vs  git log --raw --no-renames  +  git log --first-parent -m --no-renames --numstat
#   3. second scan (cache warm)   vs  first scan (cache cold, written by that scan)
# all with JAVA_OPTS=-Xmx512m. See bench/README.md.
# Usage: bench/delivery.sh [RUNS=3] [TARGETS=123]
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
runs=${1:-3}
targets=${2:-123}
repo=bench/work/repo
export JAVA_OPTS="${JAVA_OPTS:--Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto}"
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT
export XDG_CACHE_HOME=$cache

[[ -d $repo ]] || { echo "no $repo: run bench/run.sh once to generate it" >&2; exit 2; }
./shipshape version > /dev/null # builds the jar on first use, outside the timing

head_time=$(git -C "$repo" log -1 --format=%ct HEAD)
since=$((head_time - 365 * 86400))
echo "repository: $(git -C "$repo" rev-list --count HEAD) commits, load average: $(cut -d' ' -f1-3 /proc/loadavg)"

time_once() {
  local start end
  start=$(date +%s.%N)
  bash -c "$1" > /dev/null
  end=$(date +%s.%N)
  awk "BEGIN { printf \"%.3f\", $end - $start }"
}
median() { sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
report() { # label, reference label, ours..., --, reference...
  local label=$1 ref_label=$2
  shift 2
  local ours=() theirs=() side=ours
  for t in "$@"; do
    if [[ $t == -- ]]; then side=theirs; continue; fi
    if [[ $side == ours ]]; then ours+=("$t"); else theirs+=("$t"); fi
  done
  local o r
  o=$(printf '%s\n' "${ours[@]}" | median)
  r=$(printf '%s\n' "${theirs[@]}" | median)
  printf '  %-34s %6.2f s   %-44s %6.2f s   ratio %.2f\n' "$label" "$o" "$ref_label" "$r" \
    "$(awk -v a="$o" -v b="$r" 'BEGIN { print a / b }')"
}

results=()
if [[ $targets == *1* ]]; then
  scan="./shipshape scan $repo --no-cache"
  git_cmd="git -C $repo log --since=$since --no-renames --numstat"
  bash -c "$git_cmd" > /dev/null # warm the page cache
  a=() b=()
  for ((i = 1; i <= runs; i++)); do
    b+=("$(time_once "$git_cmd")")
    a+=("$(time_once "$scan")")
    echo "window run $i: git log ${b[-1]} s, scan ${a[-1]} s (load $(cut -d' ' -f1 /proc/loadavg))"
  done
  results+=("$(report "default window (--no-cache)" "git log --since --numstat" "${a[@]}" -- "${b[@]}")")
fi
if [[ $targets == *2* ]]; then
  scan="./shipshape scan $repo --since all --no-cache"
  git_cmd="git -C $repo log --raw --no-renames > /dev/null; git -C $repo log --first-parent -m --no-renames --numstat"
  a=() b=()
  for ((i = 1; i <= runs; i++)); do
    b+=("$(time_once "$git_cmd")")
    a+=("$(time_once "$scan")")
    echo "all run $i: git log raw + first-parent numstat ${b[-1]} s, scan ${a[-1]} s (load $(cut -d' ' -f1 /proc/loadavg))"
  done
  results+=("$(report "--since all (--no-cache)" "git log --raw + --first-parent -m --numstat" "${a[@]}" -- "${b[@]}")")
fi
if [[ $targets == *3* ]]; then
  scan="./shipshape scan $repo"
  a=() b=()
  for ((i = 1; i <= runs; i++)); do
    rm -rf "${cache:?}"/shipshape
    b+=("$(time_once "$scan")")
    a+=("$(time_once "$scan")")
    echo "cache run $i: first scan ${b[-1]} s, second scan ${a[-1]} s (load $(cut -d' ' -f1 /proc/loadavg))"
  done
  results+=("$(report "second scan (cache warm)" "first scan (cache cold)" "${a[@]}" -- "${b[@]}")")
fi

printf '\nmedians of %d runs (JAVA_OPTS=%s)\n' "$runs" "$JAVA_OPTS"
printf '%s\n' "${results[@]}"

# peak resident memory of one more run of each, where GNU time is installed
if [[ -x /usr/bin/time ]]; then
  rss() { /usr/bin/time -f '%M' -o "$cache/rss" bash -c "$1" > /dev/null 2>&1; echo "$(( $(tail -1 "$cache/rss") / 1024 )) MiB"; }
  printf '\npeak RSS:'
  [[ $targets == *1* ]] && printf '  window %s' "$(rss "./shipshape scan $repo --no-cache")"
  [[ $targets == *2* ]] && printf '  --since all %s' "$(rss "./shipshape scan $repo --since all --no-cache")"
  if [[ $targets == *3* ]]; then
    rm -rf "${cache:?}"/shipshape
    printf '  first %s' "$(rss "./shipshape scan $repo")"
    printf '  second %s' "$(rss "./shipshape scan $repo")"
  fi
  echo
fi
