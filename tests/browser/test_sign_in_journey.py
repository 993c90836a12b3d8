"""Signing in: a volunteer with a one-time code from the mail; the liaison sets up TOTP for admin.

Every page on the way (allauth's, in our layout) is checked with axe by the `browse` fixture.
"""

import re
import time

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.core import mail
from django.urls import reverse

from tests.factories import PASSWORD

pytestmark = pytest.mark.browser


def _verified(user):
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def test_volunteer_signs_in_with_a_code_from_the_mail(browse, editor):
    _verified(editor)
    page = browse.page

    browse.goto(reverse("pages:accessibility"))
    browse.click_and_wait(page.locator(".account-menu").get_by_role("link", name="Kirjaudu sisään"))
    browse.click_and_wait(page.get_by_role("link", name="Lähetä minulle sisäänkirjautumiskoodi"))
    page.get_by_label("Sähköposti").fill(editor.email)
    browse.click_and_wait(page.locator("main").get_by_role("button"))

    code = re.search(r"^\s*([A-Z0-9-]{6,9})\s*$", mail.outbox[-1].body, re.MULTILINE).group(1)
    page.get_by_label("Koodi").fill(code)
    browse.click_and_wait(page.locator("main form").first.get_by_role("button").first)

    assert "Eero" in page.locator(".account-menu").inner_text()


def test_wrong_password_and_password_reset_pages_are_accessible(browse, editor):
    _verified(editor)
    page = browse.page

    browse.goto(reverse("account_login"))
    page.get_by_label("Sähköposti").fill(editor.email)
    page.get_by_label("Salasana").fill("väärin")
    browse.click_and_wait(page.locator("main").get_by_role("button", name="Kirjaudu sisään"))
    assert page.locator(".error-summary").is_visible()

    browse.click_and_wait(page.get_by_role("link", name="Unohditko salasanasi?"))
    page.get_by_label("Sähköposti").fill(editor.email)
    browse.click_and_wait(page.locator("main").get_by_role("button"))
    assert "/tili/password/reset/key/" in mail.outbox[-1].body


def test_liaison_sets_up_totp_and_reaches_admin(browse, liaison):
    _verified(liaison)
    page = browse.page

    browse.goto(reverse("account_login") + "?next=/admin/")
    page.get_by_label("Sähköposti").fill(liaison.email)
    page.get_by_label("Salasana").fill(PASSWORD)
    browse.click_and_wait(page.locator("main").get_by_role("button", name="Kirjaudu sisään"))
    # admin → "set up TOTP" at once: the password was typed a moment ago
    assert "Ylläpito vaatii kaksivaiheisen tunnistautumisen" in page.locator(".messages").inner_text()

    secret = page.locator("#authenticator_secret").input_value()
    page.get_by_label("Tunnistinkoodi").fill(format_hotp_value(hotp_value(secret, int(time.time()) // 30)))
    browse.click_and_wait(page.locator("main").get_by_role("button", name="Aktivoi"), axe=False)

    # The code just typed was the second factor: admin opens, and points to the recovery codes.
    assert page.get_by_role("link", name="näytä varakoodit").is_visible()
    assert page.url.endswith("/admin/")
