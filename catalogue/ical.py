"""iCalendar (RFC 5545) files of events, for "Lisää kalenteriin" and calendar subscriptions.

The `icalendar` library does the folding, escaping and VTIMEZONE; this module only decides what
a resident's calendar should show. Times are in Europe/Helsinki with a TZID, so a calendar shows
"klo 18.00" even if the phone's own time zone is wrong.
"""

import datetime
from collections.abc import Iterable
from urllib.parse import urlsplit

import icalendar
from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

PRODID = "-//Hyvinvointitarjotin//Hyvinvointitarjotin//FI"
CONTENT_TYPE = "text/calendar; charset=utf-8"


def uid_for(listing) -> str:
    """A UID that stays the same across downloads, so calendars update instead of duplicating.

    The domain comes from SITE_URL, not from the request, because one deployment may be reached
    through several host names.
    """
    domain = urlsplit(settings.SITE_URL).hostname or "hyvinvointitarjotin"
    return f"listing-{listing.pk}@{domain}"


def location_of(listing) -> str:
    """Place name, street address, postal code and municipality on one line."""
    place = listing.place
    if place is not None:
        town = f"{place.postal_code} {place.municipality.name}".strip()
        return ", ".join(part for part in (place.name, place.street_address, town) if part)
    if listing.is_online:
        return listing.online_url or _("Verkossa")
    return ""


def _description(listing, url: str) -> str:
    lines = [listing.summary, "", _("Järjestäjä: %(name)s") % {"name": listing.association.name}]
    if listing.is_free:
        lines.append(_("Maksuton"))
    elif listing.price:
        lines.append(_("Hinta: %(price)s") % {"price": listing.price})
    if listing.registration_required:
        lines.append(_("Ilmoittautuminen tarvitaan."))
        if listing.registration_info:
            lines.append(listing.registration_info)
    if listing.is_online and listing.online_url:
        lines.append(_("Verkossa: %(url)s") % {"url": listing.online_url})
    contact = ", ".join(part for part in (listing.contact_name, listing.contact_email, listing.contact_phone) if part)
    if contact:
        lines.append(_("Yhteystiedot: %(contact)s") % {"contact": contact})
    lines += ["", url]
    return "\n".join(lines)


def _vevent(listing, *, base_url: str, now: datetime.datetime) -> icalendar.Event:
    url = base_url + listing.get_absolute_url()
    event = icalendar.Event()
    event.add("uid", uid_for(listing))
    # With METHOD:PUBLISH, DTSTAMP is when this file was made (RFC 5545, 3.8.7.2); when the
    # listing itself changed is LAST-MODIFIED.
    event.add("dtstamp", now)
    event.add("last-modified", listing.updated_at.astimezone(datetime.UTC))
    event.add("dtstart", timezone.localtime(listing.starts_at))
    if listing.ends_at:
        event.add("dtend", timezone.localtime(listing.ends_at))
    event.add("summary", listing.title)
    event.add("description", _description(listing, url))
    location = location_of(listing)
    if location:
        event.add("location", location)
    place = listing.place
    if place is not None and place.latitude is not None:
        event.add("geo", (float(place.latitude), float(place.longitude)))
    event.add("url", url)
    event.add("status", "CONFIRMED")
    return event


def calendar_for(events: Iterable, *, name: str, base_url: str | None = None) -> bytes:
    """An iCalendar file of the given event listings.

    `events` are Listing objects of kind event, with `association` and `place__municipality`
    selected (the caller decides which ones are public: use Listing.objects.published()).
    `base_url` is the scheme and host for the links, e.g. request.build_absolute_uri("/");
    SITE_URL when not given.
    """
    base_url = (base_url or settings.SITE_URL).rstrip("/")
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    # The library does not know these two are TEXT, so it would not escape "," and ";".
    calendar.add("name", icalendar.vText(name))
    calendar.add("x-wr-calname", icalendar.vText(name))
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    now = timezone.now().astimezone(datetime.UTC)
    starts = []
    for listing in events:
        calendar.add_component(_vevent(listing, base_url=base_url, now=now))
        starts.append(timezone.localdate(listing.starts_at))
    if starts:
        # Only the time zone rules that the events need, to keep the file small.
        calendar.add_missing_timezones(
            first_date=min(starts) - datetime.timedelta(days=366),
            last_date=max(starts) + datetime.timedelta(days=366),
        )
    return calendar.to_ical()


def ics_response(content: bytes, *, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
