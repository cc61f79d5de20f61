#!/bin/sh
# Instructions per call of every implementation in httpstatus-bench, counted
# by valgrind --tool=callgrind inside the function that does the work (what
# it calls included: a C-string row of gperf or the switch counts the strlen
# of its wrapper), over a fixed number of calls on each input stream.
#
#   bench/callgrind.sh [BENCH [IMPLEMENTATION...]]
#
# BENCH defaults to build-bench/bench/httpstatus-bench; with implementations
# named (lib, array, gperf, gperf-pic, switch, ...: see httpstatus-bench
# --list) only those are counted. First checks that every implementation
# answers as libhttpstatus does (httpstatus-bench --check). Prints a
# Markdown table, a row per operation, stream and implementation, with the
# goals of libhttpstatus's rows, on average over each stream:
#   - code -> phrase and the precomputed status line: at most 10;
#   - on every stream that gperf rows were counted on (only the
#     configurations that find the stream's keys are run on it): at most the
#     fewest of them;
#   - where the nginx-style switch was counted (methods): at most the
#     switch's;
#   - the HTTP/2 and HTTP/3 :status fields: at most the h2o-style switch's,
#     and (HPACK) at most a twentieth of nghttp2's deflater's.
# Then how many rows met their goals. A gperf row given the length counts
# the lookup alone; the check of its result for NULL and the load of the
# value, which libhttpstatus's count includes, happen in the loop.
set -eu

bench=${1:-build-bench/bench/httpstatus-bench}
[ $# -gt 0 ] && shift
calls=16384 # a multiple of the stream length, 4096

if ! command -v valgrind >/dev/null 2>&1; then
    echo "callgrind.sh: valgrind is not installed" >&2
    exit 1
fi
"$bench" --check >/dev/null

wanted() {
    [ $# -eq 1 ] && return 0
    impl=$1
    shift
    for w in "$@"; do
        [ "$w" = "$impl" ] && return 0
    done
    return 1
}

# One line per count, "op stream impl symbol per_call", then the table: a
# goal needs the counts of the rows after libhttpstatus's.
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
{
    row[NR] = $0
    key = $1 " " $2
    count[key " " $3] = $5
    # The fewest of the gperf configurations on each stream, and which.
    if ($3 ~ /^gperf/ && (!(key in gperf) || $5 + 0 < gperf[key] + 0)) {
        gperf[key] = $5
        gperf_impl[key] = $3
    }
}
function verdict(x, limit, what) {
    if (x + 0 <= limit + 0)
        return "met (at most " limit what ")"
    row_missed = 1
    return "**missed** (at most " limit what ")"
}
function also(goal, more) {
    return goal == "" ? more : goal "; " more
}
END {
    print "| operation | stream | implementation | function | instructions per call | goal |"
    print "| --- | --- | --- | --- | ---: | --- |"
    for (i = 1; i <= NR; i++) {
        split(row[i], f, " ")
        key = f[1] " " f[2]
        goal = ""
        row_missed = 0
        if (f[3] == "lib-static" && f[1] == "status-line")
            goal = verdict(f[5], 10, "")
        if (f[3] == "lib") {
            if (f[1] == "phrase")
                goal = verdict(f[5], 10, "")
            if (key in gperf)
                goal = also(goal, verdict(f[5], gperf[key], ", " gperf_impl[key] "'"'"'s"))
            if ((key " switch") in count)
                goal = also(goal, verdict(f[5], count[key " switch"], ", the switch'"'"'s"))
            if ((key " h2o") in count)
                goal = also(goal, verdict(f[5], count[key " h2o"], ", the h2o-style switch'"'"'s"))
            if ((key " nghttp2") in count)
                goal = also(goal, verdict(f[5], count[key " nghttp2"] / 20,
                    ", a twentieth of nghttp2'"'"'s deflater'"'"'s"))
        }
        if (goal != "")
            goals++
        missed += row_missed
        printf "| %s | %s | %s | %s | %s | %s |\n", f[1], f[2], f[3], f[4], f[5], goal
    }
    printf "\nGoals: %d rows with goals, %d met them all, %d missed one or more.\n", goals,
        goals - missed, missed
}' "$counts"
