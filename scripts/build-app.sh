#!/usr/bin/env bash
# The app's release build (`make build`, `make test`): `trunk build --release --minify` with the
# standard library rebuilt for size. Measured on 2026-12-01 (WebAssembly, brotli):
# 338,605 B -> 314,549 B (-7.1 %) with all four flags below.
# - build-std: std compiled with the app's own wasm-release profile (opt-level z, fat LTO);
#   needs rustup's rust-src component (make setup adds it);
# - -Cpanic=immediate-abort: a panic traps at once, with no message formatting in the module
#   (the app treats every failure as a value; panic = "abort" already ended the app on a panic);
# - -Zfmt-debug=none: `{:?}` prints nothing, so no text that matters may come from Debug;
# - -Zlocation-detail=none: no file names and lines in the module.
# The pinned stable toolchain takes these -Z flags with RUSTC_BOOTSTRAP=1 (toolchain notes in
# README). The flags are set for the wasm32 target only: the server and the native tests build
# as usual, and the wasm component tests keep their panic messages (they do not run this).
#
# It also cuts the app into pieces (src/pieces.rs): `--cfg frontdesk_split` turns the split
# points on, `--emit-relocs` keeps what the splitter needs, and tools/wasm-bindgen-split stands
# in for wasm-bindgen (Trunk 0.21 has no step between cargo and wasm-bindgen); Trunk.toml's
# post_build hook (scripts/pieces.sh) brings the pieces into dist/.
set -euo pipefail
cd "$(dirname "$0")/.."

# The splitter, built for the host from its own lockfile (seconds once built).
cargo build --quiet --release --locked --manifest-path tools/wasm-bindgen-split/Cargo.toml
shim=target/split-bin
mkdir -p "$shim"
ln -sf "$PWD/tools/wasm-bindgen-split/target/release/wasm-bindgen-split" "$shim/wasm-bindgen"
FRONTDESK_WASM_BINDGEN=$(command -v wasm-bindgen) \
  || { echo "build-app: wasm-bindgen is not on PATH (make setup installs it)" >&2; exit 1; }
case "$FRONTDESK_WASM_BINDGEN" in
  *split-bin*) echo "build-app: the real wasm-bindgen is not on PATH" >&2; exit 1 ;;
esac
export FRONTDESK_WASM_BINDGEN
# Emptied first: the pieces in dist/ must come from this build.
export FRONTDESK_PIECES_DIR=$PWD/target/pieces
rm -rf "$FRONTDESK_PIECES_DIR"
export PATH=$PWD/$shim:$PATH

export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
# Replaces .cargo/config.toml's rustflags for wasm32, so its `--cfg erase_components` is repeated.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--cfg erase_components --cfg frontdesk_split -Clink-args=--emit-relocs -Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none"
exec trunk build --release --minify "$@"
