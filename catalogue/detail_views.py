"""The public page of one listing and its calendar file."""

import re

from django.conf import settings
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.timesince import timesince
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from catalogue import detail_parts, ical, page_cache, view_counting
from catalogue import index as catalogue_index
from events import page as event_page
from events import page_state as event_state
from services import search
from services.interest_forms import VolunteerInterestForm
from services.models import Listing, TimeOfDay, Weekday
from services.when import when_text

OG_LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}


def og_locale() -> str:
    """The Open Graph locale of the active language."""
    return OG_LOCALES.get((get_language() or "fi")[:2], "fi_FI")


def tel_href(phone: str) -> str:
    """A phone number as a tel: link wants it: digits and a leading plus only."""
    return re.sub(r"[^\d+]", "", phone)


def _public_listings():
    """Published listings with what every request of the page reads; the rest comes with the
    parts that are rendered once (catalogue/detail_parts.py)."""
    return Listing.objects.published().select_related("association", "place__municipality").defer(*search.FIELDS)


def confirmed_age_text(confirmed_on, today) -> str:
    """How long ago the association last confirmed the details, in words."""
    if confirmed_on >= today:
        return _("tänään")
    return _("%(age)s sitten") % {"age": timesince(confirmed_on, today, depth=1)}


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


def listing_context(request, listing, *, reuse_parts: bool = False) -> dict:
    """What catalogue/listing_detail.html shows; the association's preview (dashboard/edit_views.py)
    and the liaison's review use it too, rendering every part afresh (`reuse_parts` off)."""
    # A working copy previews under the address of the published listing it will replace.
    public = listing.working_copy_of if listing.working_copy_of_id else listing
    url = request.build_absolute_uri(public.get_absolute_url())
    association_url = request.build_absolute_uri(listing.association.get_absolute_url())
    today = timezone.localdate()
    # The kind's own part first (an event's reads the dates, which the JSON-LD shows too).
    kind_context = event_page.page_context(request, listing) if listing.kind == Listing.Kind.EVENT else {}
    if listing.kind == Listing.Kind.VOLUNTEER_ROLE and listing.is_public():
        kind_context.update(interest_form=VolunteerInterestForm(), retention_days=settings.PERSONAL_DATA_RETENTION_DAYS)
    context = {
        "listing": listing,
        "absolute_url": url,
        "og_locale": og_locale(),
        **_time_context(listing),
        "phone_href": tel_href(listing.contact_phone),
        "confirmed_age": confirmed_age_text(listing.last_confirmed_on, today),
        "is_stale": listing.is_stale(today),
        "freshness_months": settings.FRESHNESS_MONTHS,
        "for_counsellor": request.user.is_authenticated and request.user.is_counsellor(),
        **kind_context,
    }
    context["parts"] = detail_parts.rendered_parts(
        listing, context, others_of=public, association_url=association_url, reuse=reuse_parts
    )
    context["jsonld"] = context["parts"]["jsonld"]
    return context


def _shared_version(request, pk, slug, kind):
    """A listing's page is the same for everyone without a session until the listing changes
    (a change to its association or place is one), or one of its association's listings, which
    it names; until a day passes or an event ends (the named listings leave out ended events);
    an event's also until its dates pass, a sign-up fills a place or its sign-up settings change.
    Read before the view reads the database, so a page may be kept under a version older than
    what it shows, which the next version makes again, but never newer. (Only pages answered
    200 are kept: an unknown or unpublished listing's 404 is not.)"""
    index = catalogue_index.holder.get()
    now = timezone.now()
    own = index.page_version(pk)
    if own is None:  # not a published listing as far as the index knows: the view decides
        version = page_cache.catalogue_version()
    else:
        version = f"{own}:{index.ended_count(now)}:{timezone.localdate()}"
    if kind == Listing.Kind.EVENT:
        state = event_state.current(pk, now)
        return state and f"{version}:{state}"
    return version


def _counted(request, pk, slug, kind):
    view_counting.count_view(request, pk)


@require_GET
@page_cache.shared_page(_shared_version, on_hit=_counted)
def listing_detail(request, pk, slug, kind):
    listing = get_object_or_404(_public_listings(), pk=pk)
    if listing.kind != kind or listing.slug != slug:
        return redirect(listing, permanent=True)
    view_counting.count_view(request, listing.pk)
    return render(request, "catalogue/listing_detail.html", listing_context(request, listing, reuse_parts=True))


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
