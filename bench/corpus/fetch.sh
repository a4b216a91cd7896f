#!/usr/bin/env bash
# Makes sure every corpus repository (or the named ones) is cached as a bare repository holding
# its pinned commit, outside the project. See bench/corpus/README.md.
# Usage: bench/corpus/fetch.sh [--expected DIR] [NAME...]
# Prints one line per repository (ok, fetched or missing with the reason) and a count; exits 0
# even when some are missing (the runner measures what it has), 2 on bad usage.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
expected=$here/expected
cache=${SHIPSHAPE_CORPUS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/shipshape-corpus}
mirrors=${SHIPSHAPE_CORPUS_MIRRORS:-/work/.mirror}
names=()
while (($#)); do
  case $1 in
    --expected) expected=${2:?--expected needs a folder}; shift 2 ;;
    -h | --help) sed -n '2,7p' "$0"; exit 0 ;;
    -*) echo "fetch.sh: unknown option $1" >&2; exit 2 ;;
    *) names+=("$1"); shift ;;
  esac
done
[[ -d $expected ]] || { echo "fetch.sh: no folder $expected" >&2; exit 2; }
if ((${#names[@]} == 0)); then
  for f in "$expected"/*.yml; do [[ -e $f ]] && names+=("$(basename "$f" .yml)"); done
fi

# The user's and the system's git configuration stay out, and nothing from a repository ever runs:
# bare clones only (no checkout, so no filters or submodules), no hooks.
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null GIT_TERMINAL_PROMPT=0
git_() { git -c core.hooksPath=/dev/null -c protocol.allow=never -c protocol.https.allow=always \
  -c protocol.file.allow=always "$@"; }
has_commit() { [[ -d $1 ]] && git_ -C "$1" cat-file -e "$2^{commit}" 2> /dev/null; }

# A top-level `key: value` of an expectation file, without quotes or a trailing comment (the
# format is simple enough; Agreement.java reads the files as YAML and validates them).
field() {
  sed -n "s/^$1:[[:space:]]*//p" "$2" | head -n 1 | sed -e 's/[[:space:]]#.*$//' -e 's/[[:space:]]*$//' \
    -e "s/^[\"']//" -e "s/[\"']\$//"
}

# Puts a bare repository holding COMMIT at DEST and prints where it came from; on failure prints
# the reasons on stderr. Cloned aside and moved into place, so that an interrupted fetch never
# leaves a half entry in the cache.
acquire() {
  local dest=$1 mirror=$2 url=$3 commit=$4 tmp=$1.tmp.$$ err
  rm -rf "$tmp"
  if has_commit "$mirror" "$commit"; then
    # A local clone hard-links the mirror's packs: quick, and independent of the mirror afterwards.
    if err=$(git_ clone -q --bare "$mirror" "$tmp" 2>&1) && has_commit "$tmp" "$commit"; then
      git_ -C "$tmp" remote set-url origin "$url"
      rm -rf "$dest" && mv "$tmp" "$dest" && echo "from $mirror" && return 0
    fi
    echo -n "local clone of $mirror failed${err:+: ${err##*$'\n'}}; " >&2
  elif [[ -d $mirror ]]; then
    echo -n "mirror $mirror lacks ${commit:0:12}; " >&2
  else
    echo -n "no mirror $mirror; " >&2
  fi
  rm -rf "$tmp"
  # Over the network, without blobs (the scan fetches those it reads on demand). A cached copy
  # that lacks the commit is fetched into rather than cloned again.
  if [[ -d $dest ]]; then
    err=$(git_ -C "$dest" fetch -q --filter=blob:none origin "$commit" 2>&1) \
      && has_commit "$dest" "$commit" && echo "into the cache from $url" && return 0
  else
    err=$(git_ clone -q --bare --filter=blob:none "$url" "$tmp" 2>&1) \
      && { has_commit "$tmp" "$commit" || err=$(git_ -C "$tmp" fetch -q --filter=blob:none origin "$commit" 2>&1); } \
      && has_commit "$tmp" "$commit" && mv "$tmp" "$dest" && echo "from $url" && return 0
  fi
  rm -rf "$tmp"
  echo "$url: ${err##*$'\n'}" >&2
  return 1
}

mkdir -p "$cache"
errors=$(mktemp)
trap 'rm -f "$errors"' EXIT
ok=0 fetched=0 missing=()
for name in "${names[@]}"; do
  file=$expected/$name.yml
  if [[ ! -f $file ]]; then
    printf '%-28s missing  no %s\n' "$name" "$file"; missing+=("$name"); continue
  fi
  url=$(field url "$file")
  commit=$(field commit "$file")
  if [[ ! $commit =~ ^[0-9a-f]{40}$ ]]; then
    printf '%-28s missing  commit is not a full 40-hex id: %s\n' "$name" "$commit"; missing+=("$name"); continue
  fi
  if [[ ! $url =~ ^https://[^/]+/([^/]+)/([^/]+)$ ]]; then
    printf '%-28s missing  url is not https://host/owner/repo: %s\n' "$name" "$url"; missing+=("$name"); continue
  fi
  owner=${BASH_REMATCH[1]} repo=${BASH_REMATCH[2]%.git}
  dest=$cache/$name.git
  mirror=$mirrors/$owner+$repo/repo

  if has_commit "$dest" "$commit"; then
    printf '%-28s ok       %s\n' "$name" "${commit:0:12}"; ok=$((ok + 1)); continue
  fi
  if how=$(acquire "$dest" "$mirror" "$url" "$commit" 2> "$errors"); then
    printf '%-28s fetched  %s %s\n' "$name" "${commit:0:12}" "$how"; fetched=$((fetched + 1))
  else
    printf '%-28s missing  %s\n' "$name" "$(tr '\n' ' ' < "$errors" | cut -c1-200)"; missing+=("$name")
  fi
done

echo "${#names[@]} repositories: $ok cached, $fetched fetched, ${#missing[@]} missing${missing:+ (${missing[*]})}; cache $cache"
