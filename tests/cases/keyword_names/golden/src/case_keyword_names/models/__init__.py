"""Pydantic models of every schema in the spec. Generated; do not edit.

A model is built when it is first read from here, with the models it refers to: a program
pays for the models it uses, and ``import case_keyword_names.models`` costs nothing.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._record import (
        Description as Description,
        Format as Format,
        Inner as Inner,
        Item as Item,
        Properties as Properties,
        Record as Record,
        Type as Type,
    )

# Each name → the module that defines it.
_MODULES: dict[str, str] = {
    "Description": "_record",
    "Format": "_record",
    "Inner": "_record",
    "Item": "_record",
    "Properties": "_record",
    "Record": "_record",
    "Type": "_record",
}

if not TYPE_CHECKING:  # type checkers read the imports above; a typo stays an error
    # Every name of the map; type checkers take the ``X as X`` imports as the public names.
    __all__ = list(_MODULES)

    def __getattr__(name: str) -> object:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import importlib

        loaded = importlib.import_module(f"{__name__}.{module}")
        # ``models`` is a module of its own; every other name is defined in its module.
        value = loaded if name == module else getattr(loaded, name)
        globals()[name] = value  # read once: later reads skip this function
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
