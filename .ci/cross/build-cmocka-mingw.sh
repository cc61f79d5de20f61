#!/bin/sh
# Builds cmocka for Windows x86-64 into a prefix: Debian packages cmocka for
# Linux only, so this takes the source of Debian's own cmocka package
# (cmocka-source.sh) and builds it with the mingw-w64 cross compiler and
# CMake. Nothing of cmocka is kept in this repository.
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
here=$(cd "$(dirname "$0")" && pwd)
toolchain=$here/mingw64.cmake

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source=$("$here/cmocka-source.sh" "$work")
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
