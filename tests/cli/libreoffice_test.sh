#!/usr/bin/env bash
# The tracker opened by an office suite nobody here wrote: LibreOffice converts the workbook that
# `tolk batch` writes for the corpus, and the recommendations are there.
# Usage: libreoffice_test.sh TOLK_BINARY REPO_DIR
set -u
tolk=$1
repo=$2
export TOLK_RULES="$repo/rules"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if ! command -v soffice >/dev/null; then
  echo "FAIL: soffice not found (tools/deps.sh installs libreoffice-calc)"
  exit 1
fi
"$tolk" batch "$repo/corpus" -o "$tmp/out" --quiet
timeout 180 soffice --headless --norestore "-env:UserInstallation=file://$tmp/profile" \
  --convert-to csv --outdir "$tmp/csv" "$tmp/out/tracker.xlsx" >"$tmp/log" 2>&1
rc=$?
pass=0
fail=0
if [ $rc -eq 0 ] && [ -s "$tmp/csv/tracker.csv" ]; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: conversion (exit $rc)"; cat "$tmp/log"; fi
for id in KYM-2024-MIN-NEW-02 KYM-2024-IM-2023-05 HEL-2024-MIN-NEW-01 HEL-2024-IM-2023-03; do
  if grep -q "$id" "$tmp/csv/tracker.csv" 2>/dev/null; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $id not in the converted sheet"; fi
done
echo "libreoffice: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
