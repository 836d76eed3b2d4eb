#!/usr/bin/env bash
# The tolk command line as a user meets it: help, version, exit codes, stdin, bad input.
# Usage: cli_test.sh TOLK_BINARY REPO_DIR
set -u
tolk=$1
repo=$2
export TOLK_RULES="$repo/rules"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0

check() {  # check NAME EXPECTED_EXIT COMMAND... ; output in $tmp/out, $tmp/err
  local name=$1 want=$2
  shift 2
  "$@" >"$tmp/out" 2>"$tmp/err"
  local got=$?
  if [ "$got" -eq "$want" ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL: $name: exit $got, expected $want"
    sed 's/^/  stderr: /' "$tmp/err" | head -5
  fi
}

expect_in() {  # expect_in NAME FILE TEXT
  if grep -qF -- "$3" "$2"; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL: $1: '$3' not in $(basename "$2")"
    head -5 "$2" | sed 's/^/  /'
  fi
}

check "help" 0 "$tolk" --help
expect_in "help lists text" "$tmp/out" "text"
expect_in "help gives exit codes" "$tmp/out" "Exit codes"
check "version" 0 "$tolk" --version
expect_in "version" "$tmp/out" "tolk 0."
check "text help" 0 "$tolk" text --help
expect_in "text help names --explain" "$tmp/out" "--explain"
check "no command" 2 "$tolk"
check "unknown command" 2 "$tolk" frobnicate
check "unknown option" 2 "$tolk" text --frob "$repo/corpus/decisions/vnp-272-2025.sv.txt"
check "bad format" 2 "$tolk" text --format xml "$repo/corpus/decisions/vnp-272-2025.sv.txt"
check "missing file argument" 2 "$tolk" text

check "corpus file" 0 "$tolk" text "$repo/corpus/decisions/vnp-272-2025.sv.txt"
expect_in "objective block" "$tmp/out" "list-item   sv 1) Välfärdsområdet ska främja"
expect_in "kind and language" "$tmp/out" "(decision, sv, UTF-8"

check "stdin" 0 sh -c "printf 'för välfärds-\nområdenas skull.\n' | '$tolk' text -"
expect_in "stdin text" "$tmp/out" "för välfärdsområdenas skull."

check "json" 0 "$tolk" text --format json "$repo/corpus/protocols/kymmenedalen-2024-11-27.sv.txt"
expect_in "json case number" "$tmp/out" '"value": "VN/29738/2024"'

check "missing file" 1 "$tolk" text "$tmp/no-such-file.txt"
expect_in "missing file named" "$tmp/err" "no-such-file.txt"

printf 'abc\0def' >"$tmp/binary.txt"
check "binary file" 1 "$tolk" text "$tmp/binary.txt"
expect_in "binary diagnostic names file" "$tmp/err" "binary.txt"
expect_in "binary diagnostic has offset" "$tmp/err" "byte 3"

: >"$tmp/empty.txt"
check "empty file" 1 "$tolk" text "$tmp/empty.txt"
expect_in "empty diagnostic" "$tmp/err" "empty.txt"

# One bad file does not stop the others: the good one is still printed.
check "bad and good file" 1 "$tolk" text "$tmp/binary.txt" "$repo/corpus/decisions/vnp-272-2025.fi.txt"
expect_in "good file still printed" "$tmp/out" "1) Hyvinvointialueen on edistettävä"

check "parse one file" 0 "$tolk" parse "$repo/corpus/decisions/vnp-272-2025.sv.txt"
expect_in "parse writes AKN" "$tmp/out" '<FRBRuri value="/akn/fi/act/statute/2025/272"'
check "parse several without -o" 2 "$tolk" parse "$repo/corpus/decisions/vnp-272-2025.sv.txt" "$repo/corpus/decisions/vnp-272-2025.fi.txt"
check "parse to a directory" 1 "$tolk" parse -o "$tmp/xml" "$tmp/binary.txt" "$repo/corpus/decisions/vnp-272-2025.fi.txt" "$repo/corpus/publications/stm-2024-6.sv.txt"
expect_in "finnish decision written" <(ls "$tmp/xml") "vnp-272-2025.fi.xml"
expect_in "publication written" <(ls "$tmp/xml") "stm-2024-6.sv.xml"
expect_in "finnish flaw reported" "$tmp/err" "decision.no-masthead"
if ls "$tmp/xml" | grep -q tmp; then fail=$((fail + 1)); echo "FAIL: temporary file left in output"; else pass=$((pass + 1)); fi

mkdir -p "$tmp/badrules/layout" "$tmp/badrules/sv"
printf 'no.such.key\t1\n' >"$tmp/badrules/layout/params.tsv"
check "bad rules" 2 "$tolk" --rules "$tmp/badrules" text "$repo/corpus/decisions/vnp-272-2025.sv.txt"
expect_in "bad rules named" "$tmp/err" "params.tsv:1"

echo "cli: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
