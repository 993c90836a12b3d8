"""Coordinates from the shipped postal-code centroids, without the internet."""

import pytest

from services.geocoding import locate
from services.models import Place
from tests.factories import admin_url
from vocabularies.models import Municipality


def test_a_postal_code_a_street_address_and_a_village_name_are_located():
    assert (locate("04300").latitude, locate("04300").longitude) == (60.403, 25.022)
    assert (locate("Hyryläntie 5, 04300 Tuusula").latitude, locate("Tuusula").latitude) == (60.403, 60.403)
    assert locate("jokela").latitude == pytest.approx(60.555)


def test_browser_coordinates_are_taken_as_they_are_but_only_in_finland():
    assert locate("60.4,25.0").latitude == 60.4
    assert locate("40.7,-74.0") is None


def test_an_unknown_place_is_not_guessed():
    assert locate("Rovaniemi") is None
    assert locate("99999") is None
    assert locate("") is None


def test_a_place_takes_its_postal_code_centroid_when_it_has_no_coordinates(db):
    place = Place(name="Kerhohuone", street_address="Kirkkotie 1", postal_code="04300", municipality=Municipality.objects.get(slug="tuusula"))
    assert place.locate() is True
    assert (float(place.latitude), float(place.longitude)) == (60.403, 25.022)


def test_a_place_keeps_coordinates_typed_in(place):
    place.latitude, place.longitude = 60.5, 24.8
    assert place.locate() is False
    assert place.latitude == 60.5


def test_distance_between_tuusula_and_forssa_is_about_ninety_kilometres():
    forssa = locate("30100")
    assert locate("04300").distance_km(forssa.latitude, forssa.longitude) == pytest.approx(89, abs=2)


def test_liaison_adding_a_place_without_coordinates_gets_the_centroid(liaison_client):
    tuusula = Municipality.objects.get(slug="tuusula")
    data = {"name": "Seurakuntatalo", "street_address": "Kirkkotie 3", "postal_code": "04300", "municipality": tuusula.pk, "accessibility": "", "directions": ""}
    response = liaison_client.post(admin_url(Place, "add"), data)
    assert response.status_code == 302
    assert float(Place.objects.get(name="Seurakuntatalo").latitude) == 60.403


def test_place_admin_offers_a_pin_to_drag_next_to_the_coordinates(liaison_client, place):
    html = liaison_client.get(admin_url(Place, "change", place.pk)).content.decode()
    assert 'class="place-pin"' in html and "js/place_pin.js" in html and "vendor/leaflet/leaflet.js" in html
