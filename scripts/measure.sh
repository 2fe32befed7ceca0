#!/usr/bin/env bash
# Builds the release, then runs one measuring tool against dist/; not part of `make test`.
#   scripts/measure.sh bench [--runs 9 --rounds 20 …]     the bench against the floor (tools/bench.mjs)
#   scripts/measure.sh lighthouse [--runs 5]              Lighthouse's mobile preset (tools/lighthouse.mjs)
set -euo pipefail
cd "$(dirname "$0")/.."
tool=${1:-}
case "$tool" in
  bench | lighthouse) shift ;;
  *)
    echo "usage: scripts/measure.sh bench|lighthouse [options for the tool]" >&2
    exit 2
    ;;
esac
scripts/setup.sh --test
source scripts/env.sh
cargo fetch --quiet
trunk build --release --offline
node "tools/$tool.mjs" dist "$@"
