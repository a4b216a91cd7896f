# Sourced by .ci/run (and usable by hand: `. .ci/services.sh`): makes sure the components the tests
# need are installed and running, and exports where they are.

apt_install() {
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    if [ -z "${SHIPSHAPE_APT_UPDATED:-}" ]; then
      apt-get update -qq >/dev/null 2>&1 || true
      SHIPSHAPE_APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null 2>&1 \
      || echo "services: could not install $*" >&2
  else
    echo "services: $* missing and cannot be installed here (not root or no apt-get)" >&2
  fi
}

# --- Chromium for the browser tests ---------------------------------------------------------
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  echo "services: installing chromium and chromium-driver" >&2
  apt_install chromium chromium-driver
fi

# --- PostgreSQL for the server tests ----------------------------------------------------------
pg_bin=""
for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && pg_bin="$d"; done
if [ -z "$pg_bin" ]; then
  echo "services: installing postgresql" >&2
  apt_install postgresql
  for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && pg_bin="$d"; done
fi
if [ -n "$pg_bin" ]; then
  pg_port="${SHIPSHAPE_PG_PORT:-55432}"
  run_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
  if ! "$pg_bin/pg_isready" -h 127.0.0.1 -p "$pg_port" -q 2>/dev/null; then
    # A fresh cluster each time none answers: a server killed earlier can leave a stale
    # postmaster.pid behind that would stop a restart in the old folder.
    pg_data="$(mktemp -d /tmp/shipshape-ci-pg.XXXXXX)"
    [ "$(id -u)" = 0 ] && chown postgres "$pg_data"
    run_pg "'$pg_bin/initdb' -D '$pg_data' -U postgres -A trust --no-sync >/dev/null"
    run_pg "'$pg_bin/pg_ctl' -D '$pg_data' -o '-p $pg_port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off' -l '$pg_data.log' -w start >/dev/null" \
      || { echo "services: PostgreSQL did not start; see $pg_data.log" >&2; return 1 2>/dev/null || exit 1; }
  fi
  run_pg "'$pg_bin/psql' -h 127.0.0.1 -p $pg_port -U postgres -tc \"SELECT 1 FROM pg_database WHERE datname='shipshape_test'\"" | grep -q 1 \
    || run_pg "'$pg_bin/createdb' -h 127.0.0.1 -p $pg_port -U postgres shipshape_test"
  export SHIPSHAPE_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$pg_port/shipshape_test?user=postgres"
  echo "services: PostgreSQL at $SHIPSHAPE_TEST_PG_URL" >&2
fi
