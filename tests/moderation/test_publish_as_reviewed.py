"""The liaison publishes exactly the version they reviewed, on the review page and in bulk."""

import datetime

from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone

from services.models import Listing
from tests.factories import make_listing, seen_rows

Status = Listing.Status
QUEUE = reverse("admin:moderation_listingforreview_changelist")
CHANGED = "Ilmoitusta on muutettu sen jälkeen, kun avasit sen."


def review_url(listing):
    return reverse("admin:moderation_listingforreview_change", args=[listing.pk])


def waiting(association, title="Muistikahvila"):
    return make_listing(association, status=Status.PENDING, title=title, submitted_at=timezone.now() - datetime.timedelta(days=1))


def texts(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def change_behind_the_liaisons_back(listing, title):
    listing = Listing.objects.get(pk=listing.pk)
    listing.title = title
    listing.save()


def test_review_page_carries_the_version_it_shows(liaison_client, association):
    listing = waiting(association)
    page = liaison_client.get(review_url(listing)).content.decode()
    assert f'name="version" value="{listing.version}"' in page


def test_text_changed_after_the_review_page_opened_is_not_published(liaison_client, association):
    listing = waiting(association, "Harmiton otsikko")
    reviewed = listing.version
    change_behind_the_liaisons_back(listing, "Jotain aivan muuta")

    response = liaison_client.post(review_url(listing), {"publish": "1", "version": reviewed})

    assert response.status_code == 200  # the review page again, now with the current text
    listing.refresh_from_db()
    assert listing.status == Status.PENDING and not Listing.objects.published().exists()
    assert any(text.startswith("Ilmoitusta on muutettu") for text in texts(response))
    assert "Jotain aivan muuta" in response.content.decode()


def test_a_working_copy_changed_after_review_is_not_applied(liaison_client, association, editor):
    published = make_listing(association, title="Julkaistu otsikko")
    copy = published.start_editing(by=editor)
    copy.submit(by=editor)
    copy.refresh_from_db()
    reviewed = copy.version
    change_behind_the_liaisons_back(copy, "Tarkastamaton otsikko")

    liaison_client.post(review_url(copy), {"publish": "1", "version": reviewed})

    published.refresh_from_db()
    assert published.title == "Julkaistu otsikko" and published.working_copies.exists()


def test_publishing_without_a_version_publishes_nothing(liaison_client, association):
    listing = waiting(association)
    liaison_client.post(review_url(listing), {"publish": "1"})
    listing.refresh_from_db()
    assert listing.status == Status.PENDING


def test_bulk_publish_skips_a_listing_changed_after_the_list_was_shown(liaison_client, association):
    unchanged, changed = waiting(association, "Ennallaan"), waiting(association, "Harmiton")
    shown = seen_rows(unchanged, changed)
    change_behind_the_liaisons_back(changed, "Muutettu listan avaamisen jälkeen")

    response = liaison_client.post(QUEUE, {"action": "publish_selected", "_selected_action": [unchanged.pk, changed.pk], **shown})

    assert list(Listing.objects.published()) == [unchanged]
    assert any("Muutettu listan avaamisen jälkeen" in text and CHANGED[:30] in text for text in texts(response))


def test_bulk_publish_skips_a_listing_the_list_did_not_show(liaison_client, association):
    listing = waiting(association)
    liaison_client.post(QUEUE, {"action": "publish_selected", "_selected_action": [listing.pk]})
    assert not Listing.objects.published().exists()


def test_queue_rows_carry_the_versions_shown(liaison_client, association):
    listing = waiting(association)
    page = liaison_client.get(QUEUE).content.decode()
    assert f'name="seen_version" value="{listing.pk}-{listing.version}"' in page
