"""Listings nobody confirms are reminded, then leave the catalogue, and come back when confirmed.

The clock is moved by passing `today` (the command takes --today); nothing patches time.
"""

import datetime
import re

import pytest
from django.core import mail, signing
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from services import actions, freshness
from services.models import Listing, stale_before
from tests.factories import make_listing

TODAY = timezone.localdate()
STALE_DAYS = 366  # FRESHNESS_MONTHS=12 at 30.5 days a month
STATIC_FILES = "django.contrib.staticfiles.storage.StaticFilesStorage"


@pytest.fixture(autouse=True)
def freshness_settings(settings):
    settings.FRESHNESS_MONTHS = 12
    settings.FRESHNESS_GRACE_DAYS = 30


def confirmed_days_ago(association, days, **fields):
    return make_listing(association, last_confirmed_on=TODAY - datetime.timedelta(days=days), **fields)


def confirm_links(message) -> list[str]:
    return re.findall(r"https?://\S+/vahvista/\S+/", message.body)


def test_a_stale_listing_gets_one_reminder_with_a_link_per_listing(
    association, editor, assoc_admin, django_capture_on_commit_callbacks
):
    stale = confirmed_days_ago(association, STALE_DAYS + 1, title="Vanha kerho")
    confirmed_days_ago(association, STALE_DAYS - 1, title="Tuore kerho")

    with django_capture_on_commit_callbacks(execute=True):
        report = actions.check_freshness(today=TODAY)

    assert (report.reminded, report.hidden) == (1, 0)
    assert sorted(message.to[0] for message in mail.outbox) == [assoc_admin.email, editor.email]
    message = mail.outbox[0]
    assert "Vanha kerho" in message.body and "Tuore kerho" not in message.body
    assert len(confirm_links(message)) == 1
    stale.refresh_from_db()
    assert stale.freshness_reminded_at is not None


def test_running_again_reminds_nobody_twice(association, editor, django_capture_on_commit_callbacks):
    confirmed_days_ago(association, STALE_DAYS + 5)

    with django_capture_on_commit_callbacks(execute=True):
        actions.check_freshness(today=TODAY)
        report = actions.check_freshness(today=TODAY)

    assert report.reminded == 0
    assert len(mail.outbox) == 1


def test_drafts_and_past_events_are_not_reminded(association, editor):
    confirmed_days_ago(association, STALE_DAYS + 5, status=Listing.Status.DRAFT)
    past = timezone.now() - datetime.timedelta(days=400)
    confirmed_days_ago(association, STALE_DAYS + 5, kind=Listing.Kind.EVENT, starts_at=past, ends_at=past + datetime.timedelta(hours=2))

    assert actions.check_freshness(today=TODAY).reminded == 0


def test_after_the_grace_period_the_listing_leaves_the_catalogue_and_returns_when_confirmed(association):
    listing = confirmed_days_ago(association, STALE_DAYS + 10)  # stale, reminded, 20 days of grace left
    within_grace = TODAY + datetime.timedelta(days=20)
    after_grace = TODAY + datetime.timedelta(days=21)

    assert listing in Listing.objects.published(today=within_grace)
    assert actions.check_freshness(today=within_grace).hidden == 0
    assert listing not in Listing.objects.published(today=after_grace)
    assert actions.check_freshness(today=after_grace).hidden == 1

    listing.confirm()

    assert listing in Listing.objects.published(today=after_grace)
    assert Listing.objects.filter(pk=listing.pk).exists()  # hiding never deleted it


def test_a_hidden_listing_is_gone_from_public_pages_until_confirmed(client, association):
    listing = confirmed_days_ago(association, STALE_DAYS + 31)

    assert client.get(listing.get_absolute_url()).status_code == 404
    listing.confirm()
    assert client.get(listing.get_absolute_url()).status_code == 200


