# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated, Literal
from pydantic import Field

CallVersion = Annotated[
    Literal["v1", "v2"], Field(examples=["v1"], title="CallVersion")
]


ActionTiming = Annotated[
    Literal["DURING", "AFTER", "BEFORE"],
    Field(examples=["DURING"], title="ActionTiming"),
]


ValueItem = Annotated[
    str, Field(examples=["+13465507166"], pattern="^\\+[1-9]\\d{1,14}$")
]


SmsProvider = Annotated[
    Literal["TWILIO"], Field(examples=["TWILIO"], title="SmsProvider")
]


AppointmentCalendarType = Annotated[
    Literal["google", "outlook"],
    Field(examples=["google"], title="AppointmentCalendarType"),
]
