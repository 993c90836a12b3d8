"""Views counted without cookies or personal data; the yearly CSV for funders' reports."""

import csv
import datetime
import io
from unittest import mock

import pytest
from django.db.models import QuerySet
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from services.models import ListingMonthlyViews
from dashboard.statistics import month_start
from services.models import Listing
from tests.factories import make_listing

FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0"


def views_of(listing):
    return sum(ListingMonthlyViews.objects.filter(listing=listing).values_list("count", flat=True))


def test_a_view_of_the_public_page_is_counted_for_this_month(client, activity):
    client.get(activity.get_absolute_url(), HTTP_USER_AGENT=FIREFOX)
    client.get(activity.get_absolute_url(), HTTP_USER_AGENT=FIREFOX)
    row = ListingMonthlyViews.objects.get()
    assert (row.listing, row.month, row.count) == (activity, month_start(timezone.localdate()), 2)


def test_counting_sets_no_cookie_and_stores_nothing_about_the_visitor(client, activity):
    response = client.get(activity.get_absolute_url(), HTTP_USER_AGENT=FIREFOX, REMOTE_ADDR="192.0.2.44")
    assert response.status_code == 200 and views_of(activity) == 1
    # Only the CSRF cookie of the page's language switcher (set for robots too): no session, no visitor id.
    assert set(response.cookies) == {"csrftoken"}
    assert set(Client().get(activity.get_absolute_url(), HTTP_USER_AGENT="Googlebot").cookies) == {"csrftoken"}
    assert [f.name for f in ListingMonthlyViews._meta.concrete_fields] == ["id", "listing", "month", "count"]
    assert "192.0.2.44" not in str(list(ListingMonthlyViews.objects.values()))


@pytest.mark.parametrize("agent", [
    "", "Googlebot/2.1 (+http://www.google.com/bot.html)", "Mozilla/5.0 (compatible; bingbot/2.0)",
    "facebookexternalhit/1.1", "curl/8.5.0", "python-requests/2.32", "Mozilla/5.0 HeadlessChrome/130.0",
])
def test_robots_and_scripts_are_not_counted(client, activity, agent):
    client.get(activity.get_absolute_url(), HTTP_USER_AGENT=agent)
    assert views_of(activity) == 0


def test_head_requests_and_redirects_are_not_counted(client, activity):
    client.head(activity.get_absolute_url(), HTTP_USER_AGENT=FIREFOX)
    client.get(reverse("catalogue:activity-detail", args=[activity.pk, "vanha-nimi"]), HTTP_USER_AGENT=FIREFOX)
    assert views_of(activity) == 0


def test_staff_are_not_counted(client, activity, liaison):
    client.force_login(liaison)
    client.get(activity.get_absolute_url(), HTTP_USER_AGENT=FIREFOX)
    assert views_of(activity) == 0


def test_two_processes_creating_the_months_row_at_once_both_count(activity):
    """Our UPDATE finds no row, another process creates it, our INSERT then meets the unique constraint."""
    today = timezone.localdate()
    ListingMonthlyViews.objects.create(listing=activity, month=month_start(today), count=1)  # the other process
    real_update = QuerySet.update
    calls = []

    def update_just_before_the_other_process(self, **fields):
        calls.append(fields)
        return 0 if len(calls) == 1 else real_update(self, **fields)

    with mock.patch.object(QuerySet, "update", update_just_before_the_other_process):
        ListingMonthlyViews.increment(activity.pk, today)
    assert ListingMonthlyViews.objects.get().count == 2 and len(calls) == 2


def csv_rows(response):
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")  # Excel reads UTF-8 only with the byte order mark
    return list(csv.reader(io.StringIO(text[1:]), delimiter=";"))


@pytest.fixture
def year_of_views(association, activity):
    event = make_listing(association, kind=Listing.Kind.EVENT, title="=Kesäjuhla", published_at=timezone.now())
    this_year = timezone.localdate().year
    ListingMonthlyViews.objects.create(listing=activity, month=datetime.date(this_year, 1, 1), count=5)
    ListingMonthlyViews.objects.create(listing=activity, month=datetime.date(this_year, 3, 1), count=7)
    ListingMonthlyViews.objects.create(listing=event, month=datetime.date(this_year, 3, 1), count=2)
    ListingMonthlyViews.objects.create(listing=event, month=datetime.date(this_year - 1, 12, 1), count=100)
    return activity, event, this_year


def test_csv_has_a_row_per_listing_with_views_per_month_and_a_total_row(client, editor, association, year_of_views):
    activity, event, year = year_of_views
    client.force_login(editor)
    response = client.get(reverse("dashboard:statistics-csv", args=[association.slug, year]))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert f'filename="{association.slug}-katselut-{year}.csv"' in response["Content-Disposition"]
    header, *rows, total = csv_rows(response)
    assert header == ["Tyyppi", "Otsikko", "Tila", "tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu",
                      "kesäkuu", "heinäkuu", "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu", "Yhteensä", "Julkaistu"]
    assert rows[0][:6] == ["Toiminta", "Kohtaamispaikka ikäihmisille", "Julkaistu", "5", "0", "7"]
    assert rows[0][15] == "12"
    assert rows[1][:3] == ["Tapahtuma", "'=Kesäjuhla", "Julkaistu"]  # a title never becomes a formula
    assert rows[1][15] == "2" and rows[1][16] == f"{timezone.localdate().day}.{timezone.localdate().month}.{year}"
    assert total[0] == "Yhteensä 2 ilmoitusta" and total[3] == "5" and total[5] == "9" and total[15] == "14"


def test_csv_leaves_out_working_copies(client, editor, association, year_of_views):
    activity, _event, year = year_of_views
    activity.start_editing(by=editor)
    client.force_login(editor)
    _header, *rows, _total = csv_rows(client.get(reverse("dashboard:statistics-csv", args=[association.slug, year])))
    assert len(rows) == 2


@pytest.mark.parametrize("year", [1999, 2024, 9999])
def test_csv_of_a_year_without_statistics_is_404(client, editor, association, year):
    client.force_login(editor)
    assert client.get(reverse("dashboard:statistics-csv", args=[association.slug, year])).status_code == 404


def test_dashboard_offers_this_years_statistics(client, editor, association):
    client.force_login(editor)
    page = client.get(reverse("dashboard:home")).content.decode()
    assert reverse("dashboard:statistics-csv", args=[association.slug, timezone.localdate().year]) in page
