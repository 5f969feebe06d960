"""Classify the changes between two OpenAPI documents as a user of the generated client feels them.

    report = diff_documents(old_document, new_document)   # two bundled (local-$ref) documents
    print(format_table(report))                            # or format_json(report)
    report.bump                                            # "major" | "minor" | "patch" | "none"

The CLI wires `python -m generator diff OLD NEW [--against REF] [--format json] [--fail-on S]`
to `run_diff` (and `spec_at_ref` for `--against`); this package never prints.

Severities and the semver bump they force:

    breaking               major   code written against the last release can stop working
    potentially_breaking   minor   only some code breaks (an exhaustive match on a response enum,
                                   a value outside a tightened bound, a changed default); flagged
    feature                minor   new things to use; nothing existing changes
    docs                   patch   descriptions, summaries, examples, titles, info.version

Potentially breaking is minor, flagged, not major: the server can start sending a new enum value
or union member whether or not the client is regenerated, so a major client release would not
protect anyone; it would only make every such addition look like a rewrite. The report keeps
these changes apart (`DiffReport.flagged`, their own severity column) so release notes can call
them out, and `--fail-on potentially_breaking` lets a pipeline stop on them.

Request-side rules cover parameters and bodies; response-side rules cover response bodies; both
recurse through properties, arrays, maps, `$ref` (cycles are compared once), `allOf` (merged),
and `oneOf`/`anyOf` (members matched by model name, else title, else position). The full table
of kinds and severities is `RULES` in `_kinds.py`. Decisions beyond the issue:

- The operationId names the Python method and the first tag names its resource (as parse.py
  does), so changing either is breaking. `/a/{id}` and `/a/{key}` are the same operation with
  a renamed path parameter.
- Enums are generated as `Literal[...]`, so a schema becoming an enum is a narrower type
  (breaking to send, a feature to receive) and one ceasing to be an enum a wider type (a
  feature to send, potentially breaking to receive, like a new value). A response enum value
  removed, or a response field becoming required, only narrows a type: a feature.
- Validation keywords (lengths, bounds, pattern, uniqueItems, closing an object): tightening
  a request or relaxing a response is potentially breaking (only some values hit it); the
  reverse is a feature; a changed pattern is potentially breaking either way.
- A changed `default` is potentially breaking: code that leaves the value out changes meaning.
  A new `deprecated: true` is a feature (semver 2.0.0, item 7: deprecation is a minor release).
- Security: a scheme added is a feature; removed, or changed in type/scheme/location/name/flows,
  is breaking. An operation's accepted credentials that lose an alternative (including "anyone")
  are breaking; that only gain alternatives, a feature.
- Servers: only the first server's URL (with variable defaults) becomes the client's default
  base URL; changing it is potentially breaking. Other server-list edits are docs.
- Each component schema is a generated class: added is a feature, removed or renamed breaking.
- A removed and an added field (parameter, model) with the same schema, paired one to one, are
  reported as one rename; when the pairing is ambiguous they stay a removal and an addition.
- `readOnly` fields are not part of requests, `writeOnly` fields not part of responses.
- Not compared: webhooks, callbacks, links, response headers, operation/path servers, `not`,
  `if`/`then`/`else`, `prefixItems`, `patternProperties`, `x-` extensions outside `info`, and
  changes inside schemas no operation reaches (beyond their being added, removed or renamed).

Pointers are RFC 6901, into the new document, or into the old one for what exists only there.
"""

from ._diff import diff_documents
from ._kinds import RULES, Bump, ChangeKind, Severity
from ._render import format_json, format_table
from ._report import Change, DiffReport
from ._run import run_diff

__all__ = [
    "RULES",
    "Bump",
    "Change",
    "ChangeKind",
    "DiffReport",
    "Severity",
    "diff_documents",
    "format_json",
    "format_table",
    "run_diff",
]
