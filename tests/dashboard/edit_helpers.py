"""What the listing form tests post: a complete, valid form of each kind, as a browser sends it."""

import datetime

from django.urls import reverse
from django.utils import timezone

from dashboard.edit_views import working_version
from services.edit_form import version_token
from services.models import Listing
from tests.factories import make_listing
from vocabularies.models import Language, Municipality, TargetGroup


def activity_data(**changes):
    data = {
        "title": "Muistikahvila",
        "summary": "Kahvia ja juttuseuraa muistisairaille ja heidän läheisilleen.",
        "description": "Tervetuloa!\n\nKahvi maksaa euron.",
        "municipalities": [str(Municipality.objects.get(slug="nurmijarvi").pk)],
        "target_groups": [str(TargetGroup.objects.get(slug="ikaihmiset").pk)],
        "languages": [str(Language.objects.get(slug="suomi").pk)],
        "tags": "kahvi, muisti",
        "is_free": "on",
        "contact_email": "aino.admin@example.fi",
        "weekdays": ["1"],
        "times_of_day": ["1"],
        "schedule": "Tiistaisin klo 13–15",
        "place_choice": "",
        "action": "save",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def event_data(day=None, **changes):
    day = day or (timezone.localdate() + datetime.timedelta(days=30))
    data = activity_data(
        title="Kevätkonsertti", weekdays=None, times_of_day=None, schedule=None,
        date=day.isoformat(), start_time="18:00", end_time="20:00",
        **{"dates-TOTAL_FORMS": "3", "dates-INITIAL_FORMS": "0", "dates-MIN_NUM_FORMS": "0", "dates-MAX_NUM_FORMS": "20"},
    )
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def role_data(**changes):
    data = activity_data(
        title="Ystävä ikäihmiselle", weekdays=None, times_of_day=None, schedule=None,
        time_commitment="2 tuntia viikossa", training_offered="Kolmen illan peruskurssi.",
    )
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}



def seen(listing):
    """The version token the edit form of `listing` carries, as a browser sends it back."""
    listing.refresh_from_db()
    return {"seen_version": version_token(working_version(listing.working_copy_of or listing))}


def url_for(name, args, association):
    """The address of an Omat sivut view; `args` says what it takes (a listing is made for it)."""
    if args == "association":
        return reverse(name, args=[association.slug])
    if args == "association-year":
        return reverse(name, args=[association.slug, 2026])
    if args == "association-kind":
        return reverse(name, args=[association.slug, "toiminta"])
    status = Listing.Status.ARCHIVED if args == "archived" else Listing.Status.DRAFT
    return reverse(name, args=[make_listing(association, status=status).pk])
