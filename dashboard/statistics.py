"""Views per listing per month as Omat sivut shows them and the yearly CSV exports them.

They are counted on the public page (catalogue/view_counting.py).
"""

import datetime

from django.utils import timezone
from django.utils.dates import MONTHS
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from services.models import Listing, ListingMonthlyViews
from tarjotin.spreadsheet import cell, excel_csv, finnish_date

def month_start(day: datetime.date, months_back: int = 0) -> datetime.date:
    month_index = day.year * 12 + day.month - 1 - months_back
    return datetime.date(month_index // 12, month_index % 12 + 1, 1)


def recent_views(listing_ids, today: datetime.date) -> dict[int, dict[str, int]]:
    """{listing id: {"this_month": n, "last_month": n}} for the given listings, in one query."""
    this_month, last_month = month_start(today), month_start(today, 1)
    figures = {pk: {"this_month": 0, "last_month": 0} for pk in listing_ids}
    rows = ListingMonthlyViews.objects.filter(listing_id__in=list(figures), month__in=[this_month, last_month])
    for listing_id, month, count in rows.values_list("listing_id", "month", "count"):
        figures[listing_id]["this_month" if month == this_month else "last_month"] = count
    return figures


def year_listings(association, year: int):
    """The association's listings that existed during the year, oldest first (working copies left out)."""
    end = timezone.make_aware(datetime.datetime(year + 1, 1, 1))
    return Listing.objects.originals().filter(association=association, created_at__lt=end).order_by("created_at", "pk")


def yearly_views(listings, year: int) -> dict[int, list[int]]:
    """{listing id: [views in January, …, views in December]} in one query."""
    table = {listing.pk: [0] * 12 for listing in listings}
    rows = ListingMonthlyViews.objects.filter(listing_id__in=list(table), month__year=year)
    for listing_id, month, count in rows.values_list("listing_id", "month", "count"):
        table[listing_id][month.month - 1] += count
    return table


def yearly_csv(association, year: int) -> str:
    """One row per listing: kind, title, status, views per month and in total, publication date; then the totals."""
    listings = list(year_listings(association, year))
    views = yearly_views(listings, year)
    rows = []
    months = [str(MONTHS[number]) for number in range(1, 13)]
    rows.append([_("Tyyppi"), _("Otsikko"), _("Tila"), *months, _("Yhteensä"), _("Julkaistu")])
    totals = [0] * 12
    for listing in listings:
        counts = views[listing.pk]
        totals = [a + b for a, b in zip(totals, counts)]
        published = finnish_date(timezone.localdate(listing.published_at)) if listing.published_at else ""
        rows.append([
            capfirst(listing.get_kind_display()), cell(listing.title), capfirst(listing.get_status_display()),
            *counts, sum(counts), published,
        ])
    summary = _("Yhteensä %(count)s ilmoitusta") % {"count": len(listings)}
    rows.append([summary, "", "", *totals, sum(totals), ""])
    return excel_csv(rows)
