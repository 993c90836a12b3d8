"""The liaison's daily digest of listings waiting for review."""

import datetime

from django.db import transaction
from django.utils import timezone

from moderation import notifications as moderation_mail
from moderation.models import ModerationDigest
from services.models import Listing


def send_moderation_digest(*, now: datetime.datetime | None = None) -> ModerationDigest | None:
    """Mail the liaisons one digest of the listings that started waiting since the last digest.

    Returns the digest recorded, or None when nothing new is waiting or nobody would receive it.
    Safe to run again: what an earlier digest included is not sent twice.
    """
    now = now or timezone.now()
    with transaction.atomic():
        last = ModerationDigest.objects.select_for_update().order_by("-newest_submitted_at").first()
        waiting = Listing.objects.waiting_for_review().filter(submitted_at__lte=now)
        new = waiting.filter(submitted_at__gt=last.newest_submitted_at) if last else waiting
        new = list(new.select_related("association", "working_copy_of"))
        recipients = list(moderation_mail.liaisons())
        if not new or not recipients:
            return None
        digest = ModerationDigest.objects.create(
            sent_at=now,
            newest_submitted_at=max(listing.submitted_at for listing in new),
            listing_count=len(new),
            recipient_count=len(recipients),
        )
        moderation_mail.moderation_digest(new, waiting_count=waiting.count(), recipients=recipients)
    return digest
