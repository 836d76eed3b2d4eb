#!/usr/bin/env bash
# tolk batch as a user runs it: pairing, skipped and corrupt files, determinism across thread
# counts, the rerun with nothing changed, the incremental rerun, and a run killed mid-way then
# finished.
# Usage: batch_test.sh TOLK_BINARY REPO_DIR
set -u
tolk=$1
repo=$2
export TOLK_RULES="$repo/rules"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
expect() { if eval "$2"; then ok; else bad "$1"; fi; }

# An input folder: the corpus, a corrupt file, a file that is not text, a Finnish decision
# without a Swedish partner (a second copy of the Finnish decision in another folder).
in="$tmp/in"
mkdir -p "$in/more"
cp -r "$repo/corpus/." "$in/"
printf 'abc\0\0\0binary' >"$in/more/broken.txt"
printf 'not a document' >"$in/more/picture.png"
cp "$repo/corpus/decisions/vnp-272-2025.fi.txt" "$in/more/copy.fi.txt"

"$tolk" batch "$in" -o "$tmp/out1" -j 1 >"$tmp/o1" 2>"$tmp/e1"
expect "exit 1 with a corrupt file" '[ $? -eq 1 ] || grep -q "documents with errors" "$tmp/e1"'
"$tolk" batch "$in" -o "$tmp/out1" -j 1 --force --quiet 2>"$tmp/e1q"; rc=$?
expect "exit code 1 when a document had errors" "[ $rc -eq 1 ]"
expect "quiet prints nothing" '[ ! -s "$tmp/e1q" ]'
expect "corrupt file named" 'grep -q "broken.txt" "$tmp/e1"'
expect "others still written" '[ -s "$tmp/out1/xml/decisions__vnp-272-2025.sv.xml" ] && [ -s "$tmp/out1/xml/publications__stm-2024-6.sv.xml" ]'
expect "pair written" '[ -s "$tmp/out1/pairs/decisions__vnp-272-2025.sv.check.html" ]'
expect "index written" 'grep -q "Swedish–Finnish pairs" "$tmp/out1/index.html"'
expect "skipped listed" 'grep -q "picture.png" "$tmp/out1/manifest.json"'
expect "two candidates: one unpaired with reason" 'grep -q "another Finnish version" "$tmp/out1/manifest.json"'
expect "protocol without partner has a reason" 'grep -q "no Finnish version with the same meeting" "$tmp/out1/manifest.json"'

"$tolk" batch "$in" -o "$tmp/j1" -j 1 --quiet
"$tolk" batch "$in" -o "$tmp/out2" -j 2 --quiet
expect "outputs identical for -j 1 and -j 2" 'diff -r -x manifest.json -x index.html "$tmp/j1" "$tmp/out2" >/dev/null'
expect "a second run keeps the previous workbook as a backup" '[ -s "$tmp/out1/tracker.xlsx.bak" ]'

"$tolk" batch "$in" -o "$tmp/out2" -j 2 2>"$tmp/e3"
expect "a rerun with nothing changed does nothing" 'grep -q "7 of 7 documents unchanged since the last run, and nothing else changed: nothing rewritten" "$tmp/e3"'
expect "a rerun with nothing changed reports the last run" 'grep -q "1 documents with errors" "$tmp/e3"'
expect "a rerun with nothing changed leaves the workbook alone" '[ ! -e "$tmp/out2/tracker.xlsx.bak" ]'
printf '\nSlut.\n' >>"$in/publications/stm-2024-6.sv.txt"
"$tolk" batch "$in" -o "$tmp/out2" -j 2 2>"$tmp/e4"
expect "incremental rerun redoes the changed document only" 'grep -q "5 of 7 documents unchanged since the last run (outputs kept)" "$tmp/e4"'

# Interrupted: a larger batch killed mid-way leaves only complete files; the rerun finishes.
big="$tmp/big"
mkdir -p "$big"
for k in $(seq 1 150); do
  cp "$repo/corpus/publications/stm-2024-6.sv.txt" "$big/p$k.sv.txt"
  cp "$repo/corpus/protocols/kymmenedalen-2024-11-27.sv.txt" "$big/k$k.sv.txt"
done
"$tolk" batch "$big" -o "$tmp/ref" -j 2 --quiet
"$tolk" batch "$big" -o "$tmp/cut" -j 2 --quiet &
pid=$!
# Killed once it has written some XML, whatever the machine's speed (or when it has finished).
for _ in $(seq 1 500); do
  [ "$(find "$tmp/cut/xml" -name '*.xml' 2>/dev/null | wc -l)" -ge 20 ] && break
  kill -0 $pid 2>/dev/null || break
  sleep 0.01
done
kill -9 $pid 2>/dev/null
wait $pid 2>/dev/null
broken=0
for f in "$tmp"/cut/xml/*.xml; do
  [ -e "$f" ] || continue
  tail -n 1 "$f" | grep -q "</akomaNtoso>" || broken=$((broken + 1))
done
expect "no half-written file after kill -9" "[ $broken -eq 0 ]"
"$tolk" batch "$big" -o "$tmp/cut" -j 2 --quiet
expect "the rerun removes temporary files a killed run left" '! find "$tmp/cut" -name "*.tmp-*" | grep -q .'
# (A backup of the workbook is there only if the killed run got as far as writing one.)
expect "rerun after kill equals an uninterrupted run" 'diff -r -x manifest.json -x index.html -x tracker.xlsx.bak "$tmp/ref" "$tmp/cut" >/dev/null'

echo "batch: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
