# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated, Literal
from pydantic import ConfigDict, Field
from .._models import BaseModel

from ._aliases import ActionTiming
from ._data_extraction_webhook import DataExtractionWebhook


class DataExtractionAction(BaseModel):
    """
    An action that makes the assistant pull one piece of information out of the conversation and, optionally, store it on a record.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    name: Annotated[str, Field(examples=["My Data Extraction Action"])]
    """
    Human-readable label shown for the action.
    """
    description: Annotated[
        str | None,
        Field(examples=["Trigger this action if the user requests data extraction."]),
    ] = None
    """
    What the action is for; the assistant uses it to decide when to run it.
    """
    action_timing: ActionTiming
    """
    When in the conversation the action may run.
    """
    type: Literal["SINGLEDATAEXTRACTION"]
    """
    Discriminator value selecting the data extraction action kind.
    """
    webhook: DataExtractionWebhook
