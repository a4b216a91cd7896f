#!/usr/bin/env bash
# Measures how far shipshape's verdicts agree with the corpus's expected ones: builds shipshape,
# fetches the repositories (fetch.sh), scans each at its pinned commit, two at a time, and compares
# (Agreement.java). See bench/corpus/README.md.
# Usage: bench/corpus/run.sh [--expected DIR] [--markdown FILE] [--min-agreement PCT] [NAME...]
# Exits 0 whatever the agreement (a measurement, not a gate) unless --min-agreement is given and
# not met (1); 2 on bad usage or an invalid expectation file; 3 when a scan or the build failed.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
expected=$root/bench/corpus/expected
work=$root/bench/corpus/work # git-ignored
cache=${SHIPSHAPE_CORPUS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/shipshape-corpus}
agreement_args=() names=()
while (($#)); do
  case $1 in
    --expected) expected=$(realpath -m "${2:?--expected needs a folder}"); shift 2 ;;
    --markdown) agreement_args+=(--markdown "$(realpath -m "${2:?--markdown needs a file}")"); shift 2 ;;
    --min-agreement) agreement_args+=(--min-agreement "${2:?--min-agreement needs a percentage}"); shift 2 ;;
    -h | --help) sed -n '2,7p' "$0"; exit 0 ;;
    -*) echo "run.sh: unknown option $1" >&2; exit 2 ;;
    *) names+=("$1"); shift ;;
  esac
done
[[ -d $expected ]] || { echo "run.sh: no folder $expected" >&2; exit 2; }
if ((${#names[@]} == 0)); then
  for f in "$expected"/*.yml; do [[ -e $f ]] && names+=("$(basename "$f" .yml)"); done
fi
((${#names[@]})) || { echo "run.sh: no expectation in $expected" >&2; exit 2; }
cd "$root" # paths given on the command line were made absolute above

./shipshape version > /dev/null || exit 3 # builds the jar once, before the parallel scans
bench/corpus/fetch.sh --expected "$expected" "${names[@]}"
echo

export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null NO_COLOR=1
mkdir -p "$work"
# The pinned commit, read as fetch.sh reads it (Agreement.java checks the report's revision).
commit_of() {
  sed -n 's/^commit:[[:space:]]*//p' "$expected/$1.yml" | head -n 1 | sed -e 's/[[:space:]]#.*$//' \
    -e 's/[[:space:]]*$//' -e "s/^[\"']//" -e "s/[\"']\$//"
}
scan() { # name commit: writes $work/name.json, or $work/name.err and fails
  local start=$SECONDS
  if ./shipshape scan "$cache/$1.git" --rev "$2" --format json --output "$work/$1.json" 2> "$work/$1.err"; then
    printf '%-28s scanned in %d s\n' "$1" $((SECONDS - start))
  else
    rm -f "$work/$1.json"
    printf '%-28s scan failed: %s\n' "$1" "$(grep -v '^\s*$' "$work/$1.err" | tail -n 1 | cut -c1-160)"
    return 1
  fi
}

# A report left by an earlier run must not stand in for a repository not scanned this time.
for name in "${names[@]}"; do rm -f "$work/$name.json" "$work/$name.err"; done
running=0 failed=0
for name in "${names[@]}"; do
  commit=$(commit_of "$name" 2> /dev/null) || continue
  git -C "$cache/$name.git" cat-file -e "$commit^{commit}" 2> /dev/null || continue # missing: said above
  scan "$name" "$commit" &
  # Two scans at a time at most: each takes a core or two and up to 512 MB of heap.
  if ((++running >= 2)); then
    wait -n || failed=$((failed + 1))
    running=$((running - 1))
  fi
done
while ((running > 0)); do
  wait -n || failed=$((failed + 1))
  running=$((running - 1))
done
echo

status=0
java -cp cli/target/shipshape.jar bench/corpus/Agreement.java --expected "$expected" --reports "$work" \
  "${agreement_args[@]}" "${names[@]}" || status=$?
if ((failed > 0)); then
  echo "$failed scan(s) failed: see ${work#"$root"/}/<name>.err" >&2
  ((status != 0)) || status=3
fi
exit $status
