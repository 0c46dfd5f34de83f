# Frontdesk: `make run` and `make test` are the whole set-up (see README.md).
# Tools come from Debian, crates.io and npm only; scripts/setup.sh installs and pins them.

SHELL := /bin/bash
# npm's wasm-opt (binaryen 132) must come before any other on PATH; cargo-installed tools next.
export PATH := $(CURDIR)/tests/e2e/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
export WASM_BINDGEN_TEST_WEBDRIVER_JSON := $(CURDIR)/tests/webdriver.json

LISTEN ?= 127.0.0.1:8080
SERVER := target/release/frontdesk-server

.PHONY: setup build run test lint l10n l10n-ids audit audit-record audit-transcripts bench security fuzz clean

## setup: install what is missing (seconds when everything is there)
setup:
	@scripts/setup.sh

## build: the app (release, into dist/, with its shell in every language and its Content
## Security Policy, precompressed) and the server
build: setup
	scripts/build-app.sh
	cargo build --release -p frontdesk-server
	SERVER=$(SERVER) scripts/page-files.sh
	@scripts/compress-dist.sh dist

## run: build, then serve the app and the reference Open311 back end at http://$(LISTEN)/
run: build
	$(SERVER) --listen $(LISTEN) --db data/frontdesk.sqlite --dist dist --locales locales \
	  --notify --notify-allow-loopback --vapid-subject mailto:311@localhost

## test: every test and lint, ending with one "N passed, N failed" line
test: setup
	@scripts/test-all.sh

## lint: formatting and clippy (native, and wasm32 for the app and the pure crates)
lint:
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets --all-features -- -D warnings
	cargo clippy --target wasm32-unknown-unknown -p frontdesk -p frontdesk-core -p open311 --all-targets -- -D warnings

## l10n: check every translation against English (needs only cargo); see locales/README.md
l10n:
	@cargo run --quiet -p frontdesk-l10n -- check --root locales --default en

## l10n-ids: the services.ftl message ids of the back end that `make run` serves
l10n-ids:
	@cargo run --quiet -p frontdesk-l10n -- service-ids --url http://$(LISTEN)/open311/v2

## audit: the accessibility report (axe WCAG 2.2 AA and a check per criterion, every page and
## state, every language, phone and desktop) in target/audit/report.md, the conformance report
## in target/audit/acr.md, and the statement's source checked against it; exits 1 on any failure
audit: build
	cd tests/e2e && node audit/audit.mjs

## audit-record: the full audit, then its date, commit and results written into the accessibility
## statement's source (public/accessibility.json), only if nothing failed; commit the file after
audit-record: build
	cd tests/e2e && node audit/audit.mjs --record

## audit-transcripts: English on the phone, its screen reader transcripts written over the golden
## ones in accessibility/transcripts/en/ (after reading what changed: git diff shows it)
audit-transcripts: build
	cd tests/e2e && node audit/audit.mjs --languages en --viewports phone --update-transcripts

## bench: sizes, first-load bytes, pieces, time to a usable catalogue and Lighthouse against the
## budgets (not part of make test); twiggy (crates.io) profiles the first module
bench: build
	@[ "$$(twiggy --version 2>/dev/null)" = "twiggy-opt 0.8.0" ] || [ "$$(twiggy --version 2>/dev/null)" = "twiggy 0.8.0" ] \
	  || cargo install --locked twiggy --version 0.8.0
	cd tests/e2e && node bench/bench.mjs

## security: the locked-down page measured: security headers by response, the POST limit under
## a burst (none accepted lost), policy violations over the journey (not part of make test)
security: build
	cd tests/e2e && node security/security.mjs

## fuzz: each cargo-fuzz target (Open311 JSON and XML, config.json, catalogue.json, the
## server's form and multipart parsing, the .ftl checks) for FUZZ_SECONDS (60) on nightly;
## executions and crashes per target in target/fuzz/report.json (not part of make test)
fuzz:
	@scripts/setup.sh fuzz
	scripts/fuzz.sh

clean:
	cargo clean
	rm -rf dist tests/e2e/test-results
