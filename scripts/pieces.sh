#!/usr/bin/env bash
# Trunk post_build hook (Trunk.toml): brings the app's pieces (src/pieces.rs), which
# tools/wasm-bindgen-split cut into $FRONTDESK_PIECES_DIR, into the build:
# - each piece optimised like the main module (wasm-opt -Oz) and named by its content's hash
#   (split_request-<hash>.wasm), so it is cached for ever and a deployment never mixes builds;
# - the loader __wasm_split.js pointed at those names and at Trunk's hashed main module (a
#   second copy of the main module would not share the app's memory);
# - pieces.json: the list the service worker keeps for offline use.
# A build without pieces (no split points) writes an empty list.
set -euo pipefail
staging=${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}
pieces=${FRONTDESK_PIECES_DIR:-}
if [ -z "$pieces" ] || [ ! -f "$pieces/__wasm_split.js" ]; then
  echo '{"files":[]}' > "$staging/pieces.json"
  exit 0
fi
main=$(cd "$staging" && find . -maxdepth 1 -name 'frontdesk-*.js' -printf '%f\n' | head -n 1)
[ -n "$main" ] || { echo "pieces: no main module in $staging" >&2; exit 1; }
cp "$pieces/__wasm_split.js" "$staging/__wasm_split.js"
# rename OLD NEW: the loader's quoted "./OLD" becomes "./NEW".
rename() { sed -i "s|\"\\./${1//./\\.}\"|\"./$2\"|g" "$staging/__wasm_split.js"; }
rename frontdesk.js "$main"
files=()
for wasm in "$pieces"/*.wasm; do
  name=$(basename "$wasm" .wasm)
  # (Its warnings about the names section it strips are noise; its errors are shown.)
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    --strip-debug --strip-producers "$wasm" -o "$staging/$name.tmp.wasm" 2>"$staging/wasm-opt.log" \
    || { cat "$staging/wasm-opt.log" >&2; exit 1; }
  rm -f "$staging/wasm-opt.log"
  hash=$(sha256sum "$staging/$name.tmp.wasm" | cut -c1-16)
  mv "$staging/$name.tmp.wasm" "$staging/$name-$hash.wasm"
  rename "$name.wasm" "$name-$hash.wasm"
  grep -q "\"./$name-$hash.wasm\"" "$staging/__wasm_split.js" \
    || { echo "pieces: the loader does not name $name-$hash.wasm" >&2; exit 1; }
  files+=("\"/$name-$hash.wasm\"")
done
grep -q "\"./$main\"" "$staging/__wasm_split.js" || { echo "pieces: the loader does not name $main" >&2; exit 1; }
files+=('"/__wasm_split.js"')
(IFS=,; printf '{"files":[%s]}\n' "${files[*]}") > "$staging/pieces.json"
echo "pieces: ${#files[@]} files"
