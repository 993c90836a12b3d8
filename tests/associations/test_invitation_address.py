"""An invitation is for the invited address: anyone else holding the link must confirm, and admins are told."""

import pytest
from django.core import mail

from associations import actions
from associations.models import Membership
from tests.factories import make_user


@pytest.fixture
def invitation(association, assoc_admin):
    return actions.invite_member(
        association=association, email="uusi.jasen@example.fi", role=Membership.Role.EDITOR, invited_by=assoc_admin
    )


@pytest.fixture
def someone_else(client):
    user = make_user("toinen.henkilo@example.fi", first_name="Toini")
    client.force_login(user)
    return user


def test_signed_in_with_another_address_the_page_asks_for_confirmation(client, invitation, someone_else):
    response = client.get(invitation.get_absolute_url())

    assert "Kutsu lähetettiin osoitteeseen uusi.jasen@example.fi" in response.text
    assert 'name="confirm_other_address"' in response.text


def test_joining_with_another_address_without_confirming_is_refused_with_a_message(
    client, invitation, association, someone_else
):
    response = client.post(invitation.get_absolute_url())

    assert response.status_code == 200
    assert "Vahvista, että liityt tällä tunnuksella." in response.text
    assert association.role_of(someone_else) is None
    invitation.refresh_from_db()
    assert invitation.accepted_at is None


def test_joining_with_another_address_after_confirming_tells_the_admins(
    client, invitation, association, assoc_admin, someone_else, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(invitation.get_absolute_url(), {"confirm_other_address": "on"})

    assert response.status_code == 302
    assert association.role_of(someone_else) == Membership.Role.EDITOR
    [message] = mail.outbox
    assert message.to == [assoc_admin.email]
    assert "toisella osoitteella" in message.subject
    assert "lähetettiin osoitteeseen uusi.jasen@example.fi, mutta sillä liittyi tunnus toinen.henkilo@example.fi" in message.body
    assert f"/yhdistykset/{association.slug}/jasenet/" in message.body


def test_the_invited_address_joins_with_one_button_and_nobody_is_told(
    client, invitation, association, django_capture_on_commit_callbacks
):
    user = make_user("Uusi.Jasen@example.fi")
    client.force_login(user)
    mail.outbox.clear()

    page = client.get(invitation.get_absolute_url())
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(invitation.get_absolute_url())

    assert 'name="confirm_other_address"' not in page.text
    assert response.status_code == 302
    assert association.role_of(user) == Membership.Role.EDITOR
    assert mail.outbox == []
