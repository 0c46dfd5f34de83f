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
set -euo pipefail
cd "$(dirname "$0")/.."

export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
# Replaces .cargo/config.toml's rustflags for wasm32, so its `--cfg erase_components` is repeated.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--cfg erase_components -Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none"
exec trunk build --release --minify "$@"
