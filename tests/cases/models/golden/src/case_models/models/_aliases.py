# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Literal

Status = Literal["draft", "in-progress", "2fa-pending", "done"]


Priority = Literal[1, 2, 3]


ReplaceOrdersResponse = int
