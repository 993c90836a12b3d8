"""Staff reach admin only through the one login and with a second factor (TOTP)."""

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value
from django.urls import reverse

from tests.factories import PASSWORD, pass_second_factor

pytestmark = pytest.mark.real_second_factor


@pytest.fixture
def verified_liaison(liaison):
    EmailAddress.objects.create(user=liaison, email=liaison.email, verified=True, primary=True)
    return liaison


def _activate_totp(user) -> str:
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


def _current_code(secret: str) -> str:
    import time

    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def test_admin_login_sends_visitors_to_the_site_login(client, db):
    response = client.get(reverse("admin:login"))

    assert response.status_code == 302
    assert response.url == reverse("account_login") + "?next=%2Fadmin%2F"


def test_admin_sends_visitors_to_the_site_login_and_back(client, db):
    response = client.get(reverse("admin:index"), follow=True)

    assert response.redirect_chain[-1][0] == reverse("account_login") + "?next=%2Fadmin%2F"


def test_staff_without_totp_is_sent_to_set_it_up(client, verified_liaison):
    client.post(reverse("account_login"), {"login": verified_liaison.email, "password": PASSWORD})

    response = client.get(reverse("admin:login") + "?next=/admin/")

    assert response.status_code == 302
    assert response.url == reverse("mfa_activate_totp") + "?next=%2Fadmin%2F"


def test_staff_without_totp_sees_the_qr_code_and_why_right_after_signing_in(client, verified_liaison):
    client.post(reverse("account_login"), {"login": verified_liaison.email, "password": PASSWORD})
    explained = client.get(reverse("admin:index"), follow=True)

    response = client.get(reverse("mfa_activate_totp"))

    assert "Ylläpito vaatii kaksivaiheisen tunnistautumisen" in explained.text
    assert response.status_code == 200
    assert "Aktivoi tunnistinsovellus" in response.text
    assert 'class="account-qr"' in response.text


def test_staff_who_signed_in_without_the_second_factor_cannot_use_admin(client, liaison):
    _activate_totp(liaison)
    client.force_login(liaison)

    response = client.get(reverse("admin:associations_association_changelist"), follow=True)

    assert response.redirect_chain[-1][0].startswith(reverse("mfa_reauthenticate"))
    assert "cl" not in (response.context or {})


def test_confirming_with_the_code_opens_admin(client, liaison):
    secret = _activate_totp(liaison)
    client.force_login(liaison)

    response = client.post(reverse("mfa_reauthenticate") + "?next=/admin/", {"code": _current_code(secret)})

    assert response.status_code == 302
    assert response.url == "/admin/"
    assert client.get(reverse("admin:index")).status_code == 200


def test_staff_with_totp_signs_in_with_password_and_code_and_reaches_admin(client, verified_liaison):
    secret = _activate_totp(verified_liaison)

    response = client.post(
        reverse("account_login") + "?next=/admin/", {"login": verified_liaison.email, "password": PASSWORD}
    )
    assert response.url == reverse("mfa_authenticate")
    assert "_auth_user_id" not in client.session
    response = client.post(reverse("mfa_authenticate"), {"code": _current_code(secret)})

    assert response.status_code == 302
    assert response.url == "/admin/"
    assert client.get(reverse("admin:index")).status_code == 200


def test_wrong_totp_code_does_not_sign_staff_in(client, verified_liaison):
    _activate_totp(verified_liaison)
    client.post(reverse("account_login"), {"login": verified_liaison.email, "password": PASSWORD})

    response = client.post(reverse("mfa_authenticate"), {"code": "000000"})

    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_a_member_who_is_not_staff_is_refused_admin(client, editor):
    client.force_login(editor)

    response = client.get(reverse("admin:index"), follow=True)

    assert response.status_code == 403


def test_the_test_helper_marks_the_second_factor_passed(client, liaison):
    Authenticator.objects.create(user=liaison, type=Authenticator.Type.TOTP, data={})
    client.force_login(liaison)
    pass_second_factor(client, liaison)

    assert client.get(reverse("admin:index")).status_code == 200
