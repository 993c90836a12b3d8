"""What the catalogue remembers itself: which listings left it, for harvesters."""

import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from services.models import Listing
from services.models.listing import hidden_before


class RemovedListing(models.Model):
    """A tombstone: a listing that was public and is not any more (archived, returned to a draft,
    deleted, or its association's approval withdrawn). Written when the change commits
    (catalogue/invalidation.py) and removed when the listing is public again."""

    # Not a foreign key: a deleted listing keeps its tombstone.
    listing_id = models.PositiveBigIntegerField(_("ilmoitus"), primary_key=True)
    removed_at = models.DateTimeField(_("poistunut"), db_index=True)

    class Meta:
        verbose_name = _("luettelosta poistunut ilmoitus")
        verbose_name_plural = _("luettelosta poistuneet ilmoitukset")

    def __str__(self):
        return f"{self.listing_id} @ {self.removed_at:%Y-%m-%d %H:%M}"

    @classmethod
    def record(cls, ids) -> None:
        """Bring the tombstones of these listings in line with whether each is public now."""
        ids = set(ids)
        public = set(Listing.objects.published().filter(pk__in=ids).values_list("pk", flat=True))
        cls.objects.filter(listing_id__in=public).delete()
        # Drafts and listings waiting for review were not public: nothing to take back. (An
        # archived listing may never have been public; a harvester just finds nothing to drop.)
        unshown = Listing.objects.filter(pk__in=ids - public).exclude(status__in=[Listing.Status.PUBLISHED, Listing.Status.ARCHIVED])
        gone = ids - public - set(unshown.values_list("pk", flat=True))
        known = set(cls.objects.filter(listing_id__in=gone).values_list("listing_id", flat=True))
        now = timezone.now()
        cls.objects.bulk_create([cls(listing_id=pk, removed_at=now) for pk in sorted(gone - known)], ignore_conflicts=True)

    @classmethod
    def since(cls, moment: datetime.datetime) -> list[tuple[int, datetime.datetime]]:
        """(listing id, when it left) for every listing that left at or after `moment`, oldest first.

        Listings that nobody confirmed in time leave by the calendar, with no write to record it,
        so they are computed here from their last confirmation.
        """
        rows = list(cls.objects.filter(removed_at__gte=moment).values_list("listing_id", "removed_at"))
        today = timezone.localdate()
        since_day = timezone.localtime(moment).date()
        stale = (
            Listing.objects.originals()
            .filter(status=Listing.Status.PUBLISHED, association__approved_at__isnull=False)
            .filter(last_confirmed_on__lt=hidden_before(today), last_confirmed_on__gte=hidden_before(since_day))
            .values_list("pk", "last_confirmed_on")
        )
        tombstoned = {pk for pk, _at in rows}
        for pk, confirmed in stale:
            if pk not in tombstoned:
                left = _first_day_hidden(confirmed, since_day, today)
                rows.append((pk, max(moment, datetime.datetime.combine(left, datetime.time.min, timezone.get_current_timezone()))))
        return sorted(rows, key=lambda row: (row[1], row[0]))


def _first_day_hidden(confirmed: datetime.date, low: datetime.date, high: datetime.date) -> datetime.date:
    """The first day in low..high on which a listing confirmed on `confirmed` was hidden (bisection)."""
    while low < high:
        middle = low + (high - low) // 2
        if hidden_before(middle) > confirmed:
            high = middle
        else:
            low = middle + datetime.timedelta(days=1)
    return low
