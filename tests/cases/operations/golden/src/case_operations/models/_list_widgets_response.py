# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations


from ._widget import Widget

ListWidgetsResponse = list[Widget]
