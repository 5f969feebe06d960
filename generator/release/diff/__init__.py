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

Request-side rules cover parameters and bodies; response-side rules cover 2xx response bodies;
both recurse through properties, arrays, maps, `$ref` (cycles are compared once), `allOf`
(merged), and `oneOf`/`anyOf` (members paired by model, shape, title and type before position).
The full table of kinds and severities is `RULES` in `_kinds.py`. The yardstick is code written
against the last release: does it still run, and still type-check under `mypy --strict`?

- Names come from the generator's own naming code (`_names.py`): an operation is where users
  call it, `client.<resource>.<method>` (first tag, operationId); changing either is breaking,
  an operationId change that keeps both is documentation. Operations are matched by exact
  path and method; `/a/{id}` becoming `/a/{key}` (one left over on each side with the same
  template, or the same operationId) is one operation with a renamed path parameter.
- Each place's type is judged as the client spells it (`_types.py`): a place now holding
  another model class is breaking both ways; a request type that accepts all it did is a
  feature; a response type becoming a union (`X` to `X | X_v2`) is breaking, growing or
  becoming `Any` is flagged. Empty schemas (`items: {}`, absent items) mean any value.
- What the API returns only narrowing (an enum value or union member removed, a type
  narrowed, a field always present) is a feature: code handling a case that no longer
  happens keeps running; at most a strict checker calls it dead (mypy's strict_equality
  flags `status == "gone"` once "gone" leaves the `Literal`). Enums are generated as
  `Literal[...]`, so a schema becoming an enum is a narrower type (breaking to send, a
  feature to receive) and one ceasing to be an enum a wider one (a feature to send,
  potentially breaking to receive, like a new value).
- What a method returns as the client extensions decide it (`_results.py`): pages of items
  (`x-pagination`), one property of the answer (`x-envelope`, the operation's or the
  document's), or the whole answer. A change of that shape is breaking.
- Error responses (non-2xx, `default`) are documentation: the client raises from a fixed
  status table and does not type error bodies (`_errors.py`).
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
- Each component schema is a name users import from `client.models` (a class or a type alias),
  compared by that name: added is a feature, removed or renamed breaking.
- A removed and an added field (parameter, model) with the same schema, paired one to one, are
  reported as one rename; when the pairing is ambiguous they stay a removal and an addition.
- `readOnly` fields are not part of requests, `writeOnly` fields not part of responses.
- Not compared: webhooks, callbacks, links, response headers, operation/path servers, `not`,
  `if`/`then`/`else`, `prefixItems`, `patternProperties`, `x-` extensions outside `info` (but
  `x-pagination` and `x-envelope`), and
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
