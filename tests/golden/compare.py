"""Runs a program built for the build machine and the same program built for
the machine under test, and checks that both exit 0 having printed the same
bytes; if they did not, shows where they part.

usage: compare.py REFERENCE PROGRAM

PROGRAM runs behind meson's exe wrapper (qemu-user, wine, qemu-system-arm)
where meson names one in MESON_EXE_WRAPPER; REFERENCE runs as it is.
"""

import difflib
import os
import shlex
import subprocess
import sys


def output_of(command):
    """What the command prints on standard output; exits 1 unless it exits 0.
    Its standard error is the test's."""
    result = subprocess.run(command, stdout=subprocess.PIPE, check=False)
    if result.returncode != 0:
        print(f"{shlex.join(command)} exited with {result.returncode}")
        sys.exit(1)
    return result.stdout


def where_they_part(expected, actual, names):
    """A unified diff from the first line that differs: at most 40 lines."""
    a = expected.decode("latin-1").split("\n")
    b = actual.decode("latin-1").split("\n")
    first = min(len(a), len(b))
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            first = i
            break
    start = max(first - 3, 0)
    diff = difflib.unified_diff(a[start : first + 100], b[start : first + 100], *names, lineterm="")
    return "\n".join([f"first difference at line {first + 1}:"] + list(diff)[:40])


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip().split("\n\n")[1], file=sys.stderr)
        return 2
    reference, program = sys.argv[1:]
    wrapper = shlex.split(os.environ.get("MESON_EXE_WRAPPER", ""))
    expected = output_of([reference])
    actual = output_of(wrapper + [program])
    if expected == actual:
        lines = expected.count(b"\n")
        print(f"{lines} lines, the same bytes from {reference} and {program}")
        return 0
    print(f"{program} and {reference} answer differently")
    print(where_they_part(expected, actual, [reference, program]))
    return 1


if __name__ == "__main__":
    sys.exit(main())
