"""``NOT_GIVEN``: tells an argument the caller left out from one they set to ``None``.

Per-variant methods build their model only from the arguments the caller gave, so an
optional field left out is not sent at all, while an explicit ``None`` is sent as ``null``.
"""

from __future__ import annotations

from typing import Any, Final, final


@final
class NotGiven:
    """The type of ``NOT_GIVEN``; falsy, with a readable repr."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()


def given(**values: Any) -> dict[str, Any]:
    """The keyword arguments that were given: every ``NOT_GIVEN`` value dropped."""
    return {key: value for key, value in values.items() if value is not NOT_GIVEN}
