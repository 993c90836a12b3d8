"""The association hears of every publication and return, by mail, in each member's language."""

import pytest
from django.core import mail

from services import actions
from services.models import Listing
from tests.factories import make_listing

Status = Listing.Status


@pytest.fixture
def waiting(association, editor):
    listing = make_listing(association, status=Status.DRAFT, title="Muistikahvila")
    listing.submit(by=editor)
    return listing


def test_returning_mails_the_reason_and_edit_link_to_every_member(
    waiting, liaison, assoc_admin, editor, outsider, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        actions.return_listing(listing=waiting, by=liaison, reason="Lisää kellonaika & paikka.")

    assert sorted(message.to[0] for message in mail.outbox) == [assoc_admin.email, editor.email]
    message = mail.outbox[0]
    assert message.subject == "Ilmoitus palautettiin korjattavaksi: Muistikahvila"
    assert "Lisää kellonaika & paikka." in message.body  # plain text is not HTML-escaped
    assert "Lisää kellonaika &amp; paikka." in message.alternatives[0][0]
    assert f"/omat/ilmoitus/{waiting.pk}/muokkaa/" in message.body or "/omat/" in message.body
    waiting.refresh_from_db()
    assert waiting.return_reason == "Lisää kellonaika & paikka."


def test_publishing_mails_the_members_with_the_public_link(waiting, liaison, editor, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        actions.publish_listing(listing=waiting, by=liaison)

    (message,) = mail.outbox
    assert message.to == [editor.email]
    assert message.subject == "Ilmoitus julkaistu: Muistikahvila"
    assert waiting.get_absolute_url() in message.body


def test_each_member_gets_the_mail_in_their_own_language(waiting, liaison, editor, django_capture_on_commit_callbacks):
    editor.language = "sv"
    editor.save()

    with django_capture_on_commit_callbacks(execute=True):
        actions.publish_listing(listing=waiting, by=liaison)

    assert "/sv/" in mail.outbox[0].body


def test_publishing_a_working_copy_links_to_the_original(association, editor, liaison, django_capture_on_commit_callbacks):
    published = make_listing(association, title="Muistikahvila")
    copy = published.start_editing(by=editor)
    copy.title = "Muistikahvila, uusi aika"
    copy.save()
    copy.submit(by=editor)

    with django_capture_on_commit_callbacks(execute=True):
        result = actions.publish_listing(listing=copy, by=liaison)

    assert result == published
    assert published.get_absolute_url().split("/")[2] in mail.outbox[0].body  # the original's id


def test_a_refused_step_sends_no_mail(association, liaison, editor, django_capture_on_commit_callbacks):
    draft = make_listing(association, status=Status.DRAFT)

    with django_capture_on_commit_callbacks(execute=True), pytest.raises(Exception):
        actions.publish_listing(listing=draft, by=liaison)

    assert mail.outbox == []


def test_edit_link_falls_back_to_the_dashboard_without_the_edit_page(waiting, settings, monkeypatch):
    from django.urls import NoReverseMatch

    from services import notifications

    def no_such_page(*args, **kwargs):
        raise NoReverseMatch

    monkeypatch.setattr(notifications, "reverse", no_such_page)

    assert notifications.edit_url(waiting, "fi") == settings.SITE_URL + "/omat/"
