"""A volunteer's first listing: invited, in, an activity with a mistake first, previewed, sent for review.

Every page on the way is checked with axe by the `browse` fixture; the form pages also after
their errors appear.
"""

import datetime
import re

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from associations import actions
from associations.models import Membership
from services.models import Listing
from tests.factories import PASSWORD, make_listing

pytestmark = pytest.mark.browser

NEW_PASSWORD = "Mustikka-piirakka-73"


def _join_by_invitation(browse, association, assoc_admin):
    invitation = actions.invite_member(
        association=association, email="vilja@example.fi", role=Membership.Role.EDITOR, invited_by=assoc_admin
    )
    page = browse.page
    browse.goto(invitation.get_absolute_url())
    browse.click_and_wait(page.get_by_role("link", name="Luo tunnus"))
    page.get_by_label("Etunimi").fill("Vilja")
    page.get_by_label("Salasana", exact=True).fill(NEW_PASSWORD)
    page.get_by_label("Salasana (uudestaan)").fill(NEW_PASSWORD)
    browse.click_and_wait(page.locator("main").get_by_role("button", name="Rekisteröidy"))
    browse.click_and_wait(page.get_by_role("button", name="Liity yhdistykseen"))


def test_invited_volunteer_publishes_an_activity_for_review(browse, association, assoc_admin, place):
    page = browse.page
    _join_by_invitation(browse, association, assoc_admin)

    # Joining lands on Omat sivut, where adding is one button.
    assert page.get_by_role("heading", level=1).inner_text() == association.name
    browse.click_and_wait(page.get_by_role("link", name="Lisää toiminta"))
    assert page.get_by_label("Sähköposti").input_value() == "vilja@example.fi"
    assert page.get_by_role("checkbox", name="Nurmijärvi").is_checked()  # the association's municipality

    # A first try with the short description forgotten.
    page.get_by_label("Otsikko", exact=True).fill("Muistikahvila")
    page.get_by_label("Tarkempi kuvaus").fill("Kahvia, juttuseuraa ja muistijumppaa.\n\nTervetuloa!")
    page.get_by_label("tiistai").check()
    page.get_by_label("Aikataulu omin sanoin").fill("Tiistaisin klo 13–15")
    browse.click_and_wait(page.get_by_role("button", name="Lähetä tarkastettavaksi"))

    summary = page.locator(".error-summary")
    assert summary.is_visible() and "Lyhyt kuvaus: Kirjoita lyhyt kuvaus." in summary.inner_text()
    assert page.get_by_label("Otsikko", exact=True).input_value() == "Muistikahvila"  # nothing typed is lost
    assert "muistijumppaa" in page.get_by_label("Tarkempi kuvaus").input_value()
    assert page.get_by_label("tiistai").is_checked()
    summary.get_by_role("link", name="Lyhyt kuvaus: Kirjoita lyhyt kuvaus.").click()
    assert page.evaluate("document.activeElement.id") == "id_summary"  # the link takes you to the field

    # Corrected, with a new place typed in, then previewed.
    page.get_by_label("Lyhyt kuvaus", exact=True).fill("Kahvia ja seuraa muistisairaille ja läheisille.")
    page.get_by_label("Uusi paikka: kirjoita sen tiedot alle").check()
    page.get_by_label("Paikan nimi").fill("Seurakuntatalo")
    page.get_by_label("Katuosoite").fill("Kirkkotie 1")
    page.get_by_label("Postinumero").fill("01900")
    browse.check_accessibility()
    browse.click_and_wait(page.get_by_role("button", name="Esikatsele"))

    assert "Esikatselu – ei vielä julkinen" in page.locator(".preview-banner").first.inner_text()
    assert page.get_by_role("heading", level=1).inner_text() == "Muistikahvila"
    assert "Seurakuntatalo" in page.locator("main").inner_text()
    browse.click_and_wait(page.get_by_role("button", name="Lähetä tarkastettavaksi").first)

    assert "parin arkipäivän kuluessa" in page.locator(".messages").inner_text()
    listing = Listing.objects.get(title="Muistikahvila")
    assert listing.status == Listing.Status.PENDING and listing.place.name == "Seurakuntatalo"
    assert "Odottaa tarkastusta (1)" in page.locator("main").inner_text()


def test_member_of_another_association_gets_404_on_the_edit_page(browse, association, outsider):
    listing = Listing.objects.create(
        association=association, kind=Listing.Kind.ACTIVITY, title="Muistikahvila", summary="Kahvia.", schedule="ti"
    )
    EmailAddress.objects.create(user=outsider, email=outsider.email, verified=True, primary=True)
    page = browse.page
    browse.goto(reverse("account_login"))
    page.get_by_label("Sähköposti").fill(outsider.email)
    page.get_by_label("Salasana").fill(PASSWORD)
    browse.click_and_wait(page.locator("main").get_by_role("button", name="Kirjaudu sisään"))

    browse.goto(reverse("dashboard:listing-edit", args=[listing.pk]), status=404)
    browse.goto(reverse("dashboard:listing-preview", args=[listing.pk]), status=404)
    assert "Muistikahvila" not in page.content()


def for_listing(action, title):
    """A button's accessible name: its visible word and the listing's title, hidden from sight."""
    return re.compile(rf"^{action}\W+{title}$")


def test_dashboard_in_every_state_then_archive_asks_first_and_copy_opens_the_form(
    browse, live_server, association, editor, liaison
):
    Status = Listing.Status
    long_ago = timezone.localdate() - datetime.timedelta(days=settings.FRESHNESS_MONTHS * 31 + 1)
    make_listing(association, title="Vanha kerho", last_confirmed_on=long_ago)
    returned = make_listing(association, status=Status.PENDING, title="Lukupiiri")
    returned.return_to_association(by=liaison, reason="Kerro, missä lukupiiri kokoontuu.")
    make_listing(association, status=Status.DRAFT, title="Luonnos")
    make_listing(association, status=Status.ARCHIVED, title="Arkistoitu kerho")
    soon = timezone.now() + datetime.timedelta(days=3)
    event = make_listing(
        association, kind=Listing.Kind.EVENT, title="Syysjuhla", starts_at=soon, ends_at=soon + datetime.timedelta(hours=2)
    )
    event.start_editing(by=editor)
    browse.sign_in(live_server, editor)  # this test is about the dashboard, not the login
    page = browse.page

    browse.goto(reverse("dashboard:home"))
    assert "Kerro, missä lukupiiri kokoontuu." in page.locator(".attention").inner_text()
    page.locator("summary", has_text="Arkistoitu").click()
    browse.check_accessibility()

    browse.click_and_wait(page.get_by_role("link", name=for_listing("Arkistoi", "Syysjuhla")))
    assert page.get_by_role("heading", level=1).inner_text() == "Arkistoidaanko ilmoitus?"
    browse.click_and_wait(page.get_by_role("button", name="Arkistoi"))
    assert "ei enää näy julkisesti" in page.locator(".messages").inner_text()

    page.locator("summary", has_text="Arkistoitu").click()  # the archive is folded away
    browse.click_and_wait(page.get_by_role("button", name=for_listing("Kopioi", "Syysjuhla")))
    assert "Anna tapahtuman uusi päivämäärä" in page.locator(".messages").inner_text()
    assert page.locator("#id_date").input_value() == ""  # the first date; further dates are rows below
