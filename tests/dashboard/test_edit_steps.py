"""The steps on a listing from Omat sivut: submit, duplicate, archive, restore, confirm. Each asks first on GET."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from services.models import Listing, ListingTransition
from tests.factories import make_listing

Status = Listing.Status


@pytest.fixture
def logged_in(client, editor):
    client.force_login(editor)
    return client


def step_url(step, listing):
    return reverse(f"dashboard:listing-{step}", args=[listing.pk])


@pytest.mark.parametrize("step", ["submit", "duplicate", "archive", "confirm"])
def test_get_asks_before_doing_anything(logged_in, association, step):
    draft = make_listing(association, status=Status.DRAFT)
    response = logged_in.get(step_url(step, draft))
    assert response.status_code == 200 and b'method="post"' in response.content
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT and Listing.objects.count() == 1


def test_editor_submits_a_draft(logged_in, association, editor):
    draft = make_listing(association, status=Status.DRAFT)
    response = logged_in.post(step_url("submit", draft), follow=True)
    draft.refresh_from_db()
    assert draft.status == Status.PENDING
    assert ListingTransition.objects.get(listing=draft).by == editor
    assert "parin arkipäivän kuluessa" in response.content.decode()


def test_copied_event_without_dates_cannot_be_submitted_and_says_why(logged_in, association):
    draft = make_listing(association, kind=Listing.Kind.EVENT, status=Status.DRAFT, starts_at=None, ends_at=None)
    response = logged_in.post(step_url("submit", draft), follow=True)
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT
    assert response.redirect_chain[-1][0] == reverse("dashboard:listing-edit", args=[draft.pk])
    assert "Kerro, milloin tapahtuma alkaa." in response.content.decode()


def test_submitting_twice_is_a_message_not_a_crash(logged_in, association):
    pending = make_listing(association, status=Status.PENDING)
    response = logged_in.post(step_url("submit", pending), follow=True)
    assert response.status_code == 200 and "ei voi lähettää tarkastettavaksi" in response.content.decode()


def test_submit_of_a_published_listing_sends_its_working_copy(logged_in, activity, editor):
    copy = activity.start_editing(by=editor)
    logged_in.post(step_url("submit", activity))
    copy.refresh_from_db()
    activity.refresh_from_db()
    assert copy.status == Status.PENDING and activity.status == Status.PUBLISHED


def test_duplicate_makes_a_draft_and_opens_its_form(logged_in, activity, editor):
    response = logged_in.post(step_url("duplicate", activity))
    copy = Listing.objects.exclude(pk=activity.pk).get()
    assert response.url == reverse("dashboard:listing-edit", args=[copy.pk])
    assert (copy.title, copy.status, copy.created_by, copy.place) == (activity.title, Status.DRAFT, editor, activity.place)
    assert list(copy.target_groups.all()) == list(activity.target_groups.all())


def test_duplicated_event_has_no_dates_so_they_must_be_entered_again(logged_in, association):
    event = make_listing(association, kind=Listing.Kind.EVENT, title="Kevätmarkkinat 2025")
    response = logged_in.post(step_url("duplicate", event), follow=True)
    copy = Listing.objects.exclude(pk=event.pk).get()
    assert copy.starts_at is None and copy.ends_at is None
    assert "Anna tapahtuman uusi päivämäärä" in response.content.decode()
    assert response.context["form"]["date"].value() is None


def test_archive_and_restore(logged_in, activity):
    response = logged_in.post(step_url("archive", activity), follow=True)
    activity.refresh_from_db()
    assert activity.status == Status.ARCHIVED and not Listing.objects.published().exists()
    assert "ei enää näy julkisesti" in response.content.decode()
    logged_in.post(step_url("restore", activity))
    activity.refresh_from_db()
    assert activity.status == Status.DRAFT


def test_restoring_what_is_not_archived_is_a_message(logged_in, activity):
    response = logged_in.post(step_url("restore", activity), follow=True)
    assert response.status_code == 200 and "ei voi palauttaa arkistosta" in response.content.decode()


def test_archiving_through_a_working_copy_archives_the_listing(logged_in, activity, editor):
    copy = activity.start_editing(by=editor)
    logged_in.post(step_url("archive", copy))
    activity.refresh_from_db()
    assert activity.status == Status.ARCHIVED and not Listing.objects.filter(pk=copy.pk).exists()


def test_confirm_marks_the_listing_up_to_date(logged_in, activity):
    Listing.objects.filter(pk=activity.pk).update(last_confirmed_on=timezone.localdate() - datetime.timedelta(days=500))
    response = logged_in.post(step_url("confirm", activity), follow=True)
    activity.refresh_from_db()
    assert activity.last_confirmed_on == timezone.localdate()
    assert "on merkitty ajantasaiseksi" in response.content.decode()


@pytest.mark.parametrize("step", ["submit", "duplicate", "archive", "restore", "confirm"])
def test_outsider_gets_404_and_nothing_changes(client, outsider, activity, step):
    client.force_login(outsider)
    before = Listing.objects.count(), activity.status, activity.last_confirmed_on
    assert client.post(step_url(step, activity)).status_code == 404
    activity.refresh_from_db()
    assert (Listing.objects.count(), activity.status, activity.last_confirmed_on) == before
