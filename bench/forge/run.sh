#!/usr/bin/env bash
# The forge's API cost for a simulated organisation (issue #15): requests and rate-limit cost per
# repository for a first sync, a second of the unchanged organisation, and a third after a day of
# activity on one repository in ten; and the time per repository. Local only: a WireMock server on
# 127.0.0.1 answers; nothing leaves the machine.
#   bench/forge/run.sh [REPOS=200]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
cp="$(mktemp)"
trap 'rm -f "$cp"' EXIT
./mvnw -B -q -DskipTests -Djacoco.skip=true -Dspotless.apply.skip=true -pl forge -am \
  package dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp" >&2
java -Xmx1g -cp "forge/target/classes:$(cat "$cp")" bench/forge/OrganisationSync.java "${1:-200}"
