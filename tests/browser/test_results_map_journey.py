"""The results on a map, and what happens when the tile server cannot be reached.

The browser tests never leave this machine, so the tiles here come from a local port where
nothing listens: exactly the offline case, which must leave a working list and a clear message.
"""

import copy

import pytest

from services.models import Place
from tests.factories import make_association, make_listing
from vocabularies.models import Municipality

pytestmark = pytest.mark.browser

NOWHERE = "http://127.0.0.1:9/{z}/{x}/{y}.png"


@pytest.fixture
def offline_tiles(settings):
    settings.MAP_TILES_URL = NOWHERE
    policy = copy.deepcopy(settings.CONTENT_SECURITY_POLICY)
    policy["DIRECTIVES"]["img-src"] = ["'self'", "data:", "http://127.0.0.1:9"]
    settings.CONTENT_SECURITY_POLICY = policy


@pytest.fixture
def two_places(django_db_serialized_rollback, transactional_db):
    association = make_association("Tusby Pensionärer", municipalities=("tuusula",))
    # Two meet at the same address in Tuusula, one in Jokela about 17 km north.
    for title, code in [("Kaffestund", "04300"), ("Sångkör", "04300"), ("Promenadgrupp", "05400")]:
        place = Place(name=title, street_address="Keskustie 1", postal_code=code, municipality=Municipality.objects.get(slug="tuusula"))
        place.locate()
        place.save()
        make_listing(association, title=title, place=place, municipalities=["tuusula"])


def test_map_shows_results_as_named_markers_and_groups_and_falls_back_to_the_list_without_tiles(browse, two_places, offline_tiles):
    page = browse.page
    browse.goto("/")
    button = page.get_by_role("button", name="Näytä tulokset kartalla")
    # Drawn at once on the click; the failed tiles take the map away a moment later, so count
    # the markers, named by their titles for the keyboard, in the same task as the click.
    names = page.evaluate("""() => {
        document.getElementById("show-map").click();
        return [...document.querySelectorAll(".leaflet-marker-icon")]
            .map(marker => (marker.alt || marker.getAttribute("aria-label")) + ":" + marker.tabIndex);
    }""")
    assert sorted(names) == ["2 ilmoitusta lähekkäin, avaa lähentämällä:0", "Promenadgrupp:0"]
    page.locator("#map-status", has_text="Karttaa ei voitu ladata").wait_for()
    assert page.locator("#results-map").is_hidden()
    assert page.locator(".result-list li").count() == 3
    assert button.get_attribute("aria-expanded") == "false"
    browse.check_accessibility()
