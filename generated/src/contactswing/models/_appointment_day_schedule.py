# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated
from pydantic import BaseModel, ConfigDict, Field


class AppointmentDaySchedule(BaseModel):
    """
    Opening and closing time of the bookable window on one weekday.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    start_time: Annotated[str | None, Field(examples=["09:00"])] = None
    """
    Time of day at which bookings start, as HH:MM.
    """
    end_time: Annotated[str | None, Field(examples=["17:00"])] = None
    """
    Time of day after which no booking may end, as HH:MM.
    """
