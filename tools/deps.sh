#!/usr/bin/env bash
# Installs the Debian 12 packages tolk needs to build, test and run. Installs only what is
# missing, so a second run is quick and needs no network.
set -euo pipefail

packages=(
  cmake make g++ pkg-config git           # build
  libicu-dev                              # Unicode: NFC, case, charset detection and conversion
  libre2-dev                              # regular expressions in rules/ (linear time, no backtracking)
  libpugixml-dev                          # XML writing and reading
  libxlsxwriter-dev                       # Excel workbooks
  libzip-dev                              # reading existing workbooks back (xlsx is a zip file)
  libssl-dev                              # SHA-256 of inputs, for provenance (libcrypto)
  libgoogle-perftools-dev                 # tcmalloc: a faster allocator for the tolk program
  libcli11-dev                            # command-line parsing
  nlohmann-json3-dev                      # JSON output
  libgtest-dev libgmock-dev               # unit tests
  libbenchmark-dev                        # benchmarks
  libxml2-utils                           # xmllint, to validate XML output against the schema in tests
  python3-openpyxl                        # a reader nobody here wrote, for the workbook tests
  libreoffice-calc                        # an office suite nobody here wrote opens the workbook in the tests
  clang-14 libclang-rt-14-dev             # libFuzzer and its sanitizer runtime, for tests/fuzz/
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "tools/deps.sh: installing ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
