#!/bin/sh
# What each call of libhttpstatus adds to a firmware: the amalgamation built
# for a Cortex-M3 as a firmware author builds it (arm-none-eabi-gcc -Os,
# picolibc, -ffunction-sections -fdata-sections, --gc-sections), one small
# program per operation, its flash (text + data) less that of the same
# program without the call; beside the budget, 0.2.0's figure (before the
# tables were split by field), the same with the hash tables
# (-DHTTPSTATUS_SMALL_TABLES=0, where -Os picks the small ones) and the same
# programs on this machine (cc -Os).
#
#   bench/size.sh [--library LIBHTTPSTATUS.A] AMALGAMATION-DIR
#
# AMALGAMATION-DIR holds httpstatus.c and httpstatus.h (ninja -C build
# amalgamation writes them to build/amalgamation). With --library, the
# programs also link a libhttpstatus.a built for the Cortex-M3 by meson
# (.ci/cross/cortex-m3.ini), and that build is held to the budgets too.
# Needs arm-none-eabi-gcc and picolibc (Debian: gcc-arm-none-eabi,
# picolibc-arm-none-eabi) and cc. Exit status 0 when every budget is met, 1
# when one is missed, 2 for a usage error or a failed build.
set -eu

usage() {
    echo "usage: bench/size.sh [--library LIBHTTPSTATUS.A] AMALGAMATION-DIR" >&2
    exit 2
}
library=
while [ $# -gt 0 ]; do
    case $1 in
    --library) [ $# -ge 2 ] || usage; library=$(realpath "$2"); shift 2 ;;
    -*) usage ;;
    *) break ;;
    esac
done
[ $# -eq 1 ] || usage
amalgamation=$(realpath "$1")
[ -f "$amalgamation/httpstatus.c" ] && [ -f "$amalgamation/httpstatus.h" ] || {
    echo "bench/size.sh: no httpstatus.c and httpstatus.h in $1" >&2
    exit 2
}
command -v arm-none-eabi-gcc >/dev/null || {
    echo "bench/size.sh: arm-none-eabi-gcc not found (Debian: gcc-arm-none-eabi)" >&2
    exit 2
}

arm_flags="-Os -mcpu=cortex-m3 -mthumb -ffunction-sections -fdata-sections --specs=picolibc.specs"
arm_link="--oslib=semihost --crt0=semihost -Wl,--gc-sections -Wl,--defsym=__flash=0x0
    -Wl,--defsym=__flash_size=0x400000 -Wl,--defsym=__ram=0x20000000
    -Wl,--defsym=__ram_size=0x400000"
host_flags="-Os -ffunction-sections -fdata-sections"
host_link="-Wl,--gc-sections"

# One operation a line: name, budget in bytes (- for none), 0.2.0's figure
# (- where it had none), and the statement that calls it with the volatile
# int code, const char *text and enum httpstatus_method method, into the
# volatile sink.
operations='
httpstatus_phrase	2048	11024	sink = (uintptr_t)httpstatus_phrase(code);
httpstatus_status_line_static	3072	3784	size_t n; sink = (uintptr_t)httpstatus_status_line_static(code, &n) + n;
httpstatus_from_name	4096	12704	sink = (uintptr_t)httpstatus_from_name(text);
httpstatus_from_phrase	4096	12704	sink = (uintptr_t)httpstatus_from_phrase(text);
httpstatus_method_from_name	1536	7040	sink = (uintptr_t)httpstatus_method_from_name(text);
httpstatus_has_content	256	80	sink = (uintptr_t)httpstatus_has_content(method, code);
httpstatus_error_page	7168	14184	sink = httpstatus_error_page(buf, sizeof buf, code, text);
httpstatus_status_line	-	-	sink = httpstatus_status_line(buf, sizeof buf, code);
httpstatus_problem_json	-	-	sink = httpstatus_problem_json(buf, sizeof buf, code, text);
httpstatus_description	-	-	sink = (uintptr_t)httpstatus_description(code);
httpstatus_name	-	-	sink = (uintptr_t)httpstatus_name(code);
httpstatus_reason	-	-	sink = (uintptr_t)httpstatus_reason(code);
httpstatus_unofficial	-	-	struct httpstatus_unofficial u; sink = httpstatus_unofficial(code, 0, &u) ? (uintptr_t)u.phrase : 0;
httpstatus_unofficial_from_phrase	-	-	sink = (uintptr_t)httpstatus_unofficial_from_phrase(text);
httpstatus_method_name	-	-	sink = (uintptr_t)httpstatus_method_name(method);
httpstatus_hpack_status	-	-	size_t n; sink = (uintptr_t)httpstatus_hpack_status(code, &n) + n;
httpstatus_qpack_status	-	-	size_t n; sink = (uintptr_t)httpstatus_qpack_status(code, &n) + n;
'
# Every function of httpstatus.h, for the last row: its calls are read
# from the header, so that a new function is counted without a word here.
everything_budget=32768
everything_before=40824

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The program that calls nothing, and the one that calls $1.
program() {
    cat <<EOF
#include "httpstatus.h"
#include <stdint.h>
volatile int code = 404;
const char *volatile text = "Not Found";
volatile enum httpstatus_method method = HTTP_METHOD_GET;
volatile uintptr_t sink;
char buf[1024];
int main(void)
{
	(void)buf;
	$1
	return 0;
}
EOF
}

# Every function's call, for the program that calls everything: each
# argument given a volatile of its type.
every_call() {
    sed -n 's/^HTTPSTATUS_API \(.*[ *]\)\(httpstatus_[a-z0-9_]*\)(\(.*\));$/\2 \3/p' \
        "$amalgamation/httpstatus.h" | while read -r name args; do
        call="$name("
        sep=
        rest=$args
        while [ -n "$rest" ]; do
            arg=${rest%%,*}
            [ "$arg" = "$rest" ] && rest= || rest=${rest#*, }
            case $arg in
            void) ;;
            *char\ \*buf) call="$call${sep}buf" ;;
            size_t\ size) call="$call${sep}sizeof buf" ;;
            *size_t\ \*len) call="$call${sep}&n" ;;
            size_t\ *) call="$call${sep}(size_t)code" ;;
            int\ *) call="$call${sep}code" ;;
            unsigned\ *) call="$call${sep}(unsigned)code" ;;
            *const\ char\ \**) call="$call${sep}text" ;;
            enum\ httpstatus_method\ *) call="$call${sep}method" ;;
            enum\ httpstatus_class\ *) call="$call${sep}(enum httpstatus_class)code" ;;
            *struct\ httpstatus_unofficial\ \**) call="$call${sep}&u" ;;
            *) echo "bench/size.sh: no value for the argument '$arg' of $name" >&2; exit 2 ;;
            esac
            sep=", "
        done
        printf 'sink += (uintptr_t)%s);\n' "$call"
    done
}

