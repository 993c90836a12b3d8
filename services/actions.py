"""Listing steps that reach beyond one listing, with the mail they send.

Publishing and returning (admin's queue and bulk actions call these rather than the model methods,
so that every publication and return is notified the same way), and the daily freshness round.
Mail leaves after the transaction commits.
"""

import datetime
import itertools
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from services import notifications
from services.models import CatalogueRevision, Listing


def publish_listing(*, listing: Listing, by, note: str = "", expected_version: int | None = None) -> Listing:
    """Publish a listing waiting for review (or apply a working copy) and tell the association.

    Returns the published listing: for a working copy, the original it was applied to.
    Raises IllegalTransition when the listing is not waiting for review, and ChangedSinceShown
    when it is no longer `expected_version`, the version the liaison reviewed.
    """
    with transaction.atomic():
        published = listing.publish(by=by, note=note, expected_version=expected_version)
        notifications.listing_published(published)
    return published


def return_listing(*, listing: Listing, by, reason: str) -> Listing:
    """Send a listing back to its association with the reason, and mail the reason to its members.

    Raises ValidationError for an empty reason and IllegalTransition when it is not waiting.
    """
    with transaction.atomic():
        listing.return_to_association(by=by, reason=reason)
        notifications.listing_returned(listing)
    return listing



@dataclass
class FreshnessReport:
    reminded: int  # listings whose association was reminded now
    hidden: int  # listings out of the catalogue until confirmed


def check_freshness(*, today: datetime.date | None = None) -> FreshnessReport:
    """The daily freshness round: remind associations of stale listings, count what is hidden.

    A listing is reminded once per staleness (Listing.confirm() clears freshness_reminded_at),
    so running this again sends nothing twice. Hiding needs no write: Listing.objects.published()
    leaves out listings confirmed before hidden_before(), so this only refreshes the catalogue.
    """
    today = today or timezone.localdate()
    due = (
        Listing.objects.stale(today)
        .filter(freshness_reminded_at__isnull=True)
        .exclude(kind=Listing.Kind.EVENT, ends_at__date__lt=today)  # a past event needs no confirming
        .select_related("association")
        .order_by("association_id", "last_confirmed_on", "pk")
    )
    reminded = 0
    with transaction.atomic():
        locked = due.select_for_update(of=("self",))
        for _association_id, group in itertools.groupby(locked, key=lambda listing: listing.association_id):
            listings = list(group)
            notifications.freshness_reminder(listings)
            reminded_ids = [listing.pk for listing in listings]
            Listing.objects.filter(pk__in=reminded_ids).update(freshness_reminded_at=timezone.now())
            reminded += len(listings)
    hidden_ids = list(Listing.objects.hidden_as_stale(today).values_list("pk", flat=True))
    hidden = len(hidden_ids)
    # Hiding needs no write, so nothing else tells the other processes that the catalogue changed.
    CatalogueRevision.bump(listing_ids=hidden_ids, texts_changed=False)
    return FreshnessReport(reminded=reminded, hidden=hidden)
