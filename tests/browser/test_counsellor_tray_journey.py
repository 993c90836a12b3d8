"""A service counsellor, during a client meeting, finds three options and hands them over.

"A 78-year-old lonely man in Tuusula who speaks Swedish and cannot travel far." Every page shown
is checked with axe by the `browse` fixture (see conftest.py).
"""

import re

import pytest

from services.models import Place
from tests.factories import make_association, make_listing
from vocabularies.models import Language, Municipality, TargetGroup

pytestmark = pytest.mark.browser

ADDRESSES = ["Hyrylänkatu 2", "Kirkkotie 10", "Jokelantie 5"]


@pytest.fixture
def tuusula(django_db_serialized_rollback, transactional_db):
    association = make_association("Tusby Pensionärer", municipalities=("tuusula",))
    town = Municipality.objects.get(slug="tuusula")
    found = []
    for n, (title, street) in enumerate(zip(["Kaffestund", "Sångkör för seniorer", "Promenadgrupp"], ADDRESSES)):
        place = Place.objects.create(name=f"Lokal {n}", street_address=street, postal_code="04300", municipality=town)
        listing = make_listing(association, title=title, place=place, municipalities=["tuusula"], contact_phone="040 555 000")
        listing.languages.set(Language.objects.filter(slug="svenska"))
        listing.target_groups.set(TargetGroup.objects.filter(slug="ikaihmiset"))
        found.append(listing)
    # In Tuusula and for older people, but in Finnish only: not for this client.
    finnish = make_listing(association, title="Muistikahvila", place=place, municipalities=["tuusula"])
    finnish.target_groups.set(TargetGroup.objects.filter(slug="ikaihmiset"))
    finnish.languages.set(Language.objects.filter(slug="suomi"))
    return found


def choose(browse, facet, option, parameter):
    """Tick an option of the named facet (opening it first) and wait for the results to follow."""
    page = browse.page
    panel = page.locator("#filter-panel")
    if panel.get_attribute("open") is None:
        panel.locator("summary").first.click()
    group = page.locator("details.facet", has=page.locator("summary", has_text=facet))
    if group.get_attribute("open") is None:
        group.locator("summary").click()
    group.get_by_label(option).check()
    page.wait_for_url(f"**{parameter}**")
    page.wait_for_function("() => !document.querySelector('form[aria-busy]')")
    browse.check_accessibility()


def test_counsellor_collects_three_swedish_options_in_tuusula_and_prints_a_handout(browse, tuusula):
    page = browse.page
    browse.goto("/")
    choose(browse, "Kokoontuu kunnassa", "Tuusula", "meets_in=tuusula")
    choose(browse, "Kieli", "ruotsi", "language=svenska")
    choose(browse, "Kenelle", "Ikäihmiset", "target_group=ikaihmiset")
    page.locator("#results-heading", has_text="3 tulosta").wait_for()
    for street in ADDRESSES:
        assert page.locator(".card-where", has_text=street).count() == 1

    for listing in tuusula:
        page.get_by_role("button", name=re.compile(f"^Lisää tarjottimelle.*{listing.title}$")).click()
    page.locator("[data-tray-count]", has_text="3").wait_for()
    browse.check_accessibility()

    browse.click_and_wait(page.locator("[data-tray-link]"))
    assert page.locator(".tray-title").all_inner_texts() == [listing.title for listing in tuusula]
    page.get_by_label("Oma huomautus tulosteeseen").fill("Soita Eevalle maanantaina")
    browse.click_and_wait(page.get_by_role("button", name="Tallenna huomautus tarjottimelle"))
    page.get_by_label("Tulosteen kieli").select_option("sv")
    browse.click_and_wait(page.get_by_role("button", name="Tee tuloste (A4)"))

    assert page.locator("html").get_attribute("lang") == "sv"
    page.emulate_media(media="print")
    printed = page.locator("body").inner_text()
    for street in ADDRESSES:
        assert street in printed
    assert "Soita Eevalle maanantaina" in printed
    assert page.locator("svg.qr").count() == 3
    assert all(qr.is_visible() for qr in page.locator("svg.qr").all())
    controls = page.locator("input, select, textarea, button")
    assert not any(control.is_visible() for control in controls.all()), "form controls on the printed page"
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000


def test_counsellor_reaches_the_first_result_in_under_ten_tab_presses(browse, tuusula):
    browse.goto("/")
    assert browse.tab_to(".result-list a", max_presses=9).get_attribute("href").startswith("/toiminta/")


def test_on_a_phone_the_results_start_on_the_first_screen_after_a_search(browse, tuusula):
    page = browse.page
    page.set_viewport_size({"width": 360, "height": 740})
    browse.goto("/")
    page.get_by_label("Hakusanat").fill("seniorer")
    page.keyboard.press("Enter")
    # How many "seniorer" finds depends on search (Swedish synonyms reach the older-people term); the layout is the point.
    page.wait_for_url(re.compile(r"q=seniorer"))
    page.locator("#results-heading", has_text=re.compile(r"\d+ tulos")).wait_for()
    browse.check_accessibility()
    first = page.locator(".result-list li").first.bounding_box()
    assert first["y"] < 740, "the first result must start within the first screen"
    assert not page.locator(".facet").first.is_visible(), "filters stay behind their button"
