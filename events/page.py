"""What an event's public page shows of its dates and sign-up (included by catalogue/listing_detail.html)."""

import hashlib

from django.conf import settings
from django.db import connection
from django.utils import timezone

from events import signup
from events.models import Occurrence, Registration
from events.signup_forms import RegistrationForm
from services.when import when_text


def registration_form(listing, data=None, user=None, signup_settings=None) -> RegistrationForm | None:
    """The sign-up form of a public event, or None when sign-up is not in use here or is closed."""
    signup_settings = signup_settings or signup.settings_for(listing)
    dates = signup.open_dates(listing) if signup_settings and signup_settings.is_open else []
    if not dates or signup.closed_reason(listing, dates[0], signup_settings=signup_settings):
        return None
    return RegistrationForm(data, signup=signup_settings, dates=dates, user=user)


def page_context(request, listing) -> dict:
    original_pk = listing.working_copy_of_id or listing.pk
    now = timezone.now()
    upcoming = list(Occurrence.objects.filter(event_id=original_pk, ends_at__gte=now).select_related("place"))
    listing.upcoming_dates = upcoming  # for the JSON-LD (catalogue/jsonld.py), read once
    signup_settings = signup.settings_for(listing)
    form, closed = None, ""
    # The association's preview of a draft shows no form: it could not be sent.
    if signup_settings and listing.is_public():
        form = registration_form(listing, user=request.user, signup_settings=signup_settings)
        if form is None:
            closed = signup.closed_reason(listing, upcoming[0] if upcoming else None, signup_settings=signup_settings)
    return {
        # A date at a place of its own says where.
        "dates": [", ".join(filter(None, [when_text(d.starts_at, d.ends_at), d.place and d.place.name])) for d in upcoming],
        "next_date": when_text(upcoming[0].starts_at, upcoming[0].ends_at) if upcoming else "",
        "signup_form": form,
        "signup_closed": closed,
        "retention_days": settings.PERSONAL_DATA_RETENTION_DAYS,
    }


# Asked before every kept event page is answered, so it is one plain query: built by the ORM it
# cost twenty times its 0.05 ms of database time. One row for each coming date (one row with
# empty dates when there are none), with the event's sign-up settings and which of its moments
# have passed at %(now)s.
STATE_SQL = """
SELECT l.registration_opens_at <= %(now)s, l.registration_closes_at <= %(now)s, l.ends_at <= %(now)s,
       s.is_open, s.contact, s.ask_people, s.max_people, s.ask_message, s.message_label, s.ask_consent,
       o.id, o.starts_at, o.ends_at, o.starts_at <= %(now)s, p.name,
       (SELECT SUM(r.people) FROM events_registration r WHERE r.occurrence_id = o.id AND r.status = %(confirmed)s),
       (SELECT SUM(r.people) FROM events_registration r WHERE r.occurrence_id = o.id AND r.status = %(waiting)s)
FROM services_listing l
LEFT JOIN events_signupsettings s ON s.event_id = l.id
LEFT JOIN events_occurrence o ON o.event_id = l.id AND o.ends_at >= %(now)s
LEFT JOIN services_place p ON p.id = o.place_id
WHERE l.id = %(event)s
ORDER BY o.starts_at, o.id
"""


def page_state(event_id: int, now) -> str | None:
    """Changes whenever what the event's page shows may change without the catalogue changing:
    its dates with their places, the places taken and waiting on each, the sign-up settings, and
    which of its moments (sign-up opening and closing, each date's start and end) have passed.
    None when there is no such event."""
    lowest, highest = connection.ops.integer_field_range("BigAutoField")
    if not lowest <= event_id <= highest:  # an address no event can have
        return None
    params = {
        "now": connection.ops.adapt_datetimefield_value(now),
        "event": event_id,
        "confirmed": Registration.Status.CONFIRMED.value,
        "waiting": Registration.Status.WAITING.value,
    }
    with connection.cursor() as cursor:
        cursor.execute(STATE_SQL, params)
        rows = cursor.fetchall()
    if not rows:
        return None
    return hashlib.blake2s(repr(rows).encode(), digest_size=12).hexdigest()
