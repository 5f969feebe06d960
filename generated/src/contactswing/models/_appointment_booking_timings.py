# Part of the models package: import from it, not from here. Generated; do not edit.

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from ._appointment_day_schedule import AppointmentDaySchedule


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
