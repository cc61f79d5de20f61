#!/usr/bin/env bash
# Times the httpstatus tool on a generated access log, beside what it
# replaces: `httpstatus -` against 0.1.0's tool (which wrote a line at a time
# into a pipe), and `httpstatus --count --field 9` against the usual awk
# pipelines. Prints the median of several runs of each, and the ratios.
#
#   bench/log-bench.sh [--quick] [--runs N] [--lines N]
#
# It builds this tree and 0.1.0 (commit d37e2bf, in a temporary git
# worktree) in release mode, writes a one-million-line combined-format log
# (bench/access-log.awk), runs everything in one go and removes it all. The
# goals: `-` at least 10 times as fast as 0.1.0, --count faster than both awk
# pipelines (--count also finding the status of each line of the log
# itself), and `-` on 200,000 lines that are no query (the log's URL
# paths) within 3 times its time on 200,000 codes. --quick (for CI) uses
# 20,000 lines and one run, to keep the script working; its timings mean
# nothing. Timings on a shared machine wander: compare ratios from one run.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=7
lines=1000000
quick=
old_commit=d37e2bf
while [ $# -gt 0 ]; do
    case $1 in
    --quick) runs=1 lines=20000 quick=1 ;;
    --runs) runs=$2; shift ;;
    --lines) lines=$2; shift ;;
    *) echo "usage: bench/log-bench.sh [--quick] [--runs N] [--lines N]" >&2; exit 2 ;;
    esac
    shift
done

work=$(mktemp -d)
cleanup() {
    git worktree remove --force "$work/old-src" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

say() { printf 'log-bench: %s\n' "$*" >&2; }

build() { # source directory, build directory
    meson setup "$2" "$1" -Dbuildtype=release "$3" >/dev/null
    ninja -C "$2" src/httpstatus >/dev/null
}
say "building this tree and 0.1.0 ($old_commit), release"
if ! git cat-file -e "$old_commit^{commit}" 2>/dev/null; then
    say "commit $old_commit is not in this clone (a shallow one?): git fetch --unshallow"
    exit 1
fi
build . "$work/new" -Dtests=disabled
git worktree add --quiet --detach "$work/old-src" "$old_commit"
build "$work/old-src" "$work/old" -Dtests=false
new=$work/new/src/httpstatus
old=$work/old/src/httpstatus

say "writing a $lines-line access log"
awk -v seed=1 -v lines="$lines" -f bench/access-log.awk > "$work/access.log"
awk '{print $9}' "$work/access.log" > "$work/codes.txt"
# The same number of codes and of URL paths (the seventh field): lines that
# answer nothing are to cost about what codes cost.
stream_lines=$((lines < 200000 ? lines : 200000))
head -n "$stream_lines" "$work/codes.txt" > "$work/some-codes.txt"
awk -v n="$stream_lines" 'NR > n { exit } { print $7 }' "$work/access.log" > "$work/paths.txt"
log=$work/access.log codes=$work/codes.txt some_codes=$work/some-codes.txt paths=$work/paths.txt

# The awk pipelines get their best case: the C locale.
export LC_ALL=C
names=() commands=()
add() { names+=("$1"); commands+=("$2"); }
add "0.1.0: httpstatus - < codes | cat" "'$old' - < '$codes' | cat"
add "httpstatus - < codes | cat" "'$new' - < '$codes' | cat"
add "0.1.0: awk '{print \$9}' log | httpstatus - | cat" "awk '{print \$9}' '$log' | '$old' - | cat"
add "awk '{print \$9}' log | httpstatus - | cat" "awk '{print \$9}' '$log' | '$new' - | cat"
add "httpstatus --count --field 9 < log" "'$new' --count --field 9 < '$log'"
add "awk '{print \$9}' log | sort | uniq -c" "awk '{print \$9}' '$log' | sort | uniq -c"
add "awk '{c[\$9]++} END {...}' log" "awk '{c[\$9]++} END {for (k in c) print c[k], k}' '$log'"
add "httpstatus - < $stream_lines codes | cat" "'$new' - < '$some_codes' | cat"
add "httpstatus - < $stream_lines URL paths | cat" "'$new' - < '$paths' | cat"
add "httpstatus --count log" "'$new' --count '$log'"

# Each command's wall-clock and CPU (user + system, its children included)
# times, the runs taking turns so that a busy moment of the machine falls on
# all of them alike. On a loaded machine the CPU times are the steadier.
declare -A times cpu
TIMEFORMAT='%R %U %S'
say "timing $runs run(s) of ${#commands[@]} commands"
for ((run = 0; run < runs; run++)); do
    for i in "${!commands[@]}"; do
        read -r real user system < <({ time bash -c "${commands[$i]}; true" > /dev/null; } 2>&1)
        times[$i]+="$real "
        cpu[$i]+="$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.3f", u + s }') "
    done
done

median() { tr ' ' '\n' <<<"$1" | sed '/^$/d' | sort -n | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }'; }
declare -a med med_cpu
printf '\n%s lines, %s run(s) each, medians in seconds (awk is %s):\n\n' \
    "$lines" "$runs" "$(readlink -f "$(command -v awk)")"
printf '| command | wall clock | CPU |\n| --- | ---: | ---: |\n'
for i in "${!commands[@]}"; do
    med[$i]=$(median "${times[$i]}")
    med_cpu[$i]=$(median "${cpu[$i]}")
    printf '| `%s` | %s | %s |\n' "${names[$i]//|/\\|}" "${med[$i]}" "${med_cpu[$i]}"
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b > 0 ? a / b : 0) }'; }
verdict() { awk -v r="$1" -v g="$2" 'BEGIN { print (r >= g ? "met" : "**missed**") }'; }
# A goal's line: its text, the slower and the faster command, the ratio
# needed ("" for none); the verdict is the wall clock's.
goal() {
    local r c v=''
    r=$(ratio "${med[$2]}" "${med[$3]}")
    c=$(ratio "${med_cpu[$2]}" "${med_cpu[$3]}")
    [ -n "$4" ] && v=$(verdict "$r" "$4")
    printf '| %s | %s | %s | %s |\n' "$1" "$r" "$c" "$v"
}
[ -n "$quick" ] && printf '\nA quick run: these timings and verdicts mean nothing.\n'
printf '\n| goal | wall-clock ratio | CPU ratio | verdict |\n| --- | ---: | ---: | --- |\n'
goal '`-` on the extracted codes: 0.1.0 / now >= 10' 0 1 10
goal 'the whole awk pipeline into `-`: 0.1.0 / now (awk bounds it)' 2 3 ''
goal '`--count` faster than `awk \| sort \| uniq -c`: theirs / ours > 1' 5 4 1.0001
goal '`--count` faster than awk counting: theirs / ours > 1' 6 4 1.0001
goal "\`-\` on $stream_lines URL paths within 3x its time on as many codes: codes / paths >= 0.33" 7 8 0.3333
goal '`--count` reading the log format faster than awk counting: theirs / ours > 1' 6 9 1.0001