# The flash (text + data) of the program calling $2, built for $1 (arm or
# host) against $3 (the amalgamation's object or a library).
flash() {
    target=$1 body=$2 lib=$3
    program "$body" >"$work/main.c"
    if [ "$target" = arm ]; then
        # shellcheck disable=SC2086 # flags are words
        arm-none-eabi-gcc $arm_flags -I"$amalgamation" -c "$work/main.c" -o "$work/main.o" &&
            arm-none-eabi-gcc $arm_flags $arm_link "$work/main.o" "$lib" -o "$work/prog" &&
            arm-none-eabi-size -A "$work/prog" >"$work/size"
    else
        # shellcheck disable=SC2086
        cc $host_flags -I"$amalgamation" -c "$work/main.c" -o "$work/main.o" &&
            cc $host_flags $host_link "$work/main.o" "$lib" -o "$work/prog" &&
            size -A "$work/prog" >"$work/size"
    fi || {
        echo "bench/size.sh: could not build the program that calls: $body" >&2
        exit 2
    }
    # Flash: every allocated section but the zeroed ones and the stack.
    awk '$1 ~ /^\./ && $1 !~ /^\.(bss|tbss|stack|heap|noinit|comment|debug|ARM\.attributes)/ &&
        $1 !~ /^\.debug/ && $2 ~ /^[0-9]+$/ { n += $2 } END { print n }' "$work/size"
}

# shellcheck disable=SC2086
arm-none-eabi-gcc $arm_flags -I"$amalgamation" -c "$amalgamation/httpstatus.c" \
    -o "$work/httpstatus-arm.o" || exit 2
# shellcheck disable=SC2086
arm-none-eabi-gcc $arm_flags -DHTTPSTATUS_SMALL_TABLES=0 -I"$amalgamation" \
    -c "$amalgamation/httpstatus.c" -o "$work/httpstatus-arm-hashed.o" || exit 2
# shellcheck disable=SC2086
cc $host_flags -I"$amalgamation" -c "$amalgamation/httpstatus.c" -o "$work/httpstatus-host.o" ||
    exit 2

empty_arm=$(flash arm "" "$work/httpstatus-arm.o")
empty_host=$(flash host "" "$work/httpstatus-host.o")
if [ -n "$library" ]; then
    empty_library=$(flash arm "" "$library")
fi

status=0

cat <<EOF
Flash each call adds to a program, in bytes: a Cortex-M3 (arm-none-eabi-gcc
$(arm-none-eabi-gcc -dumpversion), -Os -mcpu=cortex-m3 -mthumb, picolibc, sections
collected) and this machine ($(uname -m), cc -Os, sections collected).

EOF
library_column=
[ -z "$library" ] || library_column=" Cortex-M3, meson's libhttpstatus.a |"
echo "| a program that calls | Cortex-M3 |$library_column budget | 0.2.0 | Cortex-M3, hash tables | $(uname -m) | verdict |"
echo "| --- | ---: |${library_column:+ ---: |} ---: | ---: | ---: | ---: | --- |"
# One row; fails if the amalgamation or the library (-Os, the small
# tables) is over the budget.
row() {
    label=$1 budget=$2 before=$3 body=$4
    arm=$(($(flash arm "$body" "$work/httpstatus-arm.o") - empty_arm))
    hashed=$(($(flash arm "$body" "$work/httpstatus-arm-hashed.o") - empty_arm))
    host=$(($(flash host "$body" "$work/httpstatus-host.o") - empty_host))
    largest=$arm cells="$arm |"
    if [ -n "$library" ]; then
        lib=$(($(flash arm "$body" "$library") - empty_library))
        [ "$lib" -le "$largest" ] || largest=$lib
        cells="$cells $lib |"
    fi
    verdict=
    if [ "$budget" != - ]; then
        verdict=met
        [ "$largest" -le "$budget" ] || verdict=**missed**
    fi
    printf '| %s | %s %s | %s | %s | %s | %s |\n' "$label" "$cells" "$budget" "$before" \
        "$hashed" "$host" "$verdict"
    [ "$verdict" != **missed** ]
}
tab=$(printf '\t')
while IFS=$tab read -r name budget before body; do
    [ -n "$name" ] || continue
    row "\`$name\` only" "$budget" "$before" "$body" || status=1
done <<EOF
$operations
EOF
everything="size_t n; struct httpstatus_unofficial u; $(every_call | tr '\n' ' ')"
row "every function" "$everything_budget" "$everything_before" "$everything" || status=1
exit "$status"
