"""One daily digest to the liaisons of the listings that started waiting, never the same twice."""

import datetime

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from moderation import actions
from services.models import Listing
from tests.factories import make_listing, make_user

NOW = timezone.now()


def waiting(association, title, hours_ago):
    return make_listing(
        association, status=Listing.Status.PENDING, title=title, submitted_at=NOW - datetime.timedelta(hours=hours_ago)
    )


@pytest.fixture
def moderator(db):
    """A staff member who is no superuser but may change listings: a liaison too."""
    user = make_user("maija.moderaattori@keusote.example", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="change_listing", content_type__app_label="services"))
    return user


def test_digest_lists_new_waiting_listings_in_one_mail_per_liaison(
    association, liaison, moderator, editor, django_capture_on_commit_callbacks
):
    make_user("staff.ilman.oikeuksia@keusote.example", is_staff=True)
    waiting(association, "Muistikahvila", 5)
    waiting(association, "Lukupiiri", 2)

    with django_capture_on_commit_callbacks(execute=True):
        digest = actions.send_moderation_digest(now=NOW)

    assert digest.listing_count == 2
    assert sorted(message.to[0] for message in mail.outbox) == sorted([liaison.email, moderator.email])
    message = mail.outbox[0]
    assert message.subject == "Tarkastusjonossa 2 uutta ilmoitusta"
    assert "Muistikahvila" in message.body and "Lukupiiri" in message.body
    assert "/admin/moderation/listingforreview/" in message.body


def test_running_again_sends_only_what_is_new(association, liaison, django_capture_on_commit_callbacks):
    waiting(association, "Muistikahvila", 5)
    with django_capture_on_commit_callbacks(execute=True):
        actions.send_moderation_digest(now=NOW)
        assert actions.send_moderation_digest(now=NOW) is None
    assert len(mail.outbox) == 1

    waiting(association, "Lukupiiri", 0)
    with django_capture_on_commit_callbacks(execute=True):
        digest = actions.send_moderation_digest(now=NOW + datetime.timedelta(minutes=1))

    assert digest.listing_count == 1
    assert "Lukupiiri" in mail.outbox[1].body and "Muistikahvila" not in mail.outbox[1].body
    assert "yhteensä 2 ilmoitusta" in mail.outbox[1].body


def test_nothing_waiting_sends_nothing(association, liaison, capsys):
    make_listing(association, title="Julkaistu")

    call_command("send_moderation_digest")

    assert mail.outbox == []
    assert "nothing sent" in capsys.readouterr().out


def test_command_reports_what_it_sent(association, liaison, capsys, django_capture_on_commit_callbacks):
    waiting(association, "Muistikahvila", 1)

    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_moderation_digest")

    assert "1 liaison(s): 1 new listing(s)" in capsys.readouterr().out
    assert len(mail.outbox) == 1
