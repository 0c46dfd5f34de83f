#!/usr/bin/env bash
# Runs every lint and test suite (run by `make test`, which has done the set-up), keeps going
# after a failure so one run shows every problem, and ends with one line CI reads:
# "N passed, N failed" summed over every suite.
set -uo pipefail
cd "$(dirname "$0")/.."

log_dir=target/test-logs
mkdir -p "$log_dir"
total_passed=0
total_failed=0
broken=()
table=()

# Sums cargo's "test result: ok. N passed; M failed" lines in a log.
cargo_counts() {
  awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i) ~ /^passed/) p += $(i-1); if ($(i) ~ /^failed/) f += $(i-1) } }
       END { printf "%d %d\n", p, f }' "$1"
}

record() { # name passed failed status
  total_passed=$((total_passed + $2))
  total_failed=$((total_failed + $3))
  table+=("$(printf '%-28s %6s passed %4s failed %s' "$1" "$2" "$3" "$4")")
}

step() { # name logfile command... ; runs a step that has no test count of its own
  local name=$1 log=$2; shift 2
  echo "== $name: $*"
  if "$@" >"$log" 2>&1; then
    table+=("$(printf '%-28s %s' "$name" ok)")
  else
    tail -n 60 "$log"
    broken+=("$name")
    table+=("$(printf '%-28s %s (see %s)' "$name" FAILED "$log")")
  fi
}

cargo_suite() { # name logfile command...
  local name=$1 log=$2; shift 2
  echo "== $name: $*"
  "$@" 2>&1 | tee "$log" | grep -E '^(test result:|test .* FAILED|error)' || true
  local status=${PIPESTATUS[0]}
  read -r p f < <(cargo_counts "$log")
  if [ "$status" -ne 0 ]; then
    broken+=("$name")
    # A suite that did not even build has no counts: count it as one failure.
    [ "$f" -eq 0 ] && f=1
    tail -n 40 "$log"
  fi
  record "$name" "$p" "$f" "$([ "$status" -eq 0 ] && echo ok || echo "FAILED (see $log)")"
}

# Lints first: cheap, and they say exactly what to fix.
step "cargo fmt --check" "$log_dir/fmt.log" cargo fmt --all -- --check
step "clippy (native)" "$log_dir/clippy.log" cargo clippy --workspace --all-targets --all-features -- -D warnings
step "clippy (wasm32)" "$log_dir/clippy-wasm.log" cargo clippy --target wasm32-unknown-unknown \
  -p frontdesk -p frontdesk-core -p open311 --all-targets -- -D warnings

# Translations: every locale complete, no broken message (the translators' own command).
step "translations (make l10n)" "$log_dir/l10n.log" cargo run --quiet -p frontdesk-l10n -- check --root locales --default en

# Native tests of the pure crates and the server (the app's logic lives in those crates).
cargo_suite "native (cargo test)" "$log_dir/native.log" \
  cargo test --workspace --exclude frontdesk --all-features

# Component tests in headless Chromium.
cargo_suite "wasm (headless Chromium)" "$log_dir/wasm.log" \
  cargo test --target wasm32-unknown-unknown -p frontdesk --test web

# The release build the e2e tests drive, exactly as `make run` serves it.
step "build app (trunk --release)" "$log_dir/trunk.log" scripts/build-app.sh
step "build server (release)" "$log_dir/server.log" cargo build --release -p frontdesk-server
step "page shell, content security policy, manifest" "$log_dir/page-files.log" \
  scripts/page-files.sh
step "precompress dist" "$log_dir/compress.log" scripts/compress-dist.sh dist

# End to end: Playwright drives Debian's Chromium against the built app, axe on every page.
echo "== e2e (Playwright + axe)"
results=tests/e2e/test-results/results.json
rm -f "$results"
(cd tests/e2e && npx playwright test)
e2e_status=$?
if [ -f "$results" ]; then
  read -r p f < <(node -e '
    const s = require(process.argv[1]).stats;
    console.log(s.expected + s.flaky, s.unexpected);' "$PWD/$results")
else
  p=0 f=1
fi
[ "$e2e_status" -ne 0 ] && { broken+=("e2e"); [ "$f" -eq 0 ] && f=1; }
record "e2e (Playwright + axe)" "$p" "$f" "$([ "$e2e_status" -eq 0 ] && echo ok || echo FAILED)"

# The auditors' report: `make audit` walks every language on both screens; here one language
# written left to right and one right to left, on a phone, with the per-criterion checks on one
# state of each kind of page (--quick), so the command and its checks keep working.
step "audit (en, ar; phone)" "$log_dir/audit.log" \
  bash -c 'cd tests/e2e && node audit/audit.mjs --languages en,ar --viewports phone --quick'

echo
echo "== summary"
printf '%s\n' "${table[@]}"
if [ ${#broken[@]} -gt 0 ]; then
  echo "failed: ${broken[*]}"
fi
echo "$total_passed passed, $total_failed failed"
[ ${#broken[@]} -eq 0 ]
