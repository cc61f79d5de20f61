#!/bin/sh
# Unpacks the source of Debian's own cmocka package into DIR and prints the
# path of its tree, for the build-cmocka-*.sh scripts, which build cmocka for
# machines Debian has no cmocka for. It comes through apt-get source, from a
# deb-src entry for the suite this machine runs, added if apt has none.
# Nothing of cmocka is kept in this repository.
#
#   .ci/cross/cmocka-source.sh DIR
#
# Needs root for apt-get (when it adds the entry) and dpkg-dev (apt-get
# source).
set -eu

say() { printf 'cmocka-source: %s\n' "$*" >&2; }

if [ $# -ne 1 ] || [ ! -d "$1" ]; then
    say "usage: $0 DIR (an existing directory)"
    exit 2
fi

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

(cd "$1" && apt-get source -qq cmocka >/dev/null 2>&1) || {
    say "apt-get source cmocka failed"
    exit 1
}
source=$(find "$1" -mindepth 1 -maxdepth 1 -type d -name 'cmocka-*' | head -1)
if [ -z "$source" ]; then
    say "apt-get source cmocka left no cmocka-* directory in $1"
    exit 1
fi
(cd "$source" && pwd)
