"""The preview: the public page exactly, with a banner, for the association's members only."""

from django.urls import reverse

from services.models import ListingMonthlyViews
from services.models import Listing
from tests.factories import make_listing

BROWSER = {"HTTP_USER_AGENT": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/130.0 Safari/537.36"}


def preview_url(listing):
    return reverse("dashboard:listing-preview", args=[listing.pk])


def test_member_previews_a_draft_on_the_public_template_with_a_banner(client, editor, association, place):
    draft = make_listing(association, status=Listing.Status.DRAFT, title="Luonnoskerho", place=place)
    client.force_login(editor)
    response = client.get(preview_url(draft), **BROWSER)
    assert response.status_code == 200
    assert "catalogue/listing_detail.html" in [t.name for t in response.templates]
    page = response.content.decode()
    assert "Esikatselu – ei vielä julkinen" in page and "Luonnoskerho" in page and "Kirjaston kerhohuone" in page
    assert '<meta name="robots" content="noindex">' in page
    assert 'action="%s"' % reverse("dashboard:listing-submit", args=[draft.pk]) in page


def test_draft_is_not_on_the_public_page(client, association):
    draft = make_listing(association, status=Listing.Status.DRAFT)
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_preview_of_a_published_listing_shows_the_working_copy(client, editor, activity):
    copy = activity.start_editing(by=editor)
    copy.title = "Uusi otsikko"
    copy.save()
    client.force_login(editor)
    page = client.get(preview_url(activity)).content.decode()
    assert "Uusi otsikko" in page
    assert activity.get_absolute_url() in page  # the address it will have once approved


def test_outsider_cannot_preview(client, outsider, association):
    draft = make_listing(association, status=Listing.Status.DRAFT)
    client.force_login(outsider)
    assert client.get(preview_url(draft)).status_code == 404


def test_previews_are_not_counted_as_views(client, editor, activity):
    client.force_login(editor)
    client.get(preview_url(activity), **BROWSER)
    assert not ListingMonthlyViews.objects.exists()
