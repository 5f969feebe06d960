# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated
from pydantic import ConfigDict, Field
from .._models import BaseModel

from ._aliases import AppointmentCalendarType


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


class AppointmentBookingTimings(BaseModel):
    """
    Weekly hours during which bookings may be made, one entry per weekday.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    monday: AppointmentDaySchedule | None = None
    """
    Bookable hours on Mondays.
    """
    tuesday: AppointmentDaySchedule | None = None
    """
    Bookable hours on Tuesdays.
    """
    wednesday: AppointmentDaySchedule | None = None
    """
    Bookable hours on Wednesdays.
    """
    thursday: AppointmentDaySchedule | None = None
    """
    Bookable hours on Thursdays.
    """
    friday: AppointmentDaySchedule | None = None
    """
    Bookable hours on Fridays.
    """
    saturday: AppointmentDaySchedule | None = None
    """
    Bookable hours on Saturdays.
    """
    sunday: AppointmentDaySchedule | None = None
    """
    Bookable hours on Sundays.
    """


class AppointmentWebhook(BaseModel):
    """
    Calendar connection and availability used for bookings.
    """

    model_config = ConfigDict(
        protected_namespaces=(),
        defer_build=True,
        extra="allow",
        populate_by_name=True,
    )
    email: str
    """
    Address of the calendar account that receives the bookings.
    """
    type: AppointmentCalendarType
    user_id: str
    """
    UUID of the ContactSwing user who owns the calendar connection.
    """
    mandatory: Annotated[bool | None, Field(examples=[True])] = None
    """
    Whether the caller must confirm before the booking is made.
    """
    timezone: Annotated[str | None, Field(examples=["Africa/Algiers"])] = None
    """
    IANA time zone that the availability hours are expressed in.
    """
    buffer_time: int | None = None
    """
    Minutes kept free between two bookings.
    """
    booking_timings: AppointmentBookingTimings | None = None
    round_robin_emails: Annotated[list[str] | None, Field(examples=[[]])] = None
    """
    Calendar addresses that bookings are spread across in turn; an empty list means no rotation.
    """
