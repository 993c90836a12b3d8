"""Moderation steps that reach beyond one listing: the workflow step, then mail to the association.

Admin (the liaison's queue and bulk actions) calls these rather than the model methods, so that
every publication and return is notified the same way. Mail leaves after the transaction commits.
"""

from django.db import transaction

from services import notifications
from services.models import Listing


def publish_listing(*, listing: Listing, by, note: str = "") -> Listing:
    """Publish a listing waiting for review (or apply a working copy) and tell the association.

    Returns the published listing: for a working copy, the original it was applied to.
    Raises IllegalTransition when the listing is not waiting for review.
    """
    with transaction.atomic():
        published = listing.publish(by=by, note=note)
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
