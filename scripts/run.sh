#!/usr/bin/env bash
# Installs what is missing, builds the release and serves it on http://127.0.0.1:8080/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
cargo fetch --quiet
trunk build --release --offline
exec node tools/serve.mjs dist --port "${PORT:-8080}"
