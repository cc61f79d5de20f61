#!/bin/sh
# Installs what building and testing libhttpstatus needs, if it is missing:
# meson, ninja, C and C++ compilers, pkg-config, cmocka, groff and mandoc
# (the man pages are checked with them), cmake (a consumer test builds a
# CMake project), curl and python3 (real clients and parsers read the
# example server, the error pages and the problem bodies), nghttp2's and
# nghttp3's libraries, nghttp and Python's hpack (real HTTP/2 and HTTP/3
# decoders read the :status fields; the example server decodes HTTP/2
# requests with nghttp2, and nghttp reads it), clang (the amalgamation is
# compiled with it too), zsh and fish (their completions are tested with
# them) and the tr_TR.UTF-8 locale the locale test runs under.
# Any arguments name more Debian packages to install (.ci/run adds valgrind,
# clang and the like); one of another architecture, libcmocka-dev:s390x,
# adds that architecture to dpkg first (multiarch, for the cross builds).
#
# On Debian and Ubuntu it uses apt-get, through sudo when not run as root, and
# does nothing at all when everything is there already. Elsewhere it only
# checks, and says what to install.
set -eu

say() { printf 'install-deps: %s\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        say "need root to run: $*"
        say "run this script as root, or install sudo"
        exit 1
    fi
}

has_package() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

has_turkish_locale() {
    locale -a 2>/dev/null | grep -qi '^tr_TR\.utf-\{0,1\}8$'
}

if command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1; then
    missing=
    for package in meson ninja-build gcc g++ pkg-config libcmocka-dev locales groff-base mandoc \
        cmake curl python3 libnghttp2-dev libnghttp3-dev nghttp2-client python3-hpack clang zsh \
        fish "$@"; do
        has_package "$package" || missing="$missing $package"
    done
    if [ -n "$missing" ]; then
        say "installing:$missing"
        for package in $missing; do
            case "$package" in
            *:*)
                arch=${package#*:}
                if [ "$arch" != "$(dpkg --print-architecture)" ] &&
                    ! dpkg --print-foreign-architectures | grep -qx "$arch"; then
                    as_root dpkg --add-architecture "$arch"
                fi
                ;;
            esac
        done
        # An index that fails to download (a mirror in mid-sync, seen for
        # one architecture) need not stop the install: apt-get install
        # says whether the packages were found.
        as_root apt-get update -qq || say "apt-get update failed; installing all the same"
        # shellcheck disable=SC2086 # one word per package
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
    fi
    if ! has_turkish_locale; then
        say "creating the tr_TR.UTF-8 locale"
        as_root localedef -i tr_TR -c -f UTF-8 tr_TR.UTF-8 || [ $? -eq 1 ]
    fi
else
    lacking=
    for tool in meson ninja cc c++ pkg-config groff mandoc cmake curl python3 nghttp clang zsh fish; do
        command -v "$tool" >/dev/null 2>&1 || lacking="$lacking $tool"
    done
    pkg-config --exists 'cmocka >= 1.1.5' 2>/dev/null || lacking="$lacking cmocka(>=1.1.5)"
    for library in libnghttp2 libnghttp3; do
        pkg-config --exists "$library" 2>/dev/null || lacking="$lacking $library"
    done
    python3 -c 'import hpack' 2>/dev/null || lacking="$lacking hpack(Python)"
    has_turkish_locale || lacking="$lacking tr_TR.UTF-8-locale"
    if [ -n "$lacking" ]; then
        say "this is not Debian or Ubuntu, so install these yourself:$lacking"
        exit 1
    fi
fi

if ! has_turkish_locale; then
    say "the tr_TR.UTF-8 locale could not be created"
    exit 1
fi
version=$(meson --version)
case "$version" in
0.*)
    say "meson $version is too old: libhttpstatus needs 1.0 or later"
    exit 1
    ;;
esac
