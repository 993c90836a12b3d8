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

from events.models import Occurrence

PRODID = "-//Hyvinvointitarjotin//Hyvinvointitarjotin//FI"
CONTENT_TYPE = "text/calendar; charset=utf-8"


def uid_for(listing) -> str:
    """A UID that stays the same across downloads, so calendars update instead of duplicating.

    The domain comes from SITE_URL, not from the request, because one deployment may be reached
    through several host names.
    """
    domain = urlsplit(settings.SITE_URL).hostname or "hyvinvointitarjotin"
    return f"listing-{listing.pk}@{domain}"


def location_of(listing, place=None) -> str:
    """Place name, street address, postal code and municipality on one line (a date's own place first)."""
    place = place or listing.place
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


def _vevent(listing, *, base_url: str, now: datetime.datetime, date=None, uid: str = "") -> icalendar.Event:
    """One VEVENT: the listing at one of its dates (`date`, an Occurrence), or at its own span."""
    url = base_url + listing.get_absolute_url()
    event = icalendar.Event()
    event.add("uid", uid or uid_for(listing))
    # With METHOD:PUBLISH, DTSTAMP is when this file was made (RFC 5545, 3.8.7.2); when the
    # listing itself changed is LAST-MODIFIED.
    event.add("dtstamp", now)
    event.add("last-modified", listing.updated_at.astimezone(datetime.UTC))
    when = date or listing
    if when.starts_at:
        event.add("dtstart", timezone.localtime(when.starts_at))
    if when.ends_at:
        event.add("dtend", timezone.localtime(when.ends_at))
    event.add("summary", listing.title)
    event.add("description", _description(listing, url))
    place = getattr(date, "place", None) or listing.place
    location = location_of(listing, place)
    if location:
        event.add("location", location)
    if place is not None and place.latitude is not None:
        event.add("geo", (float(place.latitude), float(place.longitude)))
    event.add("url", url)
    event.add("status", "CONFIRMED")
    return event


def _dates_of(events: list) -> dict:
    """{event id: its dates not yet over}, in one query."""
    dates = {}
    for occurrence in Occurrence.objects.upcoming().filter(event__in=[e.pk for e in events]).select_related("place__municipality"):
        dates.setdefault(occurrence.event_id, []).append(occurrence)
    return dates


ICAL_DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def _weekly_vevent(listing, *, base_url: str, now) -> tuple[icalendar.Event, datetime.date]:
    """A weekly activity as an all-day event repeating on its weekdays (RRULE).

    Activities give weekdays and a time of day, not exact hours, so the day is marked and the
    schedule in words ("tiistaisin klo 13–15") goes into the description.
    """
    today = timezone.localdate()
    first = next(today + datetime.timedelta(days=n) for n in range(7) if (today.weekday() + n) % 7 in listing.weekdays)
    event = _vevent(listing, base_url=base_url, now=now, date=None)
    for name in ("dtstart", "dtend"):
        event.pop(name, None)
    event.add("dtstart", first)
    event.add("dtend", first + datetime.timedelta(days=1))
    event.add("rrule", {"freq": "weekly", "byday": [ICAL_DAYS[d] for d in sorted(listing.weekdays)]})
    if listing.schedule:
        event["description"] = icalendar.vText(f"{listing.schedule}\n\n{event['description']}")
    return event, first


def _vevents(listing, dates: list, *, base_url: str, now):
    """(VEVENT, local day) per date of the event. One date keeps the listing's own UID, so calendars
    that subscribed before events had several dates update rather than duplicate."""
    if listing.kind == "activity":
        yield _weekly_vevent(listing, base_url=base_url, now=now)
        return
    if len(dates) <= 1:
        yield _vevent(listing, base_url=base_url, now=now, date=dates[0] if dates else None), timezone.localdate(listing.starts_at)
        return
    domain = uid_for(listing).split("@", 1)[1]
    for date in dates:
        uid = f"listing-{listing.pk}-date-{date.pk}@{domain}"
        yield _vevent(listing, base_url=base_url, now=now, date=date, uid=uid), timezone.localdate(date.starts_at)


def calendar_for(events: Iterable, *, name: str, base_url: str | None = None) -> bytes:
    """An iCalendar file of the given event listings (or weekly activities, repeating).

    `events` are Listing objects of kind event (or activity, with weekdays), with `association` and `place__municipality`
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
    events = list(events)
    dates = _dates_of(events)
    for listing in events:
        for vevent, start in _vevents(listing, dates.get(listing.pk, []), base_url=base_url, now=now):
            calendar.add_component(vevent)
            starts.append(start)
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
