"""What an event's public page shows of its dates and sign-up (included by catalogue/listing_detail.html)."""

from django.conf import settings
from django.utils import timezone

from events import signup
from events.models import Occurrence
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

