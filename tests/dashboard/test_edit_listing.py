"""Changing a listing: drafts in place, published ones through a working copy that keeps the public page live."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from services.models import Listing
from tests.factories import make_listing
from tests.dashboard.edit_helpers import activity_data, event_data, seen

Status = Listing.Status


@pytest.fixture
def logged_in(client, editor):
    client.force_login(editor)
    return client


def edit_url(listing):
    return reverse("dashboard:listing-edit", args=[listing.pk])


def test_form_shows_the_listing_as_it_is(logged_in, activity, place):
    response = logged_in.get(edit_url(activity))
    form = response.context["form"]
    assert form["title"].value() == activity.title
    assert form["place_choice"].value() == str(place.pk)


def test_event_form_shows_its_date_and_times(logged_in, association):
    event = make_listing(association, kind=Listing.Kind.EVENT, status=Status.DRAFT)
    page = logged_in.get(edit_url(event)).content.decode()
    starts = timezone.localtime(event.starts_at)
    assert f'value="{starts:%Y-%m-%d}"' in page and f'value="{starts:%H:%M}"' in page
    assert "Lisäpäivä 1" in page  # further dates can be added later too


def test_editor_saves_a_draft_in_place(logged_in, association):
    draft = make_listing(association, status=Status.DRAFT)
    response = logged_in.post(edit_url(draft), activity_data(title="Uusi nimi") | seen(draft))
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.title == "Uusi nimi" and draft.status == Status.DRAFT
    assert not draft.working_copies.exists()


def test_editing_a_published_listing_keeps_it_live_until_approved(logged_in, activity, client):
    response = logged_in.post(edit_url(activity), activity_data(title="Muistikahvila uudella nimellä") | seen(activity))
    assert response.status_code == 302 and response.url == edit_url(activity)
    activity.refresh_from_db()
    assert activity.title == "Kohtaamispaikka ikäihmisille" and activity.status == Status.PUBLISHED
    copy = activity.working_copies.get()
    assert copy.title == "Muistikahvila uudella nimellä" and copy.status == Status.DRAFT
    # The public page still shows the published version.
    assert "Kohtaamispaikka ikäihmisille" in client.get(activity.get_absolute_url()).content.decode()
    # The form reopens on the working copy, and says that the public version stays.
    page = logged_in.get(edit_url(activity)).content.decode()
    assert 'value="Muistikahvila uudella nimellä"' in page and "siihen asti kaikki näkevät nykyisen version" in page


def test_submitted_changes_to_a_published_listing_wait_for_review(logged_in, activity, liaison):
    logged_in.post(edit_url(activity), activity_data(title="Uusi nimi", action="submit") | seen(activity))
    copy = activity.working_copies.get()
    assert copy.status == Status.PENDING
    assert Listing.objects.published().get().title == "Kohtaamispaikka ikäihmisille"
    copy.publish(by=liaison)
    assert Listing.objects.published().get().title == "Uusi nimi"


def test_trusted_associations_changes_are_published_at_once(logged_in, activity, association):
    association.trusted = True
    association.save()
    logged_in.post(edit_url(activity), activity_data(title="Uusi nimi", action="submit") | seen(activity))
    activity.refresh_from_db()
    assert activity.title == "Uusi nimi" and not activity.working_copies.exists()


def test_bad_input_on_a_published_listing_keeps_typed_text_and_the_public_version(logged_in, activity):
    response = logged_in.post(edit_url(activity), activity_data(title="Uusi nimi", summary="") | seen(activity))
    assert response.status_code == 200 and 'value="Uusi nimi"' in response.content.decode()
    activity.refresh_from_db()
    assert activity.title == "Kohtaamispaikka ikäihmisille"


def test_editing_a_pending_listing_takes_it_out_of_review_visibly(logged_in, association, editor):
    pending = make_listing(association, status=Status.PENDING)
    page = logged_in.get(edit_url(pending)).content.decode()
    assert "Tallenna muutokset" in page and "palaa luonnokseksi ja poistuu tarkastuksesta" in page
    logged_in.post(edit_url(pending), activity_data(title="Korjattu") | seen(pending))
    pending.refresh_from_db()
    assert (pending.title, pending.status) == ("Korjattu", Status.DRAFT)
    step = pending.transitions.first()
    assert (step.from_status, step.to_status, step.by) == (Status.PENDING, Status.DRAFT, editor)


def test_saving_a_pending_listing_with_submit_sends_it_again(logged_in, association):
    pending = make_listing(association, status=Status.PENDING)
    logged_in.post(edit_url(pending), activity_data(title="Korjattu", action="submit") | seen(pending))
    pending.refresh_from_db()
    assert (pending.title, pending.status) == ("Korjattu", Status.PENDING)


def test_invalid_post_to_a_published_listing_makes_no_working_copy(logged_in, activity):
    response = logged_in.post(edit_url(activity), activity_data(summary="") | seen(activity))
    assert response.status_code == 200
    assert not activity.working_copies.exists()


def test_unchanged_past_event_can_still_be_corrected(logged_in, association):
    start = timezone.now() - datetime.timedelta(days=3)
    event = make_listing(association, kind=Listing.Kind.EVENT, status=Status.DRAFT, starts_at=start, ends_at=start + datetime.timedelta(hours=2))
    local = timezone.localtime(start)
    end = timezone.localtime(event.ends_at)
    data = event_data(date=f"{local:%Y-%m-%d}", start_time=f"{local:%H:%M}", end_time=f"{end:%H:%M}", title="Korjattu nimi")
    if end.date() != local.date():
        data["end_date"] = f"{end:%Y-%m-%d}"
    assert logged_in.post(edit_url(event), data | seen(event)).status_code == 302


def test_outsider_cannot_edit(client, outsider, activity):
    client.force_login(outsider)
    assert client.post(edit_url(activity), activity_data(title="Kaapattu") | seen(activity)).status_code == 404
    activity.refresh_from_db()
    assert activity.title != "Kaapattu" and not activity.working_copies.exists()
