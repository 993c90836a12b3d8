"""Residents and service counsellors find things in the catalogue, by touch and by keyboard.

Every page shown is checked with axe by the `browse` fixture (see conftest.py).
"""

import datetime

import pytest
from django.utils import timezone

from services.models import Listing
from tests.factories import make_association, make_listing
from vocabularies.models import TargetGroup, Theme

pytestmark = pytest.mark.browser


@pytest.fixture
def catalogue_content(django_db_serialized_rollback, transactional_db):
    association = make_association("Nurmijärven Eläkkeensaajat")
    peer_group = make_listing(
        association, title="Vertaistukiryhmä ikäihmisille", summary="Juttuseuraa ja tukea tiistaisin.", weekdays=[1],
        times_of_day=[1],
    )
    peer_group.target_groups.set(TargetGroup.objects.filter(slug="ikaihmiset"))
    peer_group.themes.set(Theme.objects.filter(slug="vertaistuki"))
    make_listing(association, title="Kuntosalivuoro", summary="Maksullinen kuntosali.", is_free=False, price="3 €", weekdays=[1])
    make_listing(make_association("Forssan Martat", municipalities=("forssa",)), title="Marttailta", municipalities=("forssa",))
    start = (timezone.localtime() + datetime.timedelta(days=5)).replace(hour=18, minute=0, second=0, microsecond=0)
    event = make_listing(
        association, kind=Listing.Kind.EVENT, title="Syystanssit", summary="Lavatansseja elävän musiikin tahdissa.",
        starts_at=start, ends_at=start + datetime.timedelta(hours=3),
    )
    return peer_group, event


def choose(browse, option, parameter, *, facet=None):
    """Tick a facet option (opening its facet first) and wait for the results to follow."""
    scope = browse.page
    panel = browse.page.locator("#filter-panel")
    if panel.get_attribute("open") is None:
        panel.locator("summary").first.click()
    if facet:
        # Two facets list municipalities ("meets in" and "for residents of"): look in this one.
        scope = browse.page.locator("details.facet", has=browse.page.locator("summary", has_text=facet))
        if scope.get_attribute("open") is None:
            scope.locator("summary").click()
    scope.get_by_label(option).check()
    browse.page.wait_for_url(f"**{parameter}**")
    browse.page.wait_for_function("() => !document.querySelector('form[aria-busy]')")
    browse.check_accessibility()


def test_resident_on_a_phone_finds_a_free_weekday_peer_group_for_the_elderly_in_nurmijarvi(browse, catalogue_content):
    page = browse.page
    page.set_viewport_size({"width": 360, "height": 740})
    browse.goto("/")

    choose(browse, "Nurmijärvi", "municipality=nurmijarvi", facet="Kunnan asukkaille")
    choose(browse, "Ikäihmiset", "target_group=ikaihmiset", facet="Kenelle")
    choose(browse, "Maksuton", "cost=free", facet="Hinta")
    choose(browse, "Tiistai", "weekday=tue", facet="Viikonpäivä")
    page.locator("#results-heading", has_text="1 tulos").wait_for()

    assert "municipality=nurmijarvi" in page.url and "cost=free" in page.url
    browse.click_and_wait(page.get_by_role("link", name="Vertaistukiryhmä ikäihmisille"))
    assert page.locator("h1").inner_text() == "Vertaistukiryhmä ikäihmisille"


def test_counsellor_goes_from_search_to_an_events_calendar_file_with_the_keyboard_only(browse, catalogue_content):
    page = browse.page
    browse.goto("/")
    browse.tab_to("#id_q")
    page.keyboard.type("tanssi")
    page.keyboard.press("Enter")
    page.locator("#results-heading", has_text="1 tulos").wait_for()
    assert page.evaluate("document.activeElement.id") == "results-heading"
    browse.check_accessibility()

    browse.tab_to(".result-list a")
    browse.press_and_wait("Enter")
    assert page.locator("h1").inner_text() == "Syystanssit"

    browse.tab_to('a[href$="kalenteri.ics"]')
    href = page.evaluate("document.activeElement.href")
    calendar = page.request.get(href)
    assert calendar.headers["content-type"].startswith("text/calendar")
    assert "SUMMARY:Syystanssit" in calendar.text()


def test_back_button_returns_to_the_previous_filters(browse, catalogue_content):
    page = browse.page
    browse.goto("/")
    choose(browse, "Forssa", "municipality=forssa", facet="Kunnan asukkaille")
    page.locator("#results-heading", has_text="1 tulos").wait_for()
    page.go_back()
    page.wait_for_function("() => !location.search.includes('forssa') && !document.querySelector('form[aria-busy]')")
    page.locator("#results-heading", has_text="4 tulosta").wait_for()
    browse.check_accessibility()


@pytest.mark.parametrize("prefix", ["", "/sv", "/en"])
def test_catalogue_detail_and_directory_are_accessible_in_each_language(browse, catalogue_content, prefix):
    peer_group, _event = catalogue_content
    browse.goto(f"{prefix}/?q=ikäihmisille")
    browse.goto(f"{prefix}{peer_group.get_absolute_url()}")
    browse.goto(f"{prefix}/yhdistykset/")
    browse.goto(f"{prefix}/yhdistykset/{peer_group.association.slug}/")
