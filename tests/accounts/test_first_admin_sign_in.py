"""A liaison's first sign-in: one password, one TOTP code, and admin opens."""

import time

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.urls import reverse

from tests.factories import PASSWORD

pytestmark = pytest.mark.real_second_factor


@pytest.fixture
def verified_liaison(liaison):
    EmailAddress.objects.create(user=liaison, email=liaison.email, verified=True, primary=True)
    return liaison


def _code(secret: str) -> str:
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def _sign_in_and_open_totp_set_up(client, liaison, next_url="/admin/"):
    client.post(reverse("account_login") + f"?next={next_url}", {"login": liaison.email, "password": PASSWORD})
    response = client.get(next_url, follow=True)
    return response


def test_after_the_password_the_set_up_opens_without_asking_it_again(client, verified_liaison):
    response = _sign_in_and_open_totp_set_up(client, verified_liaison)

    assert response.redirect_chain[-1][0] == reverse("mfa_activate_totp") + "?next=%2Fadmin%2F"
    assert 'class="account-qr"' in response.text


def test_one_totp_code_activates_the_app_and_opens_admin(client, verified_liaison):
    page = _sign_in_and_open_totp_set_up(client, verified_liaison)
    secret = page.context["form"].secret

    response = client.post(reverse("mfa_activate_totp"), {"code": _code(secret)})

    assert response.status_code == 302
    assert response.url == "/admin/"
    assert Authenticator.objects.filter(user=verified_liaison, type=Authenticator.Type.TOTP).exists()
    admin = client.get("/admin/")
    assert admin.status_code == 200
    assert reverse("mfa_view_recovery_codes") in admin.text  # a pointer to the recovery codes


def test_set_up_goes_on_to_the_admin_page_the_liaison_asked_for(client, verified_liaison):
    target = reverse("admin:associations_association_changelist")
    page = _sign_in_and_open_totp_set_up(client, verified_liaison, next_url=target)

    response = client.post(reverse("mfa_activate_totp"), {"code": _code(page.context["form"].secret)})

    assert response.url == target


def test_set_up_from_the_account_page_still_shows_the_recovery_codes(client, verified_liaison):
    client.post(reverse("account_login"), {"login": verified_liaison.email, "password": PASSWORD})
    page = client.get(reverse("mfa_activate_totp"))

    response = client.post(reverse("mfa_activate_totp"), {"code": _code(page.context["form"].secret)})

    assert response.url == reverse("mfa_view_recovery_codes")


def test_an_offsite_next_is_ignored(client, verified_liaison):
    client.post(reverse("account_login"), {"login": verified_liaison.email, "password": PASSWORD})
    page = client.get(reverse("mfa_activate_totp") + "?next=https://evil.example/")

    response = client.post(reverse("mfa_activate_totp"), {"code": _code(page.context["form"].secret)})

    assert response.url == reverse("mfa_view_recovery_codes")


def test_an_old_sign_in_is_asked_for_the_password_before_set_up(client, verified_liaison, monkeypatch):
    client.post(reverse("account_login"), {"login": verified_liaison.email, "password": PASSWORD})
    later = time.time() + 3600
    monkeypatch.setattr(time, "time", lambda: later)

    response = client.get(reverse("mfa_activate_totp"))

    assert response.status_code == 302
    assert response.url.startswith(reverse("account_reauthenticate"))
