import datetime
import json
import re

import pytest
from django.conf import settings
from django.utils import timezone, translation

from catalogue.association_views import ASSOCIATIONS_PER_PAGE
from services.models import Listing
from tests.factories import make_association, make_listing


def make_event(association, starts_at, **fields):
    """A published event of one hour from starts_at."""
    ends_at = starts_at + datetime.timedelta(hours=1)
    return make_listing(association, kind=Listing.Kind.EVENT, starts_at=starts_at, ends_at=ends_at, **fields)


@pytest.fixture(autouse=True)
def finnish_after_each_test():
    # A request to /sv/ or /en/ leaves that language active in the test thread.
    yield
    translation.activate(settings.LANGUAGE_CODE)


def names_on(response):
    return [association.name for association in response.context["page"].object_list]


def test_directory_lists_only_approved_associations(client, association, other_association):
    make_association("Odottava yhdistys", approved=False)

    response = client.get("/yhdistykset/")

    assert response.status_code == 200
    assert names_on(response) == ["Forssan Martat", "Nurmijärven Eläkkeensaajat"]
    assert "Odottava yhdistys" not in response.text


def test_directory_searches_name_case_insensitively(client, association, other_association):
    response = client.get("/yhdistykset/", {"q": "MARTAT"})

    assert names_on(response) == ["Forssan Martat"]


def test_directory_search_finds_capitalised_non_ascii_words(client, db):
    make_association("Äänekosken Omaishoitajat")

    response = client.get("/yhdistykset/", {"q": "äänekosken"})

    assert names_on(response) == ["Äänekosken Omaishoitajat"]


def test_directory_searches_description(client, association, other_association):
    other_association.description = "Ruokakursseja ja kotitalousneuvontaa."
    other_association.save()

    response = client.get("/yhdistykset/", {"q": "kotitalous"})

    assert names_on(response) == ["Forssan Martat"]


def test_directory_filters_by_municipality(client, association, other_association):
    response = client.get("/yhdistykset/", {"municipality": "forssa"})

    assert names_on(response) == ["Forssan Martat"]


def test_directory_with_unknown_municipality_finds_nothing(client, association):
    response = client.get("/yhdistykset/", {"municipality": "atlantis"})

    assert response.status_code == 200
    assert names_on(response) == []
    assert "Hakuehdoilla ei löytynyt yhdistyksiä." in response.text


def test_directory_counts_current_public_listings(client, association, other_association):
    make_listing(association)
    make_listing(association, kind=Listing.Kind.EVENT)
    make_listing(association, status=Listing.Status.DRAFT)
    make_event(association, timezone.now() - datetime.timedelta(days=5))

    response = client.get("/yhdistykset/")

    counts = {association.name: association.listing_count for association in response.context["page"].object_list}
    assert counts == {"Nurmijärven Eläkkeensaajat": 2, "Forssan Martat": 0}


def test_directory_is_paginated_and_keeps_the_search(client, db):
    names = [f"Kyläyhdistys {number:02}" for number in range(ASSOCIATIONS_PER_PAGE + 3)]
    for name in names:
        make_association(name)

    response = client.get("/yhdistykset/", {"q": "kylä", "page": 2})

    assert names_on(response) == names[ASSOCIATIONS_PER_PAGE:]
    assert 'href="?q=kyl%C3%A4&amp;page=1"' in response.text


def test_directory_query_count_is_constant(client, django_assert_max_num_queries, db):
    for number in range(ASSOCIATIONS_PER_PAGE):
        association = make_association(f"Yhdistys {number:02}", municipalities=("nurmijarvi", "forssa"))
        make_listing(association)

    # The chosen municipality, the count, the page, its municipalities and the select's options.
    with django_assert_max_num_queries(5):
        response = client.get("/yhdistykset/", {"municipality": "nurmijarvi"})

    assert len(response.context["page"].object_list) == ASSOCIATIONS_PER_PAGE


def test_association_page_shows_description_contacts_and_municipalities(client, association):
    association.description = "Toimintaa eläkeläisille.\n\nTervetuloa mukaan!"
    association.email = "toimisto@example.fi"
    association.phone = "09 876 5432"
    association.website = "https://elakkeensaajat.example.fi"
    association.save()

    response = client.get(f"/yhdistykset/{association.slug}/")

    assert response.status_code == 200
    page = response.text
    assert "<h1>Nurmijärven Eläkkeensaajat</h1>" in page
    assert "<p>Tervetuloa mukaan!</p>" in page
    assert 'href="mailto:toimisto@example.fi"' in page
    assert 'href="tel:098765432"' in page
    assert "Nurmijärvi" in page
    assert f'href="/yhdistykset/{association.slug}/kalenteri.ics"' in page


def test_association_page_has_organization_json_ld(client, association):
    response = client.get(f"/yhdistykset/{association.slug}/")

    match = re.search(r'<script type="application/ld\+json" nonce="[^"]*">(.*?)</script>', response.text, re.S)
    data = json.loads(match.group(1))
    assert data["@type"] == "Organization"
    assert data["name"] == "Nurmijärven Eläkkeensaajat"
    assert data["url"] == f"http://testserver/yhdistykset/{association.slug}/"


def test_association_page_groups_only_published_listings(client, association, other_association):
    activity = make_listing(association, title="Lukupiiri")
    role = make_listing(association, kind=Listing.Kind.VOLUNTEER_ROLE, title="Kaveri")
    start = timezone.now() + datetime.timedelta(days=3)
    later = make_event(association, start + datetime.timedelta(days=30), title="Syysjuhla")
    soon = make_event(association, start, title="Kevätjuhla")
    make_event(association, timezone.now() - datetime.timedelta(days=3), title="Mennyt")
    for status in [Listing.Status.DRAFT, Listing.Status.PENDING, Listing.Status.RETURNED, Listing.Status.ARCHIVED]:
        make_listing(association, title=f"Ei julkinen {status}", status=status)
    make_listing(other_association, title="Toisen yhdistyksen")

    response = client.get(f"/yhdistykset/{association.slug}/")

    assert response.context["activities"] == [activity]
    assert list(response.context["events"]) == [soon, later]
    assert response.context["roles"] == [role]
    assert "Ei julkinen" not in response.text
    assert "Mennyt" not in response.text


def test_unapproved_association_page_is_not_found(client, db):
    association = make_association("Odottava yhdistys", approved=False)

    response = client.get(f"/yhdistykset/{association.slug}/")

    assert response.status_code == 404


def test_association_page_query_count_is_constant(client, association, place, django_assert_max_num_queries):
    start = timezone.now() + datetime.timedelta(days=3)
    for number in range(5):
        make_listing(association, title=f"Kerho {number}", place=place)
        make_listing(association, kind=Listing.Kind.VOLUNTEER_ROLE, title=f"Tehtävä {number}", place=place)
        make_event(association, start, place=place)

    with django_assert_max_num_queries(4):
        response = client.get(f"/yhdistykset/{association.slug}/")

    assert response.status_code == 200
