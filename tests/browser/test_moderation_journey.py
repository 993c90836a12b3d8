"""The liaison's morning: return a listing with a reason, the volunteer fixes it, the liaison publishes it.

Admin pages are Django's own and skip axe (browse.goto(..., axe=False)); every page an association
or a resident sees is checked. People sign in through a session made by force_login, which for
staff also records the second factor (tests/conftest.py).
"""

import datetime

import pytest
from django.conf import settings
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from services import freshness
from services.models import Listing
from tests.factories import make_listing

pytestmark = pytest.mark.browser

QUEUE = "/admin/moderation/listingforreview/"


def sign_in(browse, live_server, user):
    client = Client()
    client.force_login(user)
    context = browse.page.context
    context.clear_cookies()
    context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": client.cookies[settings.SESSION_COOKIE_NAME].value, "url": live_server.url}]
    )


def test_liaison_returns_volunteer_fixes_liaison_publishes(browse, live_server, association, editor, liaison, place):
    listing = make_listing(
        association, status=Listing.Status.PENDING, title="Muistikahvila", place=place,
        submitted_at=timezone.now() - datetime.timedelta(days=2),
    )
    page = browse.page

    # The liaison finds the listing first in the queue and sends it back with a reason.
    sign_in(browse, live_server, liaison)
    browse.goto(QUEUE, axe=False)
    assert "2\xa0päivää" in page.locator("#result_list").inner_text()
    browse.click_and_wait(page.locator("#result_list").get_by_role("link", name="Muistikahvila"), axe=False)
    page.get_by_label("Mitä yhdistyksen pitää korjata?").fill("Kerro, onko kahvi maksutonta.")
    browse.click_and_wait(page.get_by_role("button", name="Palauta korjattavaksi"), axe=False)
    assert "palautettu korjattavaksi" in page.locator(".messagelist").inner_text()
    assert [message.to for message in mail.outbox] == [[editor.email]]
    assert "Kerro, onko kahvi maksutonta." in mail.outbox[0].body

    # The volunteer opens the edit form, sees the reason, fixes the text and sends it again.
    sign_in(browse, live_server, editor)
    browse.goto(reverse("dashboard:listing-edit", args=[listing.pk]))
    assert "Kerro, onko kahvi maksutonta." in page.locator("main").inner_text()
    page.get_by_label("Tarkempi kuvaus").fill("Kahvi ja pulla ovat maksuttomia.")
    browse.click_and_wait(page.get_by_role("button", name="Lähetä tarkastettavaksi"))
    listing.refresh_from_db()
    assert listing.status == Listing.Status.PENDING

    # The liaison publishes it from the review page; it is public at once.
    sign_in(browse, live_server, liaison)
    browse.goto(QUEUE, axe=False)
    browse.click_and_wait(page.locator("#result_list").get_by_role("link", name="Muistikahvila"), axe=False)
    browse.click_and_wait(page.get_by_role("button", name="Julkaise"), axe=False)
    listing.refresh_from_db()
    assert listing.status == Listing.Status.PUBLISHED
    assert "Tarkastusjono" in page.locator("h1").inner_text() or page.url.endswith(QUEUE)

    browse.goto(listing.get_absolute_url())
    assert "Kahvi ja pulla ovat maksuttomia." in page.locator("main").inner_text()


def test_association_confirms_a_stale_listing_from_the_reminder_link(browse, association):
    listing = make_listing(association, title="Lukupiiri", last_confirmed_on=timezone.localdate() - datetime.timedelta(days=380))
    page = browse.page

    browse.goto(freshness.confirm_path(listing))
    assert "Lukupiiri" in page.locator("main").inner_text()
    browse.click_and_wait(page.get_by_role("button", name="Tiedot ovat yhä ajan tasalla"))

    assert page.get_by_role("heading", level=1).inner_text() == "Kiitos, tiedot vahvistettu"
    listing.refresh_from_db()
    assert listing.last_confirmed_on == timezone.localdate()


def test_broken_confirm_link_explains_itself(browse):
    browse.goto(reverse("services:freshness-confirm", args=["1:abc:def"]), status=400)

    assert "Linkki on virheellinen" in browse.page.locator("main").inner_text()
