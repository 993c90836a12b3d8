"""Inviting people by email and accepting the invitation link."""

import datetime

import pytest
from allauth.account.models import EmailAddress
from django.contrib.messages import get_messages
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from accounts.adapter import home_url
from accounts.models import User
from associations import actions
from associations.models import Invitation, Membership
from tests.factories import make_user

NEW_PASSWORD = "Mustikka-piirakka-31"


@pytest.fixture
def invitation(association, assoc_admin, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return actions.invite_member(
            association=association, email="Uusi.Jasen@Example.fi", role=Membership.Role.EDITOR, invited_by=assoc_admin
        )


def _invite_url(association):
    return reverse("manage:invite", args=[association.slug])


# Sending

def test_admin_invites_a_person_who_gets_a_finnish_mail_with_the_link(
    client, association, assoc_admin, django_capture_on_commit_callbacks
):
    client.force_login(assoc_admin)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(_invite_url(association), {"email": "Uusi.Jasen@Example.fi", "role": "editor"})

    invitation = Invitation.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("manage:members", args=[association.slug])
    assert (invitation.email, invitation.role, invitation.invited_by) == ("uusi.jasen@example.fi", "editor", assoc_admin)
    [message] = mail.outbox
    assert message.to == ["uusi.jasen@example.fi"]
    assert message.subject == "Kutsu yhdistyksen Nurmijärven Eläkkeensaajat jäseneksi"
    assert f"/kutsu/{invitation.token}/" in message.body
    assert "Aino kutsuu sinut" in message.body
    assert f"/kutsu/{invitation.token}/" in message.alternatives[0][0]


def test_invitation_mail_is_in_the_language_of_an_existing_user(
    association, assoc_admin, django_capture_on_commit_callbacks
):
    make_user("sven@example.fi", language="sv")

    with django_capture_on_commit_callbacks(execute=True):
        actions.invite_member(association=association, email="sven@example.fi", role="editor", invited_by=assoc_admin)

    assert "/sv/kutsu/" in mail.outbox[0].body


def test_editor_cannot_invite(client, association, editor):
    client.force_login(editor)

    response = client.post(_invite_url(association), {"email": "uusi@example.fi", "role": "admin"})

    assert response.status_code == 403
    assert not Invitation.objects.exists()


def test_outsider_cannot_invite(client, association, outsider):
    client.force_login(outsider)

    response = client.post(_invite_url(association), {"email": "uusi@example.fi", "role": "admin"})

    assert response.status_code == 404
    assert not Invitation.objects.exists()


def test_inviting_a_member_again_shows_an_error_next_to_the_field(client, association, assoc_admin, editor):
    client.force_login(assoc_admin)

    response = client.post(_invite_url(association), {"email": editor.email.upper(), "role": "editor"})

    assert response.status_code == 200
    assert "Henkilö on jo yhdistyksen jäsen." in response.text
    assert 'class="field field-error"' in response.text
    assert not Invitation.objects.exists()


def test_bad_email_and_role_are_errors_not_crashes(client, association, assoc_admin):
    client.force_login(assoc_admin)

    response = client.post(_invite_url(association), {"email": "ei-osoite", "role": "pomo"})

    assert response.status_code == 200
    assert response.context["form"].errors.keys() == {"email", "role"}


def test_inviting_the_same_address_again_replaces_the_pending_invitation(invitation, association, assoc_admin):
    second = actions.invite_member(association=association, email=invitation.email, role="admin", invited_by=assoc_admin)

    assert list(association.invitations.pending()) == [second]


def test_admin_cancels_a_pending_invitation(client, invitation, association, assoc_admin):
    client.force_login(assoc_admin)

    response = client.post(reverse("manage:invitation-cancel", args=[association.slug, invitation.pk]))

    invitation.refresh_from_db()
    assert response.status_code == 302
    assert invitation.state == Invitation.State.CANCELLED


def test_editor_cannot_cancel_an_invitation(client, invitation, association, editor):
    client.force_login(editor)

    response = client.post(reverse("manage:invitation-cancel", args=[association.slug, invitation.pk]))

    invitation.refresh_from_db()
    assert response.status_code == 403
    assert invitation.state == Invitation.State.PENDING


def test_outsider_cannot_cancel_an_invitation(client, invitation, association, outsider):
    client.force_login(outsider)

    response = client.post(reverse("manage:invitation-cancel", args=[association.slug, invitation.pk]))

    invitation.refresh_from_db()
    assert response.status_code == 404
    assert invitation.state == Invitation.State.PENDING


# Accepting

def test_new_person_sees_the_invitation_and_a_way_to_create_an_account(client, invitation):
    response = client.get(invitation.get_absolute_url())

    assert response.status_code == 200
    assert "Kutsu yhdistykseen Nurmijärven Eläkkeensaajat" in response.text
    assert "Aino kutsui sinut mukaan. Roolisi on muokkaaja." in response.text
    assert reverse("account_signup") + "?next=" in response.text


def test_new_person_signs_up_through_the_link_without_a_second_verification_and_joins(client, invitation):
    client.get(invitation.get_absolute_url())
    signup = client.get(reverse("account_signup"))
    assert 'value="uusi.jasen@example.fi"' in signup.text

    response = client.post(
        reverse("account_signup"),
        {
            "email": "uusi.jasen@example.fi",
            "first_name": "Uuna",
            "password1": NEW_PASSWORD,
            "password2": NEW_PASSWORD,
            "next": invitation.get_absolute_url(),
        },
    )
    assert response.status_code == 302
    assert response.url == invitation.get_absolute_url()  # signed in at once, back to the invitation
    response = client.post(invitation.get_absolute_url())

    user = User.objects.get(email="uusi.jasen@example.fi")
    assert response.status_code == 302
    assert EmailAddress.objects.get(user=user).verified
    assert Membership.objects.get(user=user).role == Membership.Role.EDITOR
    invitation.refresh_from_db()
    assert invitation.state == Invitation.State.ACCEPTED
    assert invitation.accepted_by == user


def test_existing_user_is_asked_to_sign_in_with_the_invited_address(client, invitation):
    make_user(invitation.email)

    response = client.get(invitation.get_absolute_url())

    assert "Sinulla on jo tunnus osoitteella uusi.jasen@example.fi" in response.text
    assert reverse("account_login") + "?next=" in response.text
    assert "account_verified_email" not in client.session or not client.session["account_verified_email"]


def test_existing_user_signed_in_joins_with_one_button(client, invitation, association):
    user = make_user(invitation.email)
    client.force_login(user)

    response = client.post(invitation.get_absolute_url())

    assert response.status_code == 302
    assert association.role_of(user) == Membership.Role.EDITOR


def test_invitation_as_admin_makes_an_editor_admin(client, association, assoc_admin, editor):
    invitation = actions.invite_member(association=association, email="x@example.fi", role="admin", invited_by=assoc_admin)
    client.force_login(editor)

    client.post(invitation.get_absolute_url(), {"confirm_other_address": "on"})  # invited as x@, signed in as eero@

    assert association.role_of(editor) == Membership.Role.ADMIN


def test_accepting_shows_the_welcome_and_leads_to_own_pages(client, invitation):
    user = make_user(invitation.email)
    client.force_login(user)

    response = client.post(invitation.get_absolute_url())

    assert response.url == home_url()
    assert [str(m) for m in get_messages(response.wsgi_request)] == ["Tervetuloa yhdistykseen Nurmijärven Eläkkeensaajat!"]


def test_used_invitation_says_so(client, invitation):
    user = make_user(invitation.email)
    invitation.accept(user)

    response = client.get(invitation.get_absolute_url())

    assert response.status_code == 410
    assert "on jo käytetty" in response.text


def test_used_invitation_cannot_be_used_again_by_someone_else(client, invitation, association, outsider):
    invitation.accept(make_user(invitation.email))
    client.force_login(outsider)

    response = client.post(invitation.get_absolute_url())

    assert response.status_code == 410
    assert association.role_of(outsider) is None


def test_expired_invitation_says_so_in_finnish(client, invitation, association, editor):
    Invitation.objects.filter(pk=invitation.pk).update(created_at=timezone.now() - datetime.timedelta(days=15))
    client.force_login(make_user(invitation.email))

    response = client.post(invitation.get_absolute_url())

    assert response.status_code == 410
    assert "vanheni" in response.text
    assert "pyydä yhdistyksen pääkäyttäjää lähettämään uusi kutsu" in response.text.lower()
    assert not association.memberships.filter(user__email=invitation.email).exists()


def test_invitation_is_valid_for_fourteen_days(invitation):
    Invitation.objects.filter(pk=invitation.pk).update(created_at=timezone.now() - datetime.timedelta(days=13, hours=23))

    assert Invitation.objects.get().state == Invitation.State.PENDING


def test_cancelled_invitation_says_so(client, invitation):
    invitation.cancel()

    response = client.get(invitation.get_absolute_url())

    assert response.status_code == 410
    assert "perunut tämän kutsun" in response.text


@pytest.mark.parametrize("token", ["x", "a" * 500, "%00", "' OR 1=1 --"])
def test_unknown_or_garbled_token_is_a_clear_404(client, db, token):
    response = client.get(f"/kutsu/{token}/")

    assert response.status_code == 404
    if token.isalnum():
        assert "Kutsua ei löytynyt" in response.text


# The liaison, in admin

def _invite_in_admin(client, association, **data):
    from django.contrib.admin import helpers

    return client.post(
        reverse("admin:associations_association_changelist"),
        {"action": "invite_member", helpers.ACTION_CHECKBOX_NAME: [association.pk], **data},
    )


def test_liaison_gets_the_invitation_form_for_the_selected_association(client, liaison, association):
    client.force_login(liaison)

    response = _invite_in_admin(client, association)

    assert response.status_code == 200
    assert "Kutsu jäsen yhdistykseen Nurmijärven Eläkkeensaajat" in response.text
    assert not Invitation.objects.exists()


def test_liaison_invites_a_person_in_admin_and_the_mail_goes_out(
    client, liaison, association, django_capture_on_commit_callbacks
):
    client.force_login(liaison)

    with django_capture_on_commit_callbacks(execute=True):
        response = _invite_in_admin(client, association, email="Uusi@Example.fi", role="admin", send_invitation="1")

    invitation = Invitation.objects.get()
    assert response.status_code == 302
    assert (invitation.email, invitation.role, invitation.invited_by) == ("uusi@example.fi", "admin", liaison)
    assert mail.outbox[0].to == ["uusi@example.fi"]


def test_liaison_sees_errors_on_the_invitation_form(client, liaison, association):
    client.force_login(liaison)

    response = _invite_in_admin(client, association, email="ei osoite", role="admin", send_invitation="1")

    assert response.status_code == 200
    assert response.context["form"].errors["email"]
    assert not Invitation.objects.exists()
