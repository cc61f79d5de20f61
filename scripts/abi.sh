#!/bin/sh
# The shared library's ABI, kept on purpose (CONTRIBUTING.md: "Releases,
# the ABI and the soname"), with abidw and abidiff from libabigail (Debian:
# abigail-tools).
#
#   scripts/abi.sh check [BUILD-DIR]   fail on any ABI change from
#       abi/libhttpstatus.abi, and on any change but additions from the last
#       release's abi/libhttpstatus-VERSION.abi unless the soname changed too
#   scripts/abi.sh update [BUILD-DIR]  rewrite abi/libhttpstatus.abi from the
#       build: commit it with the change that changed the ABI
#   scripts/abi.sh dump SOURCE-DIR BUILD-DIR OUT   the ABI of one build as
#       abidw's XML, as the two above read it
#
# BUILD-DIR is a build of this tree with -Ddefault_library=shared or both;
# without one, build-abi/ is made (or brought up to date) for the purpose.
set -eu
cd "$(dirname "$0")/.."

current=abi/libhttpstatus.abi
# The newest release's: the highest version.
release=$(ls abi/libhttpstatus-*.abi 2>/dev/null | sort -V | tail -n 1)

say() { printf 'abi: %s\n' "$*" >&2; }

# The public ABI only (the types of the installed headers), without paths:
# neither the library's, nor the build directory's, nor source locations.
# The one path abidw keeps, each source file's as the compiler saw it, is
# cut to its place in the tree (src/codes.c), whatever the build's depth.
dump() {
    abidw --no-corpus-path --no-comp-dir-path --no-show-locs \
        --headers-dir "$1/include" --headers-dir "$2/include" \
        --out-file "$3.tmp" "$2/src/libhttpstatus.so"
    sed "s|path='\(\.\./\)*|path='|" "$3.tmp" >"$3"
    rm -f "$3.tmp"
}

soname() {
    sed -n "s/^<abi-corpus .*soname='\([^']*\)'.*/\1/p" "$1"
}

build() {
    if [ ! -d "$1" ]; then
        meson setup --werror "$1" -Ddefault_library=shared -Dtests=disabled >/dev/null
    fi
    ninja -C "$1" >/dev/null
    if [ ! -e "$1/src/libhttpstatus.so" ]; then
        say "$1 builds no shared library: configure it with -Ddefault_library=shared"
        exit 2
    fi
}

case "${1:-}" in
dump)
    [ $# -eq 4 ] || { say "usage: scripts/abi.sh dump SOURCE-DIR BUILD-DIR OUT"; exit 2; }
    dump "$2" "$3" "$4"
    ;;
update)
    build "${2:-build-abi}"
    dump . "${2:-build-abi}" "$current"
    say "wrote $current ($(soname "$current"))"
    ;;
check)
    build "${2:-build-abi}"
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    dump . "${2:-build-abi}" "$work/built.abi"
    failed=0

    # Any change at all, additions included (abidiff exits 4 for those).
    status=0
    abidiff "$current" "$work/built.abi" >"$work/diff" 2>&1 || status=$?
    if [ "$status" -ne 0 ]; then
        cat "$work/diff"
        say "the library's ABI is not $current's (abidiff exit $status)."
        say "If that is meant, run scripts/abi.sh update and commit $current with it."
        failed=1
    fi

    # Since the release, nothing but additions: abidiff --no-added-syms then
    # exits 0. A removal exits 12 (an incompatible change), a changed
    # function or type 4 (a change abidiff cannot call compatible): either
    # needs a new soname.
    status=0
    abidiff --no-added-syms "$release" "$work/built.abi" >"$work/diff" 2>&1 || status=$?
    if [ "$status" -ne 0 ]; then
        cat "$work/diff"
        if [ $((status & 3)) -ne 0 ]; then
            say "abidiff failed on $release (exit $status)"
            failed=1
        elif [ "$(soname "$release")" = "$(soname "$work/built.abi")" ]; then
            say "more than additions since $release (abidiff exit $status), yet the"
            say "soname is still $(soname "$release"): bump soversion in src/meson.build."
            failed=1
        else
            say "more than additions since $release, and the soname says so:"
            say "$(soname "$release") became $(soname "$work/built.abi")."
        fi
    elif [ "$failed" -eq 0 ]; then
        say "the ABI is $current's: $release's with additions only"
    fi
    exit "$failed"
    ;;
*)
    say "usage: scripts/abi.sh check|update [BUILD-DIR], or dump SOURCE-DIR BUILD-DIR OUT"
    exit 2
    ;;
esac
