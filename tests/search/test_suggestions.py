"""When a search finds nothing, the catalogue offers corrected spellings and the closest terms."""

import pytest
from django.urls import reverse

from services.models import Listing
from tests.factories import make_association, make_listing
from tests.search.corpus import create_listings
from vocabularies.models import Theme

pytestmark = pytest.mark.django_db


def catalogue(client, **params):
    return client.get(reverse("catalogue:catalogue"), params)


def test_a_misspelt_finnish_word_is_offered_corrected_with_the_other_filters_kept(client):
    create_listings()

    response = catalogue(client, q="kesksteluryhmä", municipality="tuusula")

    assert response.status_code == 200
    assert response.context["result"].total == 0
    spellings = dict(response.context["spellings"])
    assert "keskusteluryhmä" in spellings
    assert spellings["keskusteluryhmä"] == "?municipality=tuusula&q=keskusteluryhm%C3%A4"


def test_a_misspelt_term_name_is_offered_as_its_filter_without_the_words(client):
    create_listings()

    response = catalogue(client, q="kamratstod", kind="activity")

    terms = dict(response.context["suggested_terms"])
    assert "Vertaistuki" in terms
    assert terms["Vertaistuki"] == "?kind=activity&theme=vertaistuki"
    assert 'href="?kind=activity&amp;theme=vertaistuki"' in response.content.decode()


def test_suggestions_are_only_those_that_would_give_results(client):
    create_listings()

    # Every listing of the corpus is an activity, so no event has any of these.
    response = catalogue(client, q="kamratstod", kind="event")

    assert response.context["suggested_terms"] == []
    assert response.context["spellings"] == []


def test_a_search_with_results_offers_nothing(client):
    create_listings()

    response = catalogue(client, q="vertaistuki")

    assert response.context["result"].total > 0
    assert response.context["suggested_terms"] == response.context["spellings"] == []


def test_suggestions_are_translated(client):
    create_listings()

    response = client.get("/sv" + reverse("catalogue:catalogue"), {"q": "ikaihmisille"})

    assert "Menade du:" in response.content.decode()


@pytest.mark.parametrize(
    "query",
    ["'", '"', "*", "AND OR NOT", "NEAR(", "{search_title} : x", "zq", "zd*", "ä" * 300, "a:*B & !c", "\x00", "ö ö ö ö ö ö ö ö ö ö ö ö ö ö"],
)
def test_no_query_text_breaks_the_page(client, query):
    make_listing(make_association("Esimerkkiyhdistys"))

    assert catalogue(client, q=query).status_code in (200, 400)
    assert client.get("/api/v1/listings/", {"q": query}).status_code in (200, 400)


def test_a_renamed_term_reaches_the_index(liaison_client):
    keys = {key: pk for pk, key in create_listings().items()}
    theme = Theme.objects.get(slug="vertaistuki")
    response = liaison_client.post(
        reverse("admin:vocabularies_theme_change", args=[theme.pk]),
        {"name_fi": "Vertaistuki", "name_sv": "Kamratstöd", "name_en": "Mutual aid", "slug": theme.slug, "code": "", "position": 1},
    )

    assert response.status_code == 302
    assert Listing.objects.get(pk=keys["sururyhma"]).search_title_stems.split().count("mutual") == 1
