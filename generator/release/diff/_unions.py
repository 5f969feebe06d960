"""Pair the members of two unions across versions: by model, shape, title and type, then position.

Position comes last because specs reorder members freely: `array` becoming
`oneOf: [string, array]` keeps its `array` member whichever place it takes. Two members that
are different model classes never pair (the class is what code names); a model renamed in the
same release still pairs with its new name.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from typing import Any

from ._labels import model_of
from ._refs import Resolver
from ._views import DOC_KEYS, canonical, types, view

Member = tuple[Any, str]  # (raw schema, pointer)


class _Seen:
    """What a member is recognised by (its shape only worked out when a pass asks)."""

    def __init__(
        self, resolver: Resolver, member: Member, renames: Mapping[str, str]
    ) -> None:
        self.member = member
        seen = view(resolver, *member)
        first = seen.components[0] if seen.components else None
        component = resolver.names.class_at(first) if first else None
        model = model_of(resolver, seen)
        # Names on the old side are given their new names when the model was renamed.
        self.component = renames.get(component, component) if component else None
        self.model = renames.get(model, model) if model else None
        title = seen.schema.get("title")
        self.title = title if isinstance(title, str) else None
        self.types = types(resolver, seen.schema, seen.pointer) or None
        self.schema = seen.schema
        self._shape: str | None = None

    @property
    def shape(self) -> str:
        """The schema as canonical JSON, without its documentation."""
        if self._shape is None:
            self._shape = canonical(
                {k: v for k, v in self.schema.items() if k not in DOC_KEYS}
            )
        return self._shape


# The passes, in order: (what pairs two members, whether several may pair by position).
_PASSES: tuple[tuple[Callable[[_Seen], Hashable], bool], ...] = (
    (lambda s: s.component, False),  # the same $ref
    (lambda s: s.shape, False),  # the same schema, written in place or under a new name
    (lambda s: s.title, False),
    (lambda s: s.types, False),  # e.g. the only string member on each side
    (lambda s: s.types, True),  # several objects: in the order they are listed
)


def match(
    old_resolver: Resolver,
    old: list[Member],
    new_resolver: Resolver,
    new: list[Member],
    renames: Mapping[str, str],
) -> tuple[list[tuple[Member, Member]], list[Member], list[Member]]:
    """(pairs, old members left over, new members left over), pairs in the old order."""
    olds = [_Seen(old_resolver, m, renames) for m in old]
    news = [_Seen(new_resolver, m, {}) for m in new]
    pairs: list[tuple[_Seen, _Seen]] = []
    for key, by_position in _PASSES:
        if olds and news:
            _pair(olds, news, key, by_position, pairs)
    pairs.sort(key=lambda p: old.index(p[0].member))
    return (
        [(o.member, n.member) for o, n in pairs],
        [s.member for s in olds],
        [s.member for s in news],
    )


def _pair(
    olds: list[_Seen],
    news: list[_Seen],
    key: Callable[[_Seen], Hashable],
    by_position: bool,
    pairs: list[tuple[_Seen, _Seen]],
) -> None:
    """Move the members `key` pairs from the leftover lists into `pairs`."""
    for value in list(dict.fromkeys(key(s) for s in olds)):
        if value is None:
            continue
        these = [s for s in olds if key(s) == value]
        those = [s for s in news if key(s) == value]
        if not by_position and (len(these) != 1 or len(those) != 1):
            continue  # ambiguous: a later pass, or position, decides
        for before, after in zip(these, those, strict=False):
            if before.model and after.model and before.model != after.model:
                continue
            pairs.append((before, after))
            olds.remove(before)
            news.remove(after)
