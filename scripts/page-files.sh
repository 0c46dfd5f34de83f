#!/usr/bin/env bash
# What frontdesk-server writes into dist/ once the app is built (`make build` and `make test` both
# run this, so they cannot drift): the page's shell in every offered language with its picking
# script (shell.rs), then the Content Security Policy, which hashes that script (csp.rs), then
# the web app manifest (manifest.rs). A static host runs the same after editing config.json.
set -euo pipefail
server=${SERVER:-target/release/frontdesk-server}
"$server" shell --config dist/config.json --locales dist/locales --write dist/index.html
"$server" csp --config dist/config.json --write dist/index.html
"$server" manifest --config dist/config.json --write dist/manifest.webmanifest
