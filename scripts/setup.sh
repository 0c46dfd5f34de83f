#!/usr/bin/env bash
# Installs what building and testing Frontdesk needs, from the package registries only
# (Debian, crates.io, npm). Idempotent: a tool already present at its pinned version is skipped,
# so a second run takes seconds. Every pin lives here (and, for Trunk, in Trunk.toml).
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14            # 0.22 needs rustc >= 1.96.1; this machine has 1.95
BINARYEN_NPM_VERSION=132.0.0     # npm's wasm-opt; Debian's binaryen 108 breaks the module
CARGO_FUZZ_VERSION=0.13.2        # `make fuzz` only
APT_PACKAGES=(chromium chromium-driver brotli wrk)
# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock, read from there.
WASM_BINDGEN_VERSION=$(sed -n '/^name = "wasm-bindgen"$/{n;s/^version = "\(.*\)"$/\1/p}' Cargo.lock)

say() { printf 'setup: %s\n' "$*"; }
need_root() {
  if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null; then
    say "cannot install $* without root or sudo: install it with apt-get and run again"; exit 1
  fi
}
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# 1. Debian packages: the browser for every browser test, brotli for sizes, wrk for load.
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  need_root "${missing[*]}"
  say "apt-get install ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# 2. The Rust target for WebAssembly.
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown || {
    say "rustup could not add the wasm32-unknown-unknown target: the app cannot be built"; exit 1; }
fi

# 2b. The standard library's source, so the release build can compile std for size
#     (scripts/build-app.sh).
if ! rustup component list --installed 2>/dev/null | grep -q '^rust-src'; then
  say "rustup component add rust-src"
  rustup component add rust-src || {
    say "rustup could not add rust-src: the release build cannot rebuild std"; exit 1; }
fi

# 3. Trunk, pinned. (cargo install --locked: the versions its authors tested.)
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "cargo install trunk $TRUNK_VERSION (about 6 minutes on 2 cores)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

# 4. wasm-bindgen-cli at exactly Cargo.lock's version. Not --locked: its lockfile names a
#    webpki-roots release the registry here does not have.
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# 5. Node packages: Playwright (no browser download: tests use Debian's chromium), axe-core,
#    Lighthouse, and binaryen's wasm-opt. `npm ci` only when the lockfile changed.
stamp=tests/e2e/node_modules/.frontdesk-lock
if [ ! -f "$stamp" ] || ! cmp -s tests/e2e/package-lock.json "$stamp"; then
  say "npm ci in tests/e2e"
  (cd tests/e2e && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
  cp tests/e2e/package-lock.json "$stamp"
fi
wasm_opt=tests/e2e/node_modules/.bin/wasm-opt
if [ "$("$wasm_opt" --version 2>/dev/null | awk '{print $3}')" != "${BINARYEN_NPM_VERSION%%.*}" ]; then
  say "tests/e2e/node_modules has no wasm-opt ${BINARYEN_NPM_VERSION%%.*}: delete tests/e2e/node_modules and run make setup"
  exit 1
fi

# 6. Trunk.toml must name the very versions installed above, or Trunk tries to download.
grep -q "^wasm_bindgen = \"$WASM_BINDGEN_VERSION\"" Trunk.toml || {
  say "Trunk.toml's wasm_bindgen is not $WASM_BINDGEN_VERSION (Cargo.lock): update it"; exit 1; }
grep -q "^wasm_opt = \"version_${BINARYEN_NPM_VERSION%%.*}\"" Trunk.toml || {
  say "Trunk.toml's wasm_opt is not version_${BINARYEN_NPM_VERSION%%.*}: update it"; exit 1; }
# 7. Only for `make fuzz` (`scripts/setup.sh fuzz`): cargo-fuzz from crates.io, run on the
#    machine's nightly toolchain (rustup), which libFuzzer's instrumentation needs.
if [ "${1:-}" = fuzz ]; then
  if ! rustup toolchain list | grep -q '^nightly'; then
    say "rustup toolchain install nightly --profile minimal"
    rustup toolchain install nightly --profile minimal
  fi
  if [ "$(cargo fuzz --version 2>/dev/null | awk '{print $2}')" != "$CARGO_FUZZ_VERSION" ]; then
    say "cargo install cargo-fuzz $CARGO_FUZZ_VERSION (about 2 minutes)"
    cargo install --locked cargo-fuzz --version "$CARGO_FUZZ_VERSION"
  fi
fi

say "ready (trunk $TRUNK_VERSION, wasm-bindgen $WASM_BINDGEN_VERSION, wasm-opt ${BINARYEN_NPM_VERSION%%.*}, $(chromium --version 2>/dev/null | head -1))"
