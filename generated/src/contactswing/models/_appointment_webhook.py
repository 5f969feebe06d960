# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from typing import Annotated
from pydantic import BaseModel, ConfigDict, Field

from ._aliases import AppointmentCalendarType
from ._appointment_booking_timings import AppointmentBookingTimings


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
