"""Switching the language in the middle of a form asks first, and keeps the person on the same page."""

import pytest
from allauth.account.models import EmailAddress
from django.urls import reverse

from tests.factories import PASSWORD

pytestmark = pytest.mark.browser


def _sign_in(browse, user, next_url):
    page = browse.page
    browse.goto(reverse("account_login") + f"?next={next_url}")
    page.get_by_label("Sähköposti").fill(user.email)
    page.get_by_label("Salasana").fill(PASSWORD)
    browse.click_and_wait(page.locator("main").get_by_role("button", name="Kirjaudu sisään"))


def test_language_button_asks_before_losing_typed_text_and_stays_on_the_page(browse, editor, activity):
    EmailAddress.objects.create(user=editor, email=editor.email, verified=True, primary=True)
    edit_url = reverse("dashboard:listing-edit", args=[activity.pk])
    _sign_in(browse, editor, edit_url)
    page = browse.page
    asked = []

    page.get_by_label("Otsikko", exact=True).fill("Muistikahvila uudella nimellä")
    page.once("dialog", lambda dialog: (asked.append(dialog.message), dialog.dismiss()))
    page.get_by_role("button", name="På svenska").click()

    assert asked and "tallentamattomia muutoksia" in asked[0]
    assert page.url.endswith(edit_url)
    assert page.get_by_label("Otsikko", exact=True).input_value() == "Muistikahvila uudella nimellä"

    page.once("dialog", lambda dialog: dialog.accept())
    browse.click_and_wait(page.get_by_role("button", name="På svenska"))

    assert page.url.endswith("/sv" + edit_url)


def test_language_button_switches_at_once_when_nothing_was_typed(browse, editor, activity):
    page = browse.page
    browse.goto(reverse("pages:accessibility"))
    page.on("dialog", lambda dialog: pytest.fail(f"unexpected question: {dialog.message}"))

    browse.click_and_wait(page.get_by_role("button", name="In English"))

    assert page.url.endswith("/en" + reverse("pages:accessibility"))
