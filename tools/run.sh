#!/usr/bin/env bash
# The main job: installs what is missing, builds tolk, and runs `tolk batch` over corpus/ into
# output/: the Akoma Ntoso XML of every document (output/xml/), the alignment and consistency
# report of every Swedish–Finnish pair (output/pairs/), output/index.html and output/manifest.json.
# Exit code: tolk's (0 when every document was clean, 1 when one had errors).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/deps.sh
tools/build.sh build -DCMAKE_BUILD_TYPE=Release >/dev/null
exec build/tolk batch corpus -o output
