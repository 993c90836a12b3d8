"""An invited volunteer opens the link from the mail, sets up an account and lands in the association.

Every page on the way is checked with axe by the `browse` fixture.
"""

import pytest

from associations import actions
from associations.models import Membership

pytestmark = pytest.mark.browser

PASSWORD = "Vadelma-kiisseli-58"


def test_invited_volunteer_sets_up_the_account_and_joins_the_association(browse, association, assoc_admin):
    invitation = actions.invite_member(
        association=association, email="vilja.vapaaehtoinen@example.fi", role=Membership.Role.EDITOR, invited_by=assoc_admin
    )
    page = browse.page

    browse.goto(invitation.get_absolute_url())
    assert page.get_by_role("heading", level=1).inner_text() == "Kutsu yhdistykseen Nurmijärven Eläkkeensaajat"
    browse.click_and_wait(page.get_by_role("link", name="Luo tunnus"))

    # The address comes from the invitation; a typo in the second password first.
    assert page.get_by_label("Sähköposti").input_value() == "vilja.vapaaehtoinen@example.fi"
    page.get_by_label("Etunimi").fill("Vilja")
    page.get_by_label("Salasana", exact=True).fill(PASSWORD)
    page.get_by_label("Salasana (uudestaan)").fill(PASSWORD + "x")
    browse.click_and_wait(page.locator("main").get_by_role("button", name="Rekisteröidy"))
    assert page.locator(".error-summary").is_visible()
    assert page.get_by_label("Etunimi").input_value() == "Vilja"  # nothing typed is lost

    page.get_by_label("Salasana", exact=True).fill(PASSWORD)
    page.get_by_label("Salasana (uudestaan)").fill(PASSWORD)
    browse.click_and_wait(page.locator("main").get_by_role("button", name="Rekisteröidy"))

    # Signed in at once (opening the link proved the address) and back at the invitation.
    assert page.get_by_role("heading", level=1).inner_text() == "Kutsu yhdistykseen Nurmijärven Eläkkeensaajat"
    browse.click_and_wait(page.get_by_role("button", name="Liity yhdistykseen"))

    assert "Tervetuloa yhdistykseen Nurmijärven Eläkkeensaajat!" in page.locator(".messages").inner_text()
    assert "Vilja" in page.locator(".account-menu").inner_text()
    assert association.memberships.get(user__email="vilja.vapaaehtoinen@example.fi").role == Membership.Role.EDITOR


def test_expired_or_used_link_explains_itself(browse, association, assoc_admin):
    invitation = actions.invite_member(
        association=association, email="vilja@example.fi", role=Membership.Role.EDITOR, invited_by=assoc_admin
    )
    invitation.cancel()

    browse.goto(invitation.get_absolute_url(), status=410)

    assert "perunut tämän kutsun" in browse.page.locator("main").inner_text()
