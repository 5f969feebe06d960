"""What the ``testing`` module of a generated package is made of, decided before rendering.

The fake server (``templates/package/_fake/``, copied verbatim) is the same code in every
package; what differs is the API it imitates. That part is data: every operation's
parameters, bodies and documented answers, the collections inferred from the paths, and the
schemas they refer to, written as ``_fake_spec.json`` beside the ``testing`` module. The
names here are for the module's docstring and classes; the data is already JSON-ready.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["FakeCollection", "FakeSpec"]


@dataclass(frozen=True, slots=True)
class FakeCollection:
    """A collection the fake keeps state for: ``client.fake.seed(name, [...])``."""

    name: str
    path: str  # the collection path (create, list)
    item_path: str  # the item path (get, update, delete); "" when there is none
    operations: tuple[str, ...]  # the keys of the operations that work on it


@dataclass(frozen=True, slots=True)
class FakeSpec:
    """The fake of one API: its collections and operations, and the data the server reads."""

    base_url: str  # where the fake clients send: the spec's https server, else a .invalid host
    collections: tuple[FakeCollection, ...]
    operations: tuple[str, ...]  # every operation key ("actions.create"), in spec order
    # An operation to call without arguments in examples (a list, if one can be), or "".
    # Its key is also its call: ``client.actions.list()`` for "actions.list".
    example: str
    example_status: int  # the documented success status of ``example``
    # JSON-ready: {"server": ..., "operations": [...], "collections": {...}, "schemas": {...}}
    data: Mapping[str, Any]

    @property
    def stateless(self) -> tuple[str, ...]:
        """The operations that answer their documented success, whatever came before."""
        stateful = {key for c in self.collections for key in c.operations}
        return tuple(key for key in self.operations if key not in stateful)