def test_command_prints_a_summary_and_takes_a_day(association, capsys):
    confirmed_days_ago(association, 10)

    call_command("check_freshness", "--today", (TODAY + datetime.timedelta(days=STALE_DAYS + 40)).isoformat())

    assert capsys.readouterr().out.strip() == "reminded 1, hidden 1"


def test_confirm_link_get_shows_the_listing_and_changes_nothing(client, association):
    listing = confirmed_days_ago(association, STALE_DAYS + 5, title="Vanha kerho")

    response = client.get(freshness.confirm_path(listing))

    assert response.status_code == 200
    assert "Vanha kerho" in response.text
    assert 'method="post"' in response.text and "Tiedot ovat yhä ajan tasalla" in response.text
    listing.refresh_from_db()
    assert listing.last_confirmed_on == TODAY - datetime.timedelta(days=STALE_DAYS + 5)


def test_confirm_link_post_confirms_without_login(association):
    from django.test import Client

    listing = confirmed_days_ago(association, STALE_DAYS + 40)
    listing.freshness_reminded_at = timezone.now()
    listing.save()
    client = Client(enforce_csrf_checks=True)
    page = client.get(freshness.confirm_path(listing))
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)

    response = client.post(freshness.confirm_path(listing), {"csrfmiddlewaretoken": token})

    assert response.status_code == 200
    assert "Kiitos, tiedot vahvistettu" in response.text
    listing.refresh_from_db()
    assert listing.last_confirmed_on == TODAY
    assert listing.freshness_reminded_at is None
    assert listing in Listing.objects.published()


@pytest.mark.parametrize("method", ["get", "post"])
def test_tampered_link_is_refused_with_a_clear_message(client, association, method):
    listing = confirmed_days_ago(association, STALE_DAYS + 5)
    token = freshness.confirm_token(listing)
    other_id = f"{listing.pk + 1}{token[len(str(listing.pk)):]}"

    response = getattr(client, method)(reverse("services:freshness-confirm", args=[other_id]))

    assert response.status_code == 400
    assert "Linkki on virheellinen" in response.text


def test_expired_link_is_refused(client, association, monkeypatch):
    listing = confirmed_days_ago(association, STALE_DAYS + 5)
    token = freshness.confirm_token(listing)
    monkeypatch.setattr(freshness, "LINK_MAX_AGE", datetime.timedelta(seconds=-1))

    response = client.get(reverse("services:freshness-confirm", args=[token]))

    assert response.status_code == 400
    assert "Linkki on vanhentunut" in response.text


def test_a_link_signed_for_another_purpose_does_not_work(client, association):
    listing = confirmed_days_ago(association, STALE_DAYS + 5)
    token = signing.TimestampSigner(salt="something-else").sign(str(listing.pk))

    assert client.get(reverse("services:freshness-confirm", args=[token])).status_code == 400


def test_link_to_an_archived_listing_is_not_found(client, association, editor):
    listing = confirmed_days_ago(association, STALE_DAYS + 5)
    listing.archive(by=editor)

    response = client.post(freshness.confirm_path(listing))

    assert response.status_code == 404
    assert "ei ole enää julkaistu" in response.text


def test_stale_filter_in_admin(client, liaison, association, settings):
    settings.STORAGES = {**settings.STORAGES, "staticfiles": {"BACKEND": STATIC_FILES}}
    client.force_login(liaison)
    stale = confirmed_days_ago(association, STALE_DAYS + 5)
    hidden = confirmed_days_ago(association, STALE_DAYS + 40)
    confirmed_days_ago(association, 3)
    url = reverse("admin:services_listing_changelist")

    assert set(client.get(url, {"stale": "stale"}).context["cl"].result_list) == {stale, hidden}
    assert list(client.get(url, {"stale": "hidden"}).context["cl"].result_list) == [hidden]


def test_stale_before_follows_the_setting(settings):
    settings.FRESHNESS_MONTHS = 6
    assert stale_before(datetime.date(2026, 7, 1)) == datetime.date(2026, 7, 1) - datetime.timedelta(days=183)
