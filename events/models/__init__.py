"""What only events have: dates (occurrences), the sign-up form an association turns on, sign-ups."""

from events.models.event import Event, set_dates
from events.models.occurrence import Occurrence, OccurrenceQuerySet
from events.models.registration import Registration, SignupSettings

__all__ = ["Event", "Occurrence", "OccurrenceQuerySet", "Registration", "SignupSettings", "set_dates"]
