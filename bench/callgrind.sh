#!/bin/sh
# Instructions per call of every implementation in httpstatus-bench, counted
# by valgrind --tool=callgrind inside the function that does the work (what
# it calls included), over a fixed number of calls on each input stream.
#
#   bench/callgrind.sh [BENCH [IMPLEMENTATION...]]
#
# BENCH defaults to build-bench/bench/httpstatus-bench; with implementations
# named (lib, array, gperf, ...: see httpstatus-bench --list) only those are
# counted. Prints a Markdown table, and for libhttpstatus whether it meets the
# goals: at most 10 instructions for code -> phrase, 60 for name -> code and
# phrase -> code, on average over each stream.
set -eu

bench=${1:-build-bench/bench/httpstatus-bench}
[ $# -gt 0 ] && shift
calls=40960 # a multiple of the stream length, 4096

if ! command -v valgrind >/dev/null 2>&1; then
    echo "callgrind.sh: valgrind is not installed" >&2
    exit 1
fi

wanted() {
    [ $# -eq 1 ] && return 0
    impl=$1
    shift
    for w in "$@"; do
        [ "$w" = "$impl" ] && return 0
    done
    return 1
}

printf '| operation | stream | implementation | function | instructions per call | goal |\n'
printf '| --- | --- | --- | --- | ---: | --- |\n'
"$bench" --list | while read -r op stream impl symbol; do
    wanted "$impl" "$@" || continue
    collected=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null \
        --toggle-collect="$symbol" "$bench" --calls "$calls" "$op" "$stream" "$impl" 2>&1 |
        sed -n 's/.*Collected : *\([0-9]*\).*/\1/p')
    per_call=$(awk -v c="${collected:-0}" -v n="$calls" 'BEGIN { printf "%.1f", c / n }')
    goal=
    if [ "$impl" = lib ]; then
        case $op in
        phrase) limit=10 ;;
        name | phrase-code) limit=60 ;;
        *) limit= ;;
        esac
        if [ -n "$limit" ]; then
            goal=$(awk -v x="$per_call" -v l="$limit" \
                'BEGIN { print (x <= l ? "met" : "**missed**") " (at most " l ")" }')
        fi
    fi
    printf '| %s | %s | %s | %s | %s | %s |\n' "$op" "$stream" "$impl" "$symbol" "$per_call" "$goal"
done
