#!/usr/bin/env bash
# Builds a synthetic repository for benchmarks with git fast-import.
# Usage: bench/generate-repo.sh DIR [COMMITS=100000] [FILES=5000]
set -euo pipefail

if [[ $# -lt 1 ]]; then
  echo "usage: $0 DIR [COMMITS=100000] [FILES=5000]" >&2
  exit 2
fi
dir=$1
commits=${2:-100000}
files=${3:-5000}
here=$(cd "$(dirname "$0")" && pwd)

if [[ -e "$dir" ]]; then
  echo "$dir already exists; remove it first" >&2
  exit 2
fi
command -v python3 >/dev/null || { echo "python3 is needed to generate the repository" >&2; exit 2; }

export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
git init -q -b main "$dir"
start=$(date +%s)
python3 "$here/gen_fast_import.py" "$commits" "$files" \
  | git -C "$dir" fast-import --quiet --done --depth=50 --active-branches=10
# A working copy like a developer's: files checked out, objects packed as after a gc.
git -C "$dir" checkout -q -f main
git -C "$dir" repack -a -d -q --window=10 --depth=50
echo "generated $dir: $(git -C "$dir" rev-list --count HEAD) commits," \
  "$(git -C "$dir" ls-files | wc -l) files, $(git -C "$dir" tag | wc -l) tags," \
  "$(du -sh "$dir/.git/objects" | cut -f1) of objects, in $(( $(date +%s) - start )) s"
