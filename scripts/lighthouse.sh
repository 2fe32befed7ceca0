#!/usr/bin/env bash
# Builds the release and runs Lighthouse (mobile preset) against it; not part of `make test`.
# Extra arguments go to tools/lighthouse.mjs, e.g. scripts/lighthouse.sh --runs 5
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
source scripts/env.sh
cargo fetch --quiet
trunk build --release --offline
node tools/lighthouse.mjs dist "$@"
