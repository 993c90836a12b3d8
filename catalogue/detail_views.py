"""The public page of one listing and its calendar file."""

import re

from django.conf import settings
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.timesince import timesince
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from catalogue import view_counting
from catalogue import ical, jsonld
from events import page as event_page
from services.interest_forms import VolunteerInterestForm
from services.models import Listing, TimeOfDay, Weekday
from services.when import when_text

OTHER_LISTINGS_SHOWN = 5
OG_LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}


def og_locale() -> str:
    """The Open Graph locale of the active language."""
    return OG_LOCALES.get((get_language() or "fi")[:2], "fi_FI")


def tel_href(phone: str) -> str:
    """A phone number as a tel: link wants it: digits and a leading plus only."""
    return re.sub(r"[^\d+]", "", phone)


def _public_listings():
    """Published listings with everything the detail page shows, in a constant number of queries."""
    return (
        Listing.objects.published()
        .select_related("association", "place__municipality")
        .prefetch_related(
            "target_groups", "themes", "life_situations", "activity_types", "languages", "municipalities", "tags"
        )
    )


def confirmed_age_text(confirmed_on, today) -> str:
    """How long ago the association last confirmed the details, in words."""
    if confirmed_on >= today:
        return _("tänään")
    return _("%(age)s sitten") % {"age": timesince(confirmed_on, today, depth=1)}


def current_listings(association):
    """An association's public listings, leaving out events that have already ended."""
    public = Listing.objects.published().filter(association=association)
    return public.exclude(kind=Listing.Kind.EVENT) | public.upcoming()


def _other_listings(listing):
    others = current_listings(listing.association_id).exclude(pk=listing.pk)
    return others.select_related("place__municipality")[:OTHER_LISTINGS_SHOWN]


def _time_context(listing) -> dict:
    """Kind-specific times in words: weekdays of an activity, the date and time of an event."""
    return {
        "weekdays": [Weekday(day).label for day in listing.weekdays],
        "times_of_day": [TimeOfDay(time).label for time in listing.times_of_day],
        "event_time": when_text(listing.starts_at, listing.ends_at) if listing.starts_at else "",
        "is_past": bool(listing.ends_at and listing.ends_at < timezone.now()),
        "registration_opens": when_text(listing.registration_opens_at) if listing.registration_opens_at else "",
        "registration_closes": when_text(listing.registration_closes_at) if listing.registration_closes_at else "",
    }


def listing_context(request, listing) -> dict:
    """What catalogue/listing_detail.html shows; the association's preview (dashboard/edit_views.py) uses it too."""
    # A working copy previews under the address of the published listing it will replace.
    public = listing.working_copy_of if listing.working_copy_of_id else listing
    url = request.build_absolute_uri(public.get_absolute_url())
    association_url = request.build_absolute_uri(listing.association.get_absolute_url())
    today = timezone.localdate()
    # The kind's own part first (an event's reads the dates, which the JSON-LD shows too).
    kind_context = event_page.page_context(request, listing) if listing.kind == Listing.Kind.EVENT else {}
    if listing.kind == Listing.Kind.VOLUNTEER_ROLE and listing.is_public():
        kind_context.update(interest_form=VolunteerInterestForm(), retention_days=settings.PERSONAL_DATA_RETENTION_DAYS)
    return {
        "listing": listing,
        "absolute_url": url,
        "og_locale": og_locale(),
        **_time_context(listing),
        "phone_href": tel_href(listing.contact_phone),
        "confirmed_age": confirmed_age_text(listing.last_confirmed_on, today),
        "is_stale": listing.is_stale(today),
        "freshness_months": settings.FRESHNESS_MONTHS,
        "other_listings": _other_listings(public),
        "for_counsellor": request.user.is_authenticated and request.user.is_counsellor(),
        "jsonld": jsonld.script_json(jsonld.listing_jsonld(listing, url=url, association_url=association_url)),
        **kind_context,
    }


@require_GET
def listing_detail(request, pk, slug, kind):
    listing = get_object_or_404(_public_listings(), pk=pk)
    if listing.kind != kind or listing.slug != slug:
        return redirect(listing, permanent=True)
    view_counting.count_view(request, listing)
    return render(request, "catalogue/listing_detail.html", listing_context(request, listing))


@require_GET
def event_ics(request, pk):
    event = get_object_or_404(
        Listing.objects.published().of_kind(Listing.Kind.EVENT).select_related("association", "place__municipality"),
        pk=pk,
    )
    content = ical.calendar_for([event], name=event.title, base_url=request.build_absolute_uri("/"))
    return ical.ics_response(content, filename=f"{event.slug or 'tapahtuma'}.ics")


@require_GET
def activity_ics(request, pk):
    """A weekly activity in a calendar: its weekdays, repeating (catalogue/ical.py)."""
    activity = get_object_or_404(
        Listing.objects.published().of_kind(Listing.Kind.ACTIVITY).exclude(weekdays=[]).select_related("association", "place__municipality"),
        pk=pk,
    )
    content = ical.calendar_for([activity], name=activity.title, base_url=request.build_absolute_uri("/"))
    return ical.ics_response(content, filename=f"{activity.slug or 'toiminta'}.ics")
