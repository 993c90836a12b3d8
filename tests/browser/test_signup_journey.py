"""Sign-ups in the browser: a resident on a phone signs up and cancels from the mail's link; a full
event offers the waiting list; the association downloads the list. axe checks every page.
"""

import datetime
import re

import pytest
from django.core import mail
from django.utils import timezone

from events.models import Registration, SignupSettings
from services.models import Listing
from tests.factories import make_listing

pytestmark = pytest.mark.browser


@pytest.fixture
def dance(association, place):
    start = (timezone.localtime() + datetime.timedelta(days=9)).replace(hour=18, minute=0, second=0, microsecond=0)
    event = make_listing(
        association, kind=Listing.Kind.EVENT, title="Syystanssit", place=place, registration_required=True,
        capacity=1, starts_at=start, ends_at=start + datetime.timedelta(hours=3),
    )
    SignupSettings.objects.create(event=event, is_open=True, ask_people=True, max_people=3)
    return event


def _fill(page, name, email):
    page.get_by_label("Nimi").fill(name)
    page.get_by_label("Sähköposti").fill(email)


def test_resident_signs_up_on_a_phone_and_cancels_from_the_mail_link(browse, dance):
    page = browse.page
    page.set_viewport_size({"width": 360, "height": 740})
    browse.goto(dance.get_absolute_url())

    # A mistake first: no contact detail. The message sits next to the field; the name stays.
    page.get_by_label("Nimi").fill("Maija Meikäläinen")
    browse.click_and_wait(page.get_by_role("button", name="Ilmoittaudu"))
    assert "Kirjoita sähköposti tai puhelinnumero" in page.locator(".error-summary").inner_text()
    assert page.get_by_label("Nimi").input_value() == "Maija Meikäläinen"

    page.get_by_label("Sähköposti").fill("maija@example.fi")
    browse.click_and_wait(page.get_by_role("button", name="Ilmoittaudu"))
    assert "Paikkasi on vahvistettu" in page.locator("main").inner_text()

    link = re.search(r"http\S+/ilmoittautuminen/\S+/", mail.outbox[-1].body).group(0)
    browse.goto(link[link.index("/ilmoittautuminen/"):])
    browse.click_and_wait(page.get_by_role("button", name="Peru ilmoittautuminen"))
    assert "Ilmoittautumisesi on peruttu" in page.locator("main").inner_text()
    assert Registration.objects.get().status == Registration.Status.CANCELLED


def test_a_full_event_offers_the_waiting_list(browse, dance):
    Registration.sign_up(dance.occurrences.get(), name="Ensimmäinen", email="eka@example.fi")
    page = browse.page
    browse.goto(dance.get_absolute_url())

    assert "täynnä, voit ilmoittautua jonoon" in page.locator("#ilmoittautuminen").inner_text()
    _fill(page, "Toinen Tulija", "toka@example.fi")
    browse.click_and_wait(page.get_by_role("button", name="Ilmoittaudu"))

    assert "Olet jonossa sijalla 1" in page.locator("main").inner_text()


def test_association_sees_the_list_and_downloads_it_for_excel(browse, live_server, dance, editor):
    Registration.sign_up(dance.occurrences.get(), name="Aino Ahola", email="aino@example.fi")
    Registration.sign_up(dance.occurrences.get(), name="Bertta Jonossa", email="b@example.fi")
    page = browse.page
    browse.sign_in(live_server, editor)
    browse.goto(f"/omat/{dance.association.slug}/")

    browse.click_and_wait(page.get_by_role("link", name=re.compile(r"^Ilmoittautuneet\W+Syystanssit$")))
    assert "Aino Ahola" in page.locator("main").inner_text() and "Bertta Jonossa" in page.locator("main").inner_text()
    with page.expect_download() as download:
        page.get_by_role("link", name="Lataa lista (CSV, Excel)").click()

    content = open(download.value.path(), encoding="utf-8-sig").read()
    assert content.startswith("Päivä;Kello;Tila") and "Aino Ahola" in content and "Bertta Jonossa" in content
