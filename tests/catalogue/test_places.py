"""Where things meet: the place on every card, "meets in" apart from "for residents of", print."""

import pytest
from django.test import override_settings

from catalogue import index
from catalogue.filters import CatalogueFilter
from services.models import Listing, Place
from tests.factories import make_listing
from vocabularies.models import Municipality


def search(**cleaned):
    return index.search_catalogue(cleaned)


def titles(result):
    return sorted(Listing.objects.filter(pk__in=result.ids).values_list("title", flat=True))


def meets_in_counts(result):
    facet = next(f for f in result.facets if f.key == "meets_in")
    return {option.slug: option.count for option in facet.options if option.count}


@pytest.fixture
def mantsala_group(association):
    """A group for the residents of Järvenpää that meets in Mäntsälä."""
    hall = Place.objects.create(
        name="Seurakuntatalo", street_address="Kirkkotie 3", postal_code="04600",
        municipality=Municipality.objects.get(slug="mantsala"),
    )
    return make_listing(association, title="Omaishoitajien ryhmä", place=hall, municipalities=["jarvenpaa"])


def test_meets_in_finds_listings_by_where_their_place_is(world, mantsala_group):
    assert titles(search(meets_in=["mantsala"])) == ["Omaishoitajien ryhmä"]
    assert titles(search(meets_in=["nurmijarvi"])) == ["Vertaistukiryhmä ikäihmisille"]


def test_for_residents_of_still_means_the_municipalities_a_listing_serves(world, mantsala_group):
    assert titles(search(municipality=["jarvenpaa"])) == ["Omaishoitajien ryhmä"]
    assert titles(search(meets_in=["jarvenpaa"])) == []


def test_meets_in_counts_follow_the_other_facets(world, mantsala_group):
    assert meets_in_counts(search(municipality=["jarvenpaa"])) == {"mantsala": 1}


@pytest.mark.parametrize("params", [{"meets_in": ["mantsala", "nurmijarvi"]}, {"meets_in": ["nurmijarvi"], "cost": ["free"]}])
def test_meets_in_agrees_with_the_database(world, mantsala_group, params):
    filterset = CatalogueFilter(params, queryset=Listing.objects.all())
    assert filterset.form.is_valid()
    assert sorted(search(**params).ids) == sorted(filterset.qs.values_list("pk", flat=True))


def test_every_card_shows_street_and_town_of_its_place(client, world, mantsala_group):
    html = client.get("/").content.decode()
    assert "Seurakuntatalo, Kirkkotie 3, 04600 Mäntsälä" in html
    assert "Kirjaston kerhohuone, Keskustie 2, 01900 Nurmijärvi" in html


def test_the_page_explains_the_two_municipality_facets(client, world):
    html = client.get("/").content.decode()
    assert "Kokoontuu kunnassa" in html and "Kunnan asukkaille" in html


@override_settings(SITE_URL="https://tarjotin.example.fi")
def test_printed_cards_carry_the_absolute_address_of_the_listing(client, world):
    listings, _hidden = world
    html = client.get("/").content.decode()
    assert f'<p class="print-only">https://tarjotin.example.fi{listings["peer_group"].get_absolute_url()}</p>' in html


def test_printed_detail_page_carries_its_absolute_address(client, activity):
    html = client.get(activity.get_absolute_url()).content.decode()
    assert f'<p class="print-only">http://testserver{activity.get_absolute_url()}</p>' in html
