#!/bin/sh
# Builds cmocka for an Arm Cortex-M3 with picolibc (cortex-m3.ini) into a
# prefix, from the source of Debian's own cmocka package (cmocka-source.sh),
# with arm-none-eabi-gcc and CMake: the static library alone, as that
# machine loads no shared objects. Nothing of cmocka is kept in this
# repository.
#
#   .ci/cross/build-cmocka-cortex-m3.sh PREFIX
#
# PREFIX gets lib/libcmocka.a, include/cmocka.h and lib/pkgconfig/cmocka.pc;
# a build with .ci/cross/cortex-m3.ini reads the last with
# -Dpkg_config_path=PREFIX/lib/pkgconfig. Does nothing when PREFIX has
# cmocka.pc already. Needs root for apt-get, dpkg-dev (apt-get source),
# cmake, ninja and the cross compiler with picolibc.
set -eu

say() { printf 'build-cmocka-cortex-m3: %s\n' "$*" >&2; }

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
toolchain=$here/cortex-m3.cmake

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source=$("$here/cmocka-source.sh" "$work")
say "building $(basename "$source") for a Cortex-M3 (arm-none-eabi, picolibc) into $prefix"
# cmocka's CMake makes a shared library in any case, and installs it: only
# its static one is built here, and put in place by hand, with the .pc file
# CMake wrote for the prefix.
if ! {
    cmake -S "$source" -B "$work/build" -G Ninja -DCMAKE_TOOLCHAIN_FILE="$toolchain" \
        -DCMAKE_BUILD_TYPE=MinSizeRel -DCMAKE_INSTALL_PREFIX="$prefix" \
        -DBUILD_STATIC_LIB=ON -DWITH_EXAMPLES=OFF -DUNIT_TESTING=OFF &&
        cmake --build "$work/build" --target cmocka-static &&
        mkdir -p "$prefix/lib/pkgconfig" "$prefix/include" &&
        cp "$work/build/src/libcmocka-static.a" "$prefix/lib/libcmocka.a" &&
        cp "$source/include/cmocka.h" "$source/include/cmocka_pbc.h" "$prefix/include/" &&
        cp "$work/build/cmocka.pc" "$prefix/lib/pkgconfig/cmocka.pc"
} >"$work/cmake.log" 2>&1; then
    cat "$work/cmake.log" >&2
    say "the build failed"
    exit 1
fi
