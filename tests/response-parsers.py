"""Reads error pages and problem bodies with real parsers: Python's
html.parser and json. response-cases.c writes, and test-response-parsers.c
passes on to this on standard input, one record per case:

    CASE <code> <detail length, -1 for NULL> <page length> <body length>\n
    <detail bytes><page bytes><body bytes>

and this checks each: the page is UTF-8 and parses as HTML into exactly the
elements and attributes of the page's template, with the detail's text
(invalid UTF-8 replaced by U+FFFD, as bytes.decode does) as the whole text of
one paragraph; the body is UTF-8 and JSON, an RFC 9457 object whose detail
is that same text, with no raw U+2028 or U+2029 (JavaScript line ends).
Prints each problem found and exits 1 if there was one."""

import html.parser
import json
import sys

# The page's elements, in order, with their attributes: the template, with
# the detail's paragraph at the end of the body when there is a detail.
HEAD = [
    ("decl", "DOCTYPE html"),
    ("start", "html", [("lang", "en")]),
    ("start", "head", []),
    ("start", "meta", [("charset", "utf-8")]),
    ("start", "title", []),
    ("end", "title"),
    ("end", "head"),
    ("start", "body", []),
    ("start", "h1", []),
    ("end", "h1"),
    ("start", "p", []),
    ("end", "p"),
]
DETAIL = [("start", "p", []), ("end", "p")]
TAIL = [("end", "body"), ("end", "html")]


class Page(html.parser.HTMLParser):
    """Every event but text, in order; the text of each title, h1 and p;
    and any other text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.events = []
        self.texts = []  # [text], element by element
        self.open = None
        self.stray = ""

    def handle_starttag(self, tag, attrs):
        self.events.append(("start", tag, attrs))
        self.open = None
        if tag in ("title", "h1", "p"):
            self.open = [""]
            self.texts.append(self.open)

    def handle_startendtag(self, tag, attrs):
        self.events.append(("startend", tag, attrs))

    def handle_endtag(self, tag):
        self.events.append(("end", tag))
        self.open = None

    def handle_data(self, data):
        if self.open is not None:
            self.open[0] += data
        else:
            self.stray += data

    def handle_comment(self, data):
        self.events.append(("comment", data))

    def handle_decl(self, decl):
        self.events.append(("decl", decl))

    def handle_pi(self, data):
        self.events.append(("pi", data))

    def unknown_decl(self, data):
        self.events.append(("unknown_decl", data))


def check_page(problems, where, code, expected, page_bytes):
    try:
        page = page_bytes.decode("utf-8")
    except UnicodeDecodeError as e:
        problems.append(f"{where}: the page is not UTF-8: {e}")
        return None
    parser = Page()
    parser.feed(page)
    parser.close()
    template = HEAD + (DETAIL if expected is not None else []) + TAIL
    if parser.events != template:
        problems.append(f"{where}: the page's elements are not the template's:\n"
                        f"  {parser.events}")
        return None
    if parser.stray.strip("\n"):
        problems.append(f"{where}: text outside the elements: {parser.stray!r}")
    title, heading, _, *detail = [text for text, in parser.texts]
    if title != heading or title.split(" ")[0] != str(code):
        problems.append(f"{where}: title {title!r}, heading {heading!r}")
    if expected is not None and detail[0] != expected:
        problems.append(f"{where}: the detail reads {detail[0][:200]!r}..., "
                        f"not {expected[:200]!r}...")
    return title


def check_body(problems, where, code, expected, title, body_bytes):
    try:
        text = body_bytes.decode("utf-8")
    except UnicodeDecodeError as e:
        problems.append(f"{where}: the body is not UTF-8: {e}")
        return
    if "\u2028" in text or "\u2029" in text:
        problems.append(f"{where}: a raw U+2028 or U+2029 in the body")
    try:
        body = json.loads(text, object_pairs_hook=list)
    except ValueError as e:
        problems.append(f"{where}: the body is not JSON: {e}")
        return
    want = [("type", "about:blank")]
    phrase = title.partition(" ")[2] if title else ""
    if phrase:
        want.append(("title", phrase))
    want.append(("status", code))
    if expected is not None:
        want.append(("detail", expected))
    if body != want:
        problems.append(f"{where}: the body is {str(body)[:300]}, "
                        f"not {str(want)[:300]}")


def main():
    data = sys.stdin.buffer.read()
    problems, cases, at = [], 0, 0
    while at < len(data):
        end = data.index(b"\n", at)
        word, code, detail_len, page_len, body_len = data[at:end].split()
        assert word == b"CASE"
        code, detail_len = int(code), int(detail_len)
        page_len, body_len = int(page_len), int(body_len)
        at = end + 1
        detail = None
        if detail_len >= 0:
            detail = data[at:at + detail_len]
            at += detail_len
        page, body = data[at:at + page_len], data[at + page_len:at + page_len + body_len]
        at += page_len + body_len
        expected = detail.decode("utf-8", "replace") if detail is not None else None
        where = f"code {code}, detail {detail[:40]!r}" if detail is not None \
            else f"code {code}, no detail"
        title = check_page(problems, where, code, expected, page)
        check_body(problems, where, code, expected, title, body)
        cases += 1
    for p in problems:
        print(p)
    print(f"{cases} cases, {len(problems)} problems")
    return 1 if problems or cases == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
