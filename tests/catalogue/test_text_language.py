"""A listing says which language its texts are in; pages mark it, the API returns it."""

from django.urls import reverse

from services.models import Listing
from tests.dashboard.edit_helpers import activity_data
from tests.factories import make_listing


def test_a_swedish_listing_is_marked_swedish_on_the_finnish_page(client, association):
    listing = make_listing(association, title="Språkcafé", summary="Vi talar svenska.", text_language="sv")
    content = client.get(listing.get_absolute_url()).content.decode()
    assert '<h1 lang="sv">Språkcafé</h1>' in content
    assert '<p class="lead" lang="sv">Vi talar svenska.</p>' in content


def test_the_swedish_page_shows_the_swedish_title_unmarked(client, association):
    listing = make_listing(association, title="Kielikahvila", title_sv="Språkcafé", summary_sv="Vi talar svenska.")
    content = client.get("/sv" + listing.get_absolute_url()).content.decode()
    assert "<h1>Språkcafé</h1>" in content
    assert '<p class="lead">Vi talar svenska.</p>' in content


def test_a_title_without_a_translation_keeps_its_own_language_mark(client, association):
    listing = make_listing(association, title="Kielikahvila")
    content = client.get("/en" + listing.get_absolute_url()).content.decode()
    assert '<h1 lang="fi">Kielikahvila</h1>' in content


def test_cards_mark_texts_in_another_language(client, association):
    make_listing(association, title="Språkcafé", summary="Vi talar svenska.", text_language="sv")
    content = client.get("/").content.decode()
    assert 'lang="sv">Språkcafé</a>' in content


def test_the_api_returns_the_text_language_and_translations(client, association):
    make_listing(association, title="Kielikahvila", title_en="Language café", summary_en="Practise Finnish.")
    item = client.get("/api/v1/listings/").json()["results"][0]
    assert item["text_language"] == "fi"
    assert item["text_languages"] == ["fi", "en"]
    assert item["translations"] == {"en": {"title": "Language café", "summary": "Practise Finnish."}}


def test_the_association_states_the_language_and_adds_a_swedish_title(client, editor, association):
    client.force_login(editor)
    url = reverse("dashboard:listing-create", args=[association.slug, "toiminta"])
    client.post(url, activity_data(text_language="fi", title_sv="Minneskafé", summary_sv="Kaffe och minnen."))
    listing = Listing.objects.get(title="Muistikahvila")
    assert (listing.text_language, listing.title_sv, listing.summary_sv) == ("fi", "Minneskafé", "Kaffe och minnen.")
    assert listing.text_languages == ["fi", "sv"]
