"""What an event's public page shows of its dates and sign-up (included by catalogue/listing_detail.html)."""

import hashlib

from django.conf import settings
from django.db.models import Q, Sum
from django.utils import timezone

from events import signup
from events.models import Occurrence, Registration, SignupSettings
from services.models import Listing
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


def page_state(event_id: int, now) -> str | None:
    """Changes whenever what the event's page shows may change without the catalogue changing:
    its dates with their places, the places taken and waiting on each, the sign-up settings, and
    which of its moments (sign-up opening and closing, each date's start and end) have passed.
    None when there is no such event. Three small queries, against a page's dozen."""
    moments = Listing.objects.filter(pk=event_id).values_list("registration_opens_at", "registration_closes_at", "ends_at").first()
    if moments is None:
        return None
    taken = {
        name: Sum("registrations__people", filter=Q(registrations__status=status))
        for name, status in (("confirmed", Registration.Status.CONFIRMED), ("waiting", Registration.Status.WAITING))
    }
    dates = list(
        Occurrence.objects.filter(event_id=event_id, ends_at__gte=now)
        .annotate(**taken)
        .order_by("starts_at", "pk")
        .values_list("pk", "starts_at", "ends_at", "place__name", "confirmed", "waiting")
    )
    signup_settings = SignupSettings.objects.filter(event_id=event_id).values().first()
    passed = sum(1 for moment in [*moments, *(d[1] for d in dates)] if moment and moment <= now)
    state = repr((dates, sorted((signup_settings or {}).items()), passed))
    return hashlib.blake2s(state.encode(), digest_size=12).hexdigest()
