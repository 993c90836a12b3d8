import pytest
from django.contrib import admin
from django.urls import reverse

from services.models import CatalogueRevision
from tests.factories import admin_url
from vocabularies.models import Municipality, Region

VOCABULARIES = [model for model in admin.site._registry if model._meta.app_label == "vocabularies"]


def test_every_vocabulary_has_an_admin():
    assert len(VOCABULARIES) == 7


@pytest.mark.parametrize("model", VOCABULARIES, ids=lambda model: model.__name__)
def test_vocabulary_admin_pages_load_for_liaison(liaison_client, model):
    term = model.objects.first()  # seeded by the migration

    assert liaison_client.get(admin_url(model, "changelist")).status_code == 200
    assert liaison_client.get(admin_url(model, "add")).status_code == 200
    assert liaison_client.get(admin_url(model, "change", term.pk)).status_code == 200


@pytest.mark.parametrize("model", VOCABULARIES, ids=lambda model: model.__name__)
def test_vocabulary_search_and_every_filter_work(liaison_client, model):
    url = admin_url(model, "changelist")
    assert liaison_client.get(url, {"q": "a"}).status_code == 200
    changelist = liaison_client.get(url).context["cl"]
    for spec in changelist.filter_specs:
        for choice in spec.choices(changelist):
            assert liaison_client.get(url + choice["query_string"]).status_code == 200


def test_search_finds_municipality_by_its_swedish_name(liaison_client):
    response = liaison_client.get(admin_url(Municipality, "changelist"), {"q": "Träskända"})

    assert [m.name_fi for m in response.context["cl"].result_list] == ["Järvenpää"]


def test_municipalities_filter_by_region(liaison_client):
    region = Region.objects.get(slug="forssan-seutu")

    response = liaison_client.get(admin_url(Municipality, "changelist"), {"region__id__exact": region.pk})

    names = {m.name_fi for m in response.context["cl"].result_list}
    assert names == {"Forssa", "Humppila", "Jokioinen", "Tammela", "Ypäjä"}


def test_liaison_adds_a_term(liaison_client):
    revision = CatalogueRevision.current()

    response = liaison_client.post(
        admin_url(Region, "add"),
        {"name_fi": "Testialue", "name_sv": "", "name_en": "", "slug": "testialue", "code": "", "position": 5},
    )

    assert response.status_code == 302
    assert Region.objects.get(slug="testialue").name_fi == "Testialue"
    assert CatalogueRevision.current() != revision  # facets show the terms


def test_autocomplete_searches_municipalities(liaison_client):
    response = liaison_client.get(
        reverse("admin:autocomplete"),
        {"app_label": "associations", "model_name": "association", "field_name": "municipalities", "term": "nurmi"},
    )

    assert response.status_code == 200
    assert [result["text"] for result in response.json()["results"]] == ["Nurmijärvi"]
