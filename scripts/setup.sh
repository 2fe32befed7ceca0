#!/usr/bin/env bash
# Installs whatever the project needs and is missing; quick when everything is there.
#   scripts/setup.sh          tools to build and serve the game (the build needs Chromium too)
#   scripts/setup.sh --test   also the browser driver, fonts and test tools
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

with_tests=false
[ "${1:-}" = "--test" ] && with_tests=true
say() { echo "setup: $*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

trunk_version=$(sed -n 's/^trunk-version = "\(.*\)"/\1/p' Trunk.toml)
if [ "$(trunk --version 2>/dev/null)" != "trunk $trunk_version" ]; then
  say "installing trunk $trunk_version (about 10 minutes the first time)"
  cargo install trunk --version "$trunk_version" --locked
fi

# wasm-bindgen-cli must match the wasm-bindgen in Cargo.lock exactly.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen_version" ]; then
  say "installing wasm-bindgen-cli $bindgen_version"
  cargo install wasm-bindgen-cli --version "$bindgen_version" --force
fi

# wasm-split-cli splits the game's wasm before wasm-bindgen (tools/wasm-split.mjs, pre_build).
split_version=0.2.4
if ! cargo install --list | grep -qx "wasm_split_cli_support v$split_version:"; then
  say "installing wasm-split-cli (crate wasm_split_cli_support $split_version, about 5 minutes)"
  cargo install wasm_split_cli_support --version "$split_version" --features build-binary
fi

# npm dev tools (wasm-opt from binaryen, Playwright, axe), reinstalled when the lock changes.
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.lock-sum 2>/dev/null)" != "$lock_sum" ]; then
  say "installing npm dev tools"
  npm ci --no-audit --no-fund
  echo "$lock_sum" > node_modules/.lock-sum
fi

# Debian's Chromium: the build prerenders Home in it (tools/prerender.mjs), so even a plain
# build needs it. The tests also need chromium-driver, and Japanese and emoji fonts so
# screenshots show kanji and the share squares rather than boxes.
apt_packages=()
command -v chromium >/dev/null 2>&1 || apt_packages+=(chromium)
if $with_tests; then
  command -v chromedriver >/dev/null 2>&1 || apt_packages+=(chromium-driver)
  fc-list :lang=ja 2>/dev/null | grep -q . || apt_packages+=(fonts-ipafont-gothic)
  fc-list 2>/dev/null | grep -qi emoji || apt_packages+=(fonts-noto-color-emoji)
fi
if [ ${#apt_packages[@]} -gt 0 ]; then
  say "installing Debian ${apt_packages[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${apt_packages[@]}"
fi

say "all tools present"
