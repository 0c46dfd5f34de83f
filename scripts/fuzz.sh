#!/usr/bin/env bash
# `make fuzz`: each cargo-fuzz target for FUZZ_SECONDS (default 60) on the machine's nightly
# toolchain, its corpus seeded from real data (../shared/fixtures/open311/, the shipped
# config.json and catalogue.json, every locale's .ftl, request bodies). Prints executions and
# crashes per target and writes target/fuzz/report.json; exits 1 on any crash (its input is
# in fuzz/artifacts/<target>/: turn it into a regression test in the normal suites).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
targets=(open311_json open311_xml config_json catalogue_json server_post l10n_ftl)
# `scripts/fuzz.sh config_json l10n_ftl`: only those.
[ $# -gt 0 ] && targets=("$@")
fixtures=../shared/fixtures/open311
out=target/fuzz
mkdir -p "$out"

seed() { # seed <target> <files...>
  local dir=fuzz/corpus/$1
  shift
  mkdir -p "$dir"
  for f in "$@"; do [ -f "$f" ] && cp "$f" "$dir/seed-$(basename "$f")"; done
  return 0
}
seed open311_json "$fixtures"/*.json
seed open311_xml "$fixtures"/*.xml
seed config_json public/config.json
seed catalogue_json public/catalogue.json crates/server/seed/catalogue.json
seed l10n_ftl locales/*/main.ftl
mkdir -p fuzz/corpus/server_post
printf '\0service_code=RD-POTHOLE&lat=43.589045&long=-79.644120&attribute%%5BWHERE%%5D=ROAD&attribute%%5BHAZARD%%5D=NO&description=Deep+hole' \
  > fuzz/corpus/server_post/seed-form
printf '\1--XyZ\r\nContent-Disposition: form-data; name="service_code"\r\n\r\nLG-GRAFFITI\r\n--XyZ\r\nContent-Disposition: form-data; name="lat"\r\n\r\n43.6\r\n--XyZ\r\nContent-Disposition: form-data; name="long"\r\n\r\n-79.6\r\n--XyZ\r\nContent-Disposition: form-data; name="media"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n\xff\xd8\xff\xe0photo\r\n--XyZ--\r\n' \
  > fuzz/corpus/server_post/seed-multipart

echo "fuzz: building the targets (nightly, cargo-fuzz)"
(cd fuzz && cargo +nightly fuzz build -O >/dev/null)
report="["
status=0
for t in "${targets[@]}"; do
  log=$out/$t.log
  rm -rf "fuzz/artifacts/$t"
  set +e
  (cd fuzz && cargo +nightly fuzz run -O "$t" "corpus/$t" -- -max_total_time="$seconds" -rss_limit_mb=2048 -max_len=65536) >"$log" 2>&1
  code=$?
  set -e
  runs=$(grep -oE 'Done [0-9]+ runs' "$log" | grep -oE '[0-9]+' | tail -1 || true)
  crashes=$( (find "fuzz/artifacts/$t" -type f 2>/dev/null || true) | wc -l)
  [ "$code" -ne 0 ] && [ "$crashes" -eq 0 ] && crashes=1
  printf 'fuzz: %-16s %10s executions in %ss, %s crash(es)\n' "$t" "${runs:-0}" "$seconds" "$crashes"
  report+="{\"target\":\"$t\",\"seconds\":$seconds,\"executions\":${runs:-0},\"crashes\":$crashes},"
  [ "$crashes" -ne 0 ] && status=1
done
echo "${report%,}]" > "$out/report.json"
echo "fuzz: report in $out/report.json"
exit $status
