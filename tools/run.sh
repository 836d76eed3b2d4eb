#!/usr/bin/env bash
# The main job: installs what is missing, builds tolk, and runs it over corpus/ into output/.
# For every corpus document it writes output/text/<kind>/<name>.txt (the reconstructed blocks,
# for reading) and .json (the same for programs). Exit code: tolk's (0 when every document was
# clean, 1 when one had errors).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/deps.sh
tools/build.sh build >/dev/null

status=0
count=0
while IFS= read -r -d '' f; do
  rel=${f#corpus/}
  out="output/text/${rel%.txt}"
  mkdir -p "$(dirname "$out")"
  for format in text json; do
    ext=$([ "$format" = text ] && echo txt || echo json)
    # Write beside the target and rename, so a failed run never leaves half a file.
    if build/tolk text --format "$format" "$f" >"$out.$ext.tmp"; then :; else status=1; fi
    mv "$out.$ext.tmp" "$out.$ext"
  done
  count=$((count + 1))
done < <(find corpus -name '*.txt' -print0 | sort -z)
echo "tolk: $count documents from corpus/ written to output/text/ (exit $status)"
exit $status
