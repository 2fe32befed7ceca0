#!/usr/bin/env bash
# Fails when the wasm-bindgen pins disagree: Cargo.toml, Cargo.lock, Trunk.toml.
set -euo pipefail
cd "$(dirname "$0")/.."
toml=$(sed -n 's/^wasm-bindgen = "=\(.*\)"/\1/p' Cargo.toml)
lock=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
trunk=$(sed -n 's/^wasm_bindgen = "\(.*\)"/\1/p' Trunk.toml)
echo "wasm-bindgen: Cargo.toml =$toml, Cargo.lock $lock, Trunk.toml $trunk"
[ -n "$toml" ] && [ "$toml" = "$lock" ] && [ "$lock" = "$trunk" ] || {
  echo "wasm-bindgen versions disagree: pin all three to the same version" >&2
  exit 1
}
