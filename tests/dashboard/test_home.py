"""Omat sivut: my associations, one click between them, what needs attention, listings by state."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from associations.models import Membership
from services.models import ListingMonthlyViews
from dashboard.statistics import month_start
from services.models import Listing
from tests.factories import make_association, make_listing, make_user

Status = Listing.Status


def make_event(association, title, *, days_ahead):
    start = timezone.now() + datetime.timedelta(days=days_ahead)
    return make_listing(
        association, kind=Listing.Kind.EVENT, title=title, starts_at=start, ends_at=start + datetime.timedelta(hours=2)
    )


@pytest.fixture
def logged_in(client, editor):
    client.force_login(editor)
    return client


def test_home_shows_my_association_and_the_add_buttons(logged_in, association):
    page = logged_in.get(reverse("dashboard:home")).content.decode()
    assert association.name in page
    for text in ("Lisää toiminta", "Lisää tapahtuma", "Lisää vapaaehtoistehtävä"):
        assert text in page
    assert reverse("dashboard:listing-create", args=[association.slug, "tapahtuma"]) in page


def test_with_several_associations_switching_is_one_click_and_remembered(logged_in, editor, association):
    second = make_association("Tuusulan Omaishoitajat", municipalities=("tuusula",))
    Membership.objects.create(user=editor, association=second)
    make_listing(second, title="Omaishoitajien kahvila")
    page = logged_in.get(reverse("dashboard:home")).content.decode()
    assert reverse("dashboard:association", args=[second.slug]) in page
    assert "Omaishoitajien kahvila" not in page  # the first association, alphabetically

    logged_in.get(reverse("dashboard:association", args=[second.slug]))
    page = logged_in.get(reverse("dashboard:home")).content.decode()
    assert "Omaishoitajien kahvila" in page
    assert f'href="{reverse("dashboard:association", args=[second.slug])}" aria-current="page"' in page


def test_returned_listing_comes_first_with_the_reason_and_a_fix_button(logged_in, association, liaison):
    listing = make_listing(association, status=Status.PENDING, title="Lukupiiri")
    listing.return_to_association(by=liaison, reason="Kerro, missä lukupiiri kokoontuu.")
    response = logged_in.get(reverse("dashboard:home"))
    overview = response.context["overview"]
    assert overview.returned == [listing]
    page = response.content.decode()
    assert page.index("Vaatii huomiota") < page.index("Kerro, missä lukupiiri kokoontuu.")
    assert f'href="{reverse("dashboard:listing-edit", args=[listing.pk])}">Korjaa' in page


def test_returned_changes_to_a_published_listing_are_shown_under_its_name(logged_in, activity, editor, liaison):
    copy = activity.start_editing(by=editor)
    copy.submit(by=editor)
    copy.return_to_association(by=liaison, reason="Hinta puuttuu.")
    page = logged_in.get(reverse("dashboard:home")).content.decode()
    assert "Hinta puuttuu." in page and "muutokset julkaistuun ilmoitukseen" in page
    assert f'href="{reverse("dashboard:listing-edit", args=[activity.pk])}">Korjaa' in page


def test_listing_not_confirmed_for_long_has_a_one_click_confirm_button(logged_in, association, settings):
    old = timezone.localdate() - datetime.timedelta(days=settings.FRESHNESS_MONTHS * 31 + 1)
    stale = make_listing(association, title="Vanha kerho", last_confirmed_on=old)
    make_listing(association, title="Tuore kerho")
    response = logged_in.get(reverse("dashboard:home"))
    assert response.context["overview"].stale == [stale]
    page = response.content.decode()
    assert f'action="{reverse("dashboard:listing-confirm", args=[stale.pk])}"' in page
    assert "Vahvista ajantasaiseksi" in page


def test_events_of_the_next_two_weeks_are_listed(logged_in, association):
    soon = make_event(association, "Syysjuhla", days_ahead=3)
    make_event(association, "Joulujuhla", days_ahead=40)
    assert logged_in.get(reverse("dashboard:home")).context["overview"].events_soon == [soon]


def test_listings_are_grouped_by_state_with_views_of_this_and_last_month(logged_in, association):
    listings = {status: make_listing(association, status=status, title=f"Ilmoitus {status}") for status in Status}
    today = timezone.localdate()
    published = listings[Status.PUBLISHED]
    ListingMonthlyViews.objects.create(listing=published, month=month_start(today), count=7)
    ListingMonthlyViews.objects.create(listing=published, month=month_start(today, 1), count=12)
    response = logged_in.get(reverse("dashboard:home"))
    groups = {status: items for status, _label, items in response.context["overview"].groups}
    assert [status for status, _label, _items in response.context["overview"].groups] == [
        Status.DRAFT, Status.PENDING, Status.PUBLISHED, Status.RETURNED, Status.ARCHIVED,
    ]
    assert all(groups[status] == [listings[status]] for status in Status.values)
    page = response.content.decode()
    assert "Katseluja: 7 tässä kuussa, 12 viime kuussa" in page
    for label in ("Luonnos", "Odottaa tarkastusta", "Julkaistu", "Palautettu korjattavaksi", "Arkistoitu"):
        assert label in page


def test_published_listing_with_changes_in_progress_says_so(logged_in, activity, editor):
    activity.start_editing(by=editor)
    response = logged_in.get(reverse("dashboard:home"))
    page = response.content.decode()
    assert "Muutoksia on kesken" in page and "Jatka muokkausta" in page
    assert response.context["overview"].total == 1  # the working copy is not a listing of its own


def test_member_of_no_association_is_told_how_to_join(client, db):
    client.force_login(make_user("uusi@example.fi"))
    response = client.get(reverse("dashboard:home"))
    assert response.status_code == 200 and "Et ole vielä minkään yhdistyksen jäsen" in response.content.decode()


def test_anonymous_visitor_is_sent_to_log_in(client, db):
    response = client.get(reverse("dashboard:home"))
    assert response.status_code == 302 and response.url.startswith(reverse("account_login"))


def test_outsider_gets_404_for_another_associations_page(client, outsider, association):
    client.force_login(outsider)
    assert client.get(reverse("dashboard:association", args=[association.slug])).status_code == 404


def test_header_links_to_omat_sivut(logged_in):
    assert f'href="{reverse("dashboard:home")}"' in logged_in.get(reverse("catalogue:catalogue")).content.decode()


def _fill(association, editor, liaison, n):
    for i in range(n):
        make_listing(association, title=f"Kerho {i}")
        draft = make_listing(association, status=Status.DRAFT, title=f"Luonnos {i}")
        pending = make_listing(association, status=Status.PENDING, title=f"Odottaa {i}")
        pending.return_to_association(by=liaison, reason="Korjaa")
        event = make_event(association, f"Juhla {i}", days_ahead=2)
        event.start_editing(by=editor)
        ListingMonthlyViews.objects.create(listing=event, month=month_start(timezone.localdate()), count=i + 1)
        draft.archive(by=editor)


@pytest.mark.parametrize("n", [1, 12])
def test_dashboard_query_count_is_constant(logged_in, association, editor, liaison, django_assert_max_num_queries, n):
    _fill(association, editor, liaison, n)
    logged_in.get(reverse("dashboard:association", args=[association.slug]))  # chosen once, as after a click
    # session, user, association, membership, my memberships, listings, view counts
    with django_assert_max_num_queries(7):
        response = logged_in.get(reverse("dashboard:association", args=[association.slug]))
    assert response.status_code == 200
    assert len(response.context["overview"].returned) == n


def test_listing_hidden_for_want_of_confirmation_says_how_to_bring_it_back(logged_in, association, settings):
    days = settings.FRESHNESS_MONTHS * 31 + settings.FRESHNESS_GRACE_DAYS + 5
    long_ago = timezone.localdate() - datetime.timedelta(days=days)
    hidden = make_listing(association, title="Unohtunut kerho", last_confirmed_on=long_ago)
    page = logged_in.get(reverse("dashboard:home")).content.decode()
    assert "ei näy hakutuloksissa, ennen kuin vahvistat" in page
    assert f'href="{hidden.get_absolute_url()}"' not in page  # its public page is gone for now
