"""A fault-injection soak of the generated client (issue 21): ``python -m tests.soak [--seconds N]``.

A fault server on 127.0.0.1 (``faults.py``, its own process) answers with every kind of failure
while drivers (``drivers.py``) call it through the client: the sync client, the async client
with 50 tasks, one sync client shared by 16 threads, and async callers who cancel their calls
under a small pool. ``report.py`` counts what came back and checks the zero-targets: duplicate
POSTs, exceptions outside the documented tree, token sightings (messages, log lines, and every
exception's traceback formatted with its locals), calls that ran past their deadline, a pool
that stopped working, and file descriptors or memory not given back after ``close()``.
``make soak`` runs it for a while; ``test_slice.py`` runs a short slice in ``make test``.
"""
