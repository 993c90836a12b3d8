"""The review page shows the times of workflow steps in Helsinki time, like the history."""

import datetime

from django.urls import reverse

from moderation.models import ListingForReview
from services.models import Listing, ListingTransition
from tests.factories import admin_url, make_listing


def test_review_page_shows_step_times_in_helsinki_time(liaison_client, association, editor):
    listing = make_listing(association, status=Listing.Status.PENDING, title="Muistikahvila")
    ListingTransition.objects.create(
        listing=listing,
        from_status=Listing.Status.DRAFT,
        to_status=Listing.Status.PENDING,
        by=editor,
        at=datetime.datetime(2026, 12, 1, 10, 30, tzinfo=datetime.UTC),
    )

    response = liaison_client.get(admin_url(ListingForReview, "change", listing.pk))

    assert response.status_code == 200
    assert "01.12.2026 12.30" in response.text  # UTC+2 in winter
    assert "01.12.2026 10.30" not in response.text
    assert reverse("moderation:staff-preview", args=[listing.pk]) in response.text
