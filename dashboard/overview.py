"""What an association's page on Omat sivut shows, read in a constant number of queries."""

import datetime
from dataclasses import dataclass, field

from django.utils import timezone

from dashboard import statistics
from services.models import Listing

Status = Listing.Status
EVENTS_SOON_DAYS = 14
# The order of the groups on the page: work in progress first, the archive last.
GROUP_ORDER = [Status.DRAFT, Status.PENDING, Status.PUBLISHED, Status.RETURNED, Status.ARCHIVED]


@dataclass
class Overview:
    returned: list = field(default_factory=list)  # originals and working copies sent back, with the reason
    stale: list = field(default_factory=list)  # published, not confirmed for FRESHNESS_MONTHS
    events_soon: list = field(default_factory=list)
    groups: list = field(default_factory=list)  # (status, label, listings)
    ended_events: list = field(default_factory=list)
    total: int = 0

    @property
    def needs_attention(self) -> bool:
        return bool(self.returned or self.stale or self.events_soon)


def association_overview(association, now: datetime.datetime | None = None) -> Overview:
    """The association's listings grouped by state, and what needs attention first.

    Each listing gets `views` ({"this_month", "last_month"}) and `pending_edit` (the working copy
    of a published listing, if someone is changing it).
    """
    now = now or timezone.now()
    today = timezone.localdate(now)
    rows = list(Listing.objects.filter(association=association).order_by("-updated_at", "-pk"))
    for row in rows:
        row.association = association  # the cards ask listing.is_public; no query per card
    copies = {row.working_copy_of_id: row for row in rows if row.working_copy_of_id}
    originals = [row for row in rows if not row.working_copy_of_id]
    views = statistics.recent_views([listing.pk for listing in originals], today)
    for listing in originals:
        listing.is_hidden = listing.is_hidden_as_stale(today)
        listing.shown_publicly = listing.is_public(today)
        listing.views = views[listing.pk]
        listing.pending_edit = copies.get(listing.pk)
        listing.has_ended = bool(listing.ends_at and listing.ends_at < now)
    by_pk = {listing.pk: listing for listing in originals}
    for copy in copies.values():
        copy.original = by_pk[copy.working_copy_of_id]

    overview = Overview(total=len(originals))
    overview.returned = [row for row in rows if row.status == Status.RETURNED]
    overview.stale = [
        listing for listing in originals
        if listing.status == Status.PUBLISHED and not listing.has_ended and listing.is_stale(today)
    ]
    soon = now + datetime.timedelta(days=EVENTS_SOON_DAYS)
    overview.events_soon = sorted(
        (listing for listing in originals
         if listing.starts_at and now <= listing.starts_at <= soon and listing.status != Status.ARCHIVED),
        key=lambda listing: listing.starts_at,
    )
    overview.ended_events = [
        listing for listing in originals if listing.has_ended and listing.status == Status.PUBLISHED
    ]
    ended = {listing.pk for listing in overview.ended_events}
    for status in GROUP_ORDER:
        members = [listing for listing in originals if listing.status == status and listing.pk not in ended]
        if status in (Status.PUBLISHED, Status.ARCHIVED):
            members.sort(key=lambda listing: listing.title.lower())  # found by name; work in progress by date
        overview.groups.append((status, Status(status).label, members))
    return overview
