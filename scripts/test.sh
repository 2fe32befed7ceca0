#!/usr/bin/env bash
# Installs what is missing and runs every check and test; stops at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
source scripts/env.sh

step() {
  local name=$1
  shift
  echo
  echo "=== $name"
  local start=$SECONDS
  "$@"
  echo "=== $name: ok ($((SECONDS - start)) s)"
}

step "fetch crates" cargo fetch --quiet
step "versions agree" scripts/check-versions.sh
step "rustfmt" cargo fmt --check
step "no import cycles among src/ modules" node tools/cycles.mjs src
step "clippy (host)" cargo clippy --all-targets --locked -- -D warnings
step "clippy (wasm32)" cargo clippy --lib --bins --target wasm32-unknown-unknown --locked -- -D warnings
step "host tests" cargo test --locked
step "browser tests (headless Chromium)" cargo test --locked --target wasm32-unknown-unknown --test web_storage
step "release build" trunk build --release --offline
# The 150 KB budget (make budget) for a first visit; a Japanese one also fetches the Japanese
# interface texts (7 KB) and is held to a ceiling against silent growth until it fits too.
step "size budget (150 KB gzipped), English first visit" node tools/budget.mjs dist
step "size ceiling (160 KB gzipped), Japanese first visit" node tools/budget.mjs dist --limit 163840 --lang ja
step "end-to-end tests (Playwright, Chromium)" node --test --test-concurrency=1 e2e/
echo
echo "All checks passed."
