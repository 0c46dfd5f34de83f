#!/usr/bin/env bash
# Writes .br and .gz beside every compressible file in the built app, so the server sends them
# precompressed (brotli at its best quality costs seconds once, here, not on every request).
set -euo pipefail
dist=${1:-dist}
find "$dist" -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.html' -o -name '*.css' \
  -o -name '*.json' -o -name '*.ftl' -o -name '*.svg' -o -name '*.txt' \) -print0 |
while IFS= read -r -d '' file; do
  brotli -f -q 11 -o "$file.br" "$file"
  gzip -f -9 -k -n "$file"
done
