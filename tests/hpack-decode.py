"""Reads HPACK header blocks with Python's hpack package (Debian's
python3-hpack), one decoder for all of them, as a client's connection reads
them. test-status-fields-python.c passes on to this on standard input, one
block a line:

    <code> <the block in hex>\n

and this checks that each decodes to exactly one field, ":status" with the
code as its value, and that the decoder's dynamic table stays empty. Prints
each problem found, then "<n> blocks, <m> problems", and exits 1 if there
was one."""

import sys

import hpack

decoder = hpack.Decoder()
blocks = problems = 0
for line in sys.stdin:
    code, block = line.split()
    blocks += 1
    try:
        fields = decoder.decode(bytes.fromhex(block), raw=False)
    except hpack.HPACKError as error:
        fields = "an error: %r" % error
    if fields != [(":status", code)]:
        print("%s: %s decodes to %s" % (code, block, fields))
        problems += 1
    if decoder.header_table.dynamic_entries:
        print("%s: the dynamic table holds %s" % (code, list(decoder.header_table.dynamic_entries)))
        problems += 1
print("%d blocks, %d problems" % (blocks, problems))
sys.exit(1 if problems else 0)
