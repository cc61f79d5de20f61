#!/bin/sh
# Run by `meson dist` (meson.add_dist_script in amalgamation/meson.build):
# builds the amalgamation in the build directory meson dist runs from and
# copies it into the tarball's tree, in amalgamation/, beside the program
# that writes it. The arguments are its files, relative to the build
# directory. Nothing generated is committed; the tarball is where it ships.
set -eu
ninja -C "$MESON_BUILD_ROOT" "$@" >/dev/null
mkdir -p "$MESON_DIST_ROOT/amalgamation"
for file in "$@"; do
    cp "$MESON_BUILD_ROOT/$file" "$MESON_DIST_ROOT/amalgamation/"
done
