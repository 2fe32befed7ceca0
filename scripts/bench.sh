#!/usr/bin/env bash
# Builds the release and runs the performance bench (tools/bench.mjs); not part of `make test`.
# Extra arguments go to the bench, e.g. scripts/bench.sh --runs 9 --rounds 20
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
source scripts/env.sh
cargo fetch --quiet
trunk build --release --offline
node tools/bench.mjs dist "$@"
