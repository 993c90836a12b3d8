"""Line breaks typed in a browser (CRLF) and stored ones (LF) are the same text: no false changes."""

import pytest
from django.urls import reverse

from associations.models import Association
from moderation.models import ListingForReview
from services.models import Listing
from tests.dashboard.edit_helpers import activity_data, seen
from tests.factories import admin_url

TEXT = "Tervetuloa!\n\nKahvi maksaa euron.\nPullaa on joka kerta."


@pytest.fixture
def published(client, association, editor, liaison):
    """An activity saved through the form with LF line breaks, then published by the liaison."""
    client.force_login(editor)
    client.post(reverse("dashboard:listing-create", args=[association.slug, "toiminta"]), activity_data(description=TEXT))
    listing = Listing.objects.get(title="Muistikahvila")
    listing.submit(by=editor)
    listing.publish(by=liaison)
    return listing


def _submit_edit(client, listing, **changes):
    client.post(reverse("dashboard:listing-edit", args=[listing.pk]), activity_data(action="submit", **changes, **seen(listing)))
    return listing.working_copies.get()


def test_browser_line_breaks_are_stored_as_lf(client, published):
    copy = _submit_edit(client, published, title="Muistikahvila 2", description=TEXT.replace("\n", "\r\n"))

    assert copy.description == TEXT


def test_review_shows_only_the_real_change_when_the_browser_sends_crlf(client, published, liaison):
    copy = _submit_edit(client, published, title="Muistikahvila 2", description=TEXT.replace("\n", "\r\n"))
    client.force_login(liaison)

    response = client.get(admin_url(ListingForReview, "change", copy.pk))

    assert "<dt><strong>Otsikko</strong></dt>" in response.text
    assert "<dt><strong>Kuvaus</strong></dt>" not in response.text


def test_review_ignores_crlf_stored_before_the_fix(client, published, liaison):
    Listing.objects.filter(pk=published.pk).update(description=TEXT.replace("\n", "\r\n"))
    copy = _submit_edit(client, published, title="Muistikahvila 2", description=TEXT)
    client.force_login(liaison)

    response = client.get(admin_url(ListingForReview, "change", copy.pk))

    assert "<dt><strong>Kuvaus</strong></dt>" not in response.text


def test_association_description_line_breaks_are_stored_as_lf(client, association, assoc_admin):
    client.force_login(assoc_admin)

    client.post(
        reverse("manage:profile", args=[association.slug]),
        {"description": "Kerhoja.\r\n\r\nRetkiä.", "municipalities": [m.pk for m in association.municipalities.all()]},
    )

    assert Association.objects.get(pk=association.pk).description == "Kerhoja.\n\nRetkiä."
