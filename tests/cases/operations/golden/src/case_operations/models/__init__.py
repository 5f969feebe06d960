"""Pydantic models of every schema in the spec. Generated; do not edit.

A model is built when it is first read from here, with the models it refers to: a program
pays for the models it uses, and ``import case_operations.models`` costs nothing.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._get_health_response import GetHealthResponse as GetHealthResponse
    from ._list_widgets_response import ListWidgetsResponse as ListWidgetsResponse
    from ._widget import Widget as Widget
    from ._widget_input import WidgetInput as WidgetInput

# Each name → the module that defines it.
_MODULES: dict[str, str] = {
    "GetHealthResponse": "_get_health_response",
    "ListWidgetsResponse": "_list_widgets_response",
    "Widget": "_widget",
    "WidgetInput": "_widget_input",
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
