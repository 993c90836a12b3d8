"""How many times each listing was viewed, by month.

Counts only: no cookie, no IP address, nothing about the visitor is stored (catalogue/view_counting.py
decides what counts on the public page; dashboard/statistics.py reads the figures).
"""

import datetime

from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.utils.translation import gettext_lazy as _


class ListingMonthlyViews(models.Model):
    listing = models.ForeignKey(
        "services.Listing", on_delete=models.CASCADE, related_name="monthly_views", verbose_name=_("ilmoitus")
    )
    month = models.DateField(_("kuukausi"), help_text=_("Kuukauden ensimmäinen päivä."))
    count = models.PositiveIntegerField(_("katselukerrat"), default=0)

    class Meta:
        verbose_name = _("kuukauden katselukerrat")
        verbose_name_plural = _("kuukausien katselukerrat")
        constraints = [models.UniqueConstraint(fields=["listing", "month"], name="one_view_count_per_listing_month")]
        db_table = "dashboard_listingmonthlyviews"  # moved here from the dashboard app; the data stayed

    def __str__(self):
        return f"{self.listing_id} {self.month:%Y-%m}: {self.count}"

    @classmethod
    def increment(cls, listing_id: int, day: datetime.date, views: int = 1) -> None:
        """Add views, safely when many processes count the same listing at once.

        The usual case is one UPDATE. The first view of a month creates the row; if another
        process created it in between, the unique constraint refuses ours and we update again.
        """
        month = day.replace(day=1)
        rows = cls.objects.filter(listing_id=listing_id, month=month)
        if rows.update(count=F("count") + views):
            return
        try:
            with transaction.atomic():
                cls.objects.create(listing_id=listing_id, month=month, count=views)
        except IntegrityError:  # created meanwhile, or the listing was deleted (then nothing to count)
            rows.update(count=F("count") + views)
