#!/bin/sh
# Instructions per call of every implementation in httpstatus-bench, counted
# by valgrind --tool=callgrind inside the function that does the work (what
# it calls included), over a fixed number of calls on each input stream.
#
#   bench/callgrind.sh [BENCH [IMPLEMENTATION...]]
#
# BENCH defaults to build-bench/bench/httpstatus-bench; with implementations
# named (lib, array, gperf, switch, ...: see httpstatus-bench --list) only
# those are counted. Prints a Markdown table, and for libhttpstatus whether it
# meets the goals, on average over each stream: at most 10 instructions for
# code -> phrase, 60 for name -> code and phrase -> code, and for
# method -> id no more than the switch that matches tokens as nginx does
# (when the switch is counted too); then that last figure on the traffic
# stream in a sentence.
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

# One line per count, "op stream impl symbol per_call", then the table: the
# method goal needs the switch's count, which comes after libhttpstatus's.
counts=$(mktemp)
trap 'rm -f "$counts"' EXIT
"$bench" --list | while read -r op stream impl symbol; do
    wanted "$impl" "$@" || continue
    collected=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null \
        --toggle-collect="$symbol" "$bench" --calls "$calls" "$op" "$stream" "$impl" 2>&1 |
        sed -n 's/.*Collected : *\([0-9]*\).*/\1/p')
    awk -v c="${collected:-0}" -v n="$calls" -v row="$op $stream $impl $symbol" \
        'BEGIN { printf "%s %.1f\n", row, c / n }' >>"$counts"
done

awk '
{ row[NR] = $0; count[$1 " " $2 " " $3] = $5 }
function verdict(x, limit, what) {
    return (x + 0 <= limit + 0 ? "met" : "**missed**") " (at most " limit what ")"
}
END {
    print "| operation | stream | implementation | function | instructions per call | goal |"
    print "| --- | --- | --- | --- | ---: | --- |"
    for (i = 1; i <= NR; i++) {
        split(row[i], f, " ")
        goal = ""
        if (f[3] == "lib-static" && f[1] == "status-line")
            goal = verdict(f[5], 10, ", like a phrase lookup")
        if (f[3] == "lib") {
            if (f[1] == "phrase")
                goal = verdict(f[5], 10, "")
            else if (f[1] == "name" || f[1] == "phrase-code")
                goal = verdict(f[5], 60, "")
            else if (f[1] == "method" && ((f[1] " " f[2] " switch") in count))
                goal = verdict(f[5], count[f[1] " " f[2] " switch"], ", the switch'"'"'s")
        }
        printf "| %s | %s | %s | %s | %s | %s |\n", f[1], f[2], f[3], f[4], f[5], goal
    }
    lib = "method traffic lib"
    sw = "method traffic switch"
    if ((lib in count) && (sw in count))
        printf "\nmethod -> id on the traffic stream: libhttpstatus %s instructions per call, " \
            "the switch %s: %s (goal: as fast as the best hand-written matcher, at most the " \
            "switch'"'"'s count).\n", count[lib], count[sw],
            count[lib] + 0 <= count[sw] + 0 ? "met" : "**missed**"
}' "$counts"
