"""Reads examples/tiny-server with Python's http.client.

    http-client.py PORT "METHOD PATH ACCEPT"...

One request per case, on a connection of its own; for each response one
line, tab-separated: the HTTP version, status, reason, Content-Type and
Content-Length ("-" where absent), and the number of body bytes read."""

import http.client
import sys

port = int(sys.argv[1])
for case in sys.argv[2:]:
    method, path, accept = case.split(" ", 2)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request(method, path, headers={"Accept": accept})
    response = conn.getresponse()
    body = response.read()
    print("\t".join([str(response.version), str(response.status), response.reason,
                     response.getheader("Content-Type", "-"),
                     response.getheader("Content-Length", "-"), str(len(body))]))
    conn.close()
