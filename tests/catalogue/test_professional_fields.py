"""What a listing tells professionals only: approved counsellors see it, nobody else does."""

import pytest

from accounts.models import Counsellor
from tests.factories import make_user

SECRET = "Soita suoraan Ainolle, 040 765 4321"


@pytest.fixture
def briefed(activity):
    activity.professional_contact = SECRET
    activity.referral_practice = "Palveluohjaaja soittaa etukäteen."
    activity.client_briefing = "Ensimmäisellä kerralla vastassa on vapaaehtoinen."
    activity.save()
    return activity


@pytest.fixture
def counsellor(liaison):
    user = make_user("paula.ohjaaja@keusote.example")
    Counsellor.objects.create(user=user, organisation="Keusote").approve(by=liaison)
    return user


def test_approved_counsellor_sees_the_professional_details(client, briefed, counsellor):
    client.force_login(counsellor)
    html = client.get(briefed.get_absolute_url()).content.decode()
    assert SECRET in html and "Palveluohjaaja soittaa etukäteen." in html and "vastassa on vapaaehtoinen" in html


@pytest.mark.parametrize("who", [None, "pending", "assoc_admin"])
def test_nobody_else_sees_them(client, briefed, who, request):
    if who == "pending":
        user = make_user("odottaa@example.fi")
        Counsellor.objects.create(user=user, organisation="Keusote")
        client.force_login(user)
    elif who:
        client.force_login(request.getfixturevalue(who))
    html = client.get(briefed.get_absolute_url()).content.decode()
    assert SECRET not in html


def test_they_stay_out_of_the_api_search_cards_and_handout(client, briefed):
    assert SECRET not in client.get(f"/api/v1/listings/{briefed.pk}/").content.decode()
    assert SECRET not in client.get("/").content.decode()
    assert client.get("/", {"q": "vapaaehtoinen"}).content.decode().count('class="card"') == 0
    assert SECRET not in client.get("/tarjotin/tuloste/", {"ids": briefed.pk}).content.decode()


def test_association_writes_them_on_its_listing_form(client, assoc_admin, briefed):
    client.force_login(assoc_admin)
    html = client.get(f"/omat/ilmoitus/{briefed.pk}/muokkaa/").content.decode()
    assert "Vain palveluohjaajille" in html and SECRET in html
