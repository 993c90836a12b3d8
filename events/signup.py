"""Whether a date can take sign-ups now, and what the event page shows about it."""

from django.utils import timezone
from django.utils.translation import gettext as _

from events.models import Occurrence, Registration, SignupSettings


def settings_for(listing) -> SignupSettings | None:
    """The sign-up form of the published event (a working copy shares its original's)."""
    original_pk = listing.working_copy_of_id or listing.pk
    return SignupSettings.objects.filter(event_id=original_pk).first()


def closed_reason(listing, occurrence: Occurrence | None, now=None, signup_settings=None) -> str:
    """Why sign-up is closed, in words for the person trying; empty when it is open."""
    now = now or timezone.now()
    signup = signup_settings or settings_for(listing)
    if signup is None or not signup.is_open:
        return _("Tähän tapahtumaan ei voi ilmoittautua tässä palvelussa. Katso ilmoittautumisohje tapahtuman sivulta.")
    if listing.registration_opens_at and now < listing.registration_opens_at:
        return _("Ilmoittautuminen ei ole vielä alkanut.")
    if listing.registration_closes_at and now >= listing.registration_closes_at:
        return _("Ilmoittautuminen on päättynyt.")
    if occurrence is None or occurrence.starts_at <= now:
        return _("Tähän ajankohtaan ei voi enää ilmoittautua, koska se on jo alkanut tai päättynyt.")
    return ""


def next_date(listing, now=None) -> Occurrence | None:
    original_pk = listing.working_copy_of_id or listing.pk
    return Occurrence.objects.filter(event_id=original_pk, starts_at__gt=now or timezone.now()).select_related("event").first()


def open_dates(listing, now=None) -> list[Occurrence]:
    """The dates one can still sign up for, each with `seats_left` (None = no limit) and `waiting`."""
    now = now or timezone.now()
    original_pk = listing.working_copy_of_id or listing.pk
    dates = list(Occurrence.objects.filter(event_id=original_pk, starts_at__gt=now).select_related("event"))
    counts = Registration.objects.filter(occurrence__in=dates).active()
    taken, waiting = {}, {}
    for occurrence_id, status, people in counts.values_list("occurrence_id", "status", "people"):
        table = taken if status == Registration.Status.CONFIRMED else waiting
        table[occurrence_id] = table.get(occurrence_id, 0) + people
    for occurrence in dates:
        capacity = occurrence.event.capacity
        occurrence.seats_left = None if capacity is None else max(capacity - taken.get(occurrence.pk, 0), 0)
        occurrence.waiting = waiting.get(occurrence.pk, 0)
        occurrence.is_full = occurrence.seats_left == 0 or bool(occurrence.waiting)
    return dates
