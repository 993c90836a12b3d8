"""What the catalogue index reads of each public listing, and the facet options a row gives.

Shared by the full build (catalogue/index.py) and by applying a change (catalogue/index_changes.py),
so that both lay out a listing the same way.
"""

import datetime

from django.utils import timezone

from catalogue.facets import MEETS_IN, TIME_SLUGS, VOCABULARY_FACETS, WEEKDAY_SLUGS
from events.models import Occurrence
from services.models import Listing, TimeOfDay

MAX_EVENT_DAYS = 62  # a longer event is listed on its first two months only


def _local_day(moment) -> datetime.date:
    return timezone.localtime(moment).date()


def upcoming_dates(now, listing_ids=None) -> dict[int, list[tuple[datetime.datetime, datetime.datetime]]]:
    """{event id: [(start, end) of each date not yet over], soonest first} in one query."""
    dates: dict[int, list] = {}
    rows = Occurrence.objects.upcoming(now)
    if listing_ids is not None:
        rows = rows.filter(event_id__in=listing_ids)
    for event_id, start, end in rows.order_by("starts_at").values_list("event_id", "starts_at", "ends_at").iterator(chunk_size=10_000):
        dates.setdefault(event_id, []).append((start, end))
    return dates


ROW_FIELDS = [
    "id", "kind", "is_free", "is_online", "place_id", "place__is_accessible", "registration_required",
    "weekdays", "times_of_day", "starts_at", "ends_at", "published_at", "last_confirmed_on",
    "place__municipality__slug", "place__latitude", "place__longitude", "association_id",
]


def public_rows(now):
    return Listing.objects.published().exclude(kind=Listing.Kind.EVENT, ends_at__lt=now).values_list(*ROW_FIELDS)


def ended_event_associations(now, listing_ids=None) -> dict[int, int]:
    """{id: association id} of the published events that have ended: out of the catalogue, their
    pages still answer, naming their association's other listings."""
    rows = Listing.objects.published().filter(kind=Listing.Kind.EVENT, ends_at__lt=now)
    if listing_ids is not None:
        rows = rows.filter(pk__in=listing_ids)
    return dict(rows.values_list("id", "association_id"))


def sort_key(row, today, dates=()) -> int:
    """Soonest or newest first: an event n days ahead (its next date) sits beside an activity
    published or confirmed n days ago; the newer listing first on the same day. One integer, to
    keep it small."""
    pk, kind, starts_at, published_at, confirmed = row[0], row[1], row[9], row[11], row[12]
    if kind == Listing.Kind.EVENT:
        starts_at = dates[0][0] if dates else starts_at
        days = max((_local_day(starts_at) - today).days, 0)
    else:
        latest = max(_local_day(published_at) if published_at else confirmed, confirmed)
        days = (today - latest).days
    return (days << 40) - pk


def row_options(row, dates=()) -> tuple[list[tuple[str, str]], list[datetime.date]]:
    """The (facet, option) pairs of one listing's row that are not vocabularies, and its event days.

    An event's weekdays, times and days come from its dates that are not over yet.
    """
    _pk, kind, is_free, is_online, place_id, accessible, registration, weekdays, times, starts, ends, *_rest = row
    meets_in = row[13]
    options = [("kind", kind), ("registration", "required" if registration else "not-required")]
    if is_free:
        options.append(("cost", "free"))
    if place_id:
        options.append(("mode", "onsite"))
        options.append((MEETS_IN.key, meets_in))
    if is_online:
        options.append(("mode", "online"))
    if accessible:
        options.append(("accessible", "yes"))
    days = []
    if kind == Listing.Kind.EVENT and starts:
        spans = dates or [(starts, ends or starts)]
        weekdays = sorted({timezone.localtime(start).weekday() for start, _end in spans})
        times = sorted({TimeOfDay.of(start) for start, _end in spans})
        for start, end in spans:
            first, last = _local_day(start), _local_day(end)
            days += [first + datetime.timedelta(days=offset) for offset in range(min((last - first).days, MAX_EVENT_DAYS) + 1)]
    options += [("weekday", WEEKDAY_SLUGS[day]) for day in weekdays]
    options += [("time_of_day", TIME_SLUGS[moment]) for moment in times]
    return options, sorted(set(days))


def row_point(row) -> tuple[float, float] | None:
    """Where the listing's place is, if it has been located."""
    return (float(row[14]), float(row[15])) if row[14] is not None and row[15] is not None else None


def vocabulary_links(listing_ids=None):
    """(listing id, facet, option slug) of the vocabulary facets, of some listings or of all."""
    for facet in VOCABULARY_FACETS:
        slugs = dict(facet.vocabulary.objects.values_list("pk", "slug"))
        through = getattr(Listing, facet.through).through
        links = through.objects.all() if listing_ids is None else through.objects.filter(listing_id__in=listing_ids)
        term_column = f"{facet.vocabulary._meta.model_name}_id"
        for listing_id, term_id in links.values_list("listing_id", term_column).iterator(chunk_size=10_000):
            yield listing_id, facet.key, slugs[term_id]
