"""Near an address: nearest first, "within N km", computed in the index like the other facets."""

import pytest

from catalogue import index
from catalogue.filters import CatalogueFilter
from services.models import Listing, Place
from tests.factories import make_listing
from vocabularies.models import Municipality


@pytest.fixture
def spread(association):
    """Listings meeting in Tuusula centre, Jokela (about 17 km north) and Forssa (about 80 km west)."""
    made = {}
    for title, code, slug in [("Hyrylän kerho", "04300", "tuusula"), ("Jokelan kerho", "05400", "tuusula"), ("Forssan kerho", "30100", "forssa")]:
        place = Place(name=title, street_address="Keskustie 1", postal_code=code, municipality=Municipality.objects.get(slug=slug))
        place.locate()
        place.save()
        made[title] = make_listing(association, title=title, place=place, municipalities=[slug])
    made["Verkkokerho"] = make_listing(association, title="Verkkokerho", is_online=True)
    return made


def search(**params):
    filterset = CatalogueFilter(params, queryset=Listing.objects.all())
    assert filterset.form.is_valid(), filterset.form.errors
    return index.search_catalogue(filterset.form.cleaned_data), filterset


def titles(ids):
    by_id = dict(Listing.objects.values_list("pk", "title"))
    return [by_id[pk] for pk in ids]


def test_near_a_postal_code_lists_nearest_first_and_unlocated_last(spread):
    result, _filterset = search(near="04300")
    assert titles(result.ids) == ["Hyrylän kerho", "Jokelan kerho", "Forssan kerho", "Verkkokerho"]
    assert result.distances[spread["Hyrylän kerho"].pk] == pytest.approx(0)
    assert spread["Verkkokerho"].pk not in result.distances


def test_within_counts_and_filters_by_distance(spread):
    result, _filterset = search(near="Jokela", within=["25"])
    assert titles(result.ids) == ["Jokelan kerho", "Hyrylän kerho"]
    within = next(f for f in result.facets if f.key == "within")
    assert {o.slug: o.count for o in within.options} == {"2": 1, "5": 1, "10": 1, "25": 2, "50": 2}


@pytest.mark.parametrize("params", [{"near": "04300", "within": ["10"]}, {"near": "30100", "within": ["2", "50"], "kind": ["activity"]}])
def test_within_agrees_with_the_database(spread, params):
    result, filterset = search(**params)
    assert sorted(result.ids) == sorted(filterset.qs.values_list("pk", flat=True))


def test_within_without_near_changes_nothing(spread):
    result, _filterset = search(within=["2"])
    assert result.total == 4


def test_catalogue_page_shows_distances_on_cards(client, spread):
    html = client.get("/", {"near": "04300"}).content.decode()
    assert '<p class="card-distance">0,0 km päässä</p>' in html
    assert "Lähimmät ensin" in html


def test_an_unknown_place_is_reported_next_to_the_field_and_the_rest_still_applies(client, spread):
    response = client.get("/", {"near": "Atlantis", "kind": "activity"})
    assert response.status_code == 400  # like any invalid filter: said next to it, the valid ones still apply
    html = response.content.decode()
    assert "Paikkaa ei tunnistettu." in html and 'value="Atlantis"' in html
    assert "4 tulosta" in html


def test_api_sorts_by_distance_too(client, spread):
    data = client.get("/api/v1/listings/", {"near": "30100", "within": "5"}).json()
    assert [row["title"] for row in data["results"]] == ["Forssan kerho"]
    assert data["facets"]["within"][0] == {"slug": "2", "label": "alle 2 km", "count": 1, "selected": False}
