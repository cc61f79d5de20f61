#!/bin/sh
# Builds cmocka for Windows x86-64 into a prefix: Debian packages cmocka for
# Linux only, so this takes the source of Debian's own cmocka package (apt-get
# source, through a deb-src entry for the suite this machine runs, added if
# apt has none) and builds it with the mingw-w64 cross compiler and CMake.
# Nothing of cmocka is kept in this repository.
#
#   .ci/cross/build-cmocka-mingw.sh PREFIX
#
# PREFIX gets bin/cmocka.dll, lib/libcmocka.dll.a, include/cmocka.h and
# lib/pkgconfig/cmocka.pc; a build with .ci/cross/mingw64.ini reads the last
# with -Dpkg_config_path=PREFIX/lib/pkgconfig, and wine finds the DLL through
# WINEPATH. Does nothing when PREFIX has cmocka.pc already. Needs root for
# apt-get, dpkg-dev (apt-get source), cmake, ninja and the cross compiler.
set -eu

say() { printf 'build-cmocka-mingw: %s\n' "$*" >&2; }

if [ $# -ne 1 ]; then
    say "usage: $0 PREFIX"
    exit 2
fi
mkdir -p "$1"
prefix=$(cd "$1" && pwd)
if [ -f "$prefix/lib/pkgconfig/cmocka.pc" ]; then
    exit 0
fi
toolchain=$(cd "$(dirname "$0")" && pwd)/mingw64.cmake

# A deb-src line for this machine's suite, from the mirror apt already uses
# for its binary packages.
if ! apt-get source --print-uris cmocka >/dev/null 2>&1; then
    # shellcheck source=/dev/null # the machine's, not ours
    . /etc/os-release
    uri=$(apt-cache policy | awk -v s="$VERSION_CODENAME/main" '$3 == s { print $2; exit }')
    if [ -z "$uri" ]; then
        say "apt has no source for $VERSION_CODENAME/main to take cmocka's source from"
        exit 1
    fi
    options=
    keyring=/usr/share/keyrings/debian-archive-keyring.gpg
    [ -f "$keyring" ] && options="[signed-by=$keyring] "
    say "adding deb-src $uri $VERSION_CODENAME main"
    echo "deb-src $options$uri $VERSION_CODENAME main" \
        > /etc/apt/sources.list.d/httpstatus-deb-src.list
    apt-get update -qq || say "apt-get update failed; trying apt-get source all the same"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get source -qq cmocka >/dev/null 2>&1) || {
    say "apt-get source cmocka failed"
    exit 1
}
source=$(find "$work" -mindepth 1 -maxdepth 1 -type d -name 'cmocka-*' | head -1)
say "building $(basename "$source") for x86_64-w64-mingw32 into $prefix"
if ! {
    cmake -S "$source" -B "$work/build" -G Ninja -DCMAKE_TOOLCHAIN_FILE="$toolchain" \
        -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$prefix" \
        -DWITH_EXAMPLES=OFF -DUNIT_TESTING=OFF &&
        cmake --build "$work/build" -j 2 &&
        cmake --install "$work/build"
} >"$work/cmake.log" 2>&1; then
    cat "$work/cmake.log" >&2
    say "the build failed"
    exit 1
fi
