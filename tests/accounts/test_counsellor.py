"""Service counsellors: a role a person asks for and staff approve; not an association membership."""

import pytest

from accounts.models import Counsellor
from tests.factories import admin_url, make_user

URL = "/tili/palveluohjaaja/"


@pytest.fixture
def person(db):
    return make_user("paula.ohjaaja@keusote.example", first_name="Paula")


def test_anonymous_visitor_is_sent_to_sign_in(client, db):
    response = client.get(URL)
    assert response.status_code == 302 and "/tili/login/" in response.url


def test_signed_in_person_asks_for_the_role(client, person):
    client.force_login(person)
    response = client.post(URL, {"organisation": "Keusote, palveluohjaus", "job_title": "palveluohjaaja"})
    assert response.status_code == 302
    counsellor = Counsellor.objects.get(user=person)
    assert counsellor.organisation == "Keusote, palveluohjaus" and not counsellor.is_approved
    assert not person.is_counsellor()


def test_request_without_organisation_says_what_is_missing(client, person):
    client.force_login(person)
    response = client.post(URL, {"organisation": "", "job_title": "palveluohjaaja"})
    assert response.status_code == 400
    assert "Kirjoita organisaatiosi." in response.content.decode() and 'value="palveluohjaaja"' in response.content.decode()
    assert not Counsellor.objects.exists()


def test_asking_twice_changes_nothing(client, person):
    Counsellor.objects.create(user=person, organisation="Keusote")
    client.force_login(person)
    response = client.post(URL, {"organisation": "Toinen"})
    assert response.status_code == 200
    assert "odottaa ylläpidon hyväksyntää" in response.content.decode()
    assert Counsellor.objects.get(user=person).organisation == "Keusote"


def test_liaison_approves_a_counsellor_in_admin(liaison_client, liaison, person):
    counsellor = Counsellor.objects.create(user=person, organisation="Keusote")
    response = liaison_client.post(
        admin_url(Counsellor, "changelist"), {"action": "approve", "_selected_action": [counsellor.pk]}
    )
    assert response.status_code == 302
    counsellor.refresh_from_db()
    assert counsellor.approved_by == liaison and person.is_counsellor()


def test_liaison_sees_requests_waiting(liaison_client, person):
    Counsellor.objects.create(user=person, organisation="Keusote")
    response = liaison_client.get(admin_url(Counsellor, "changelist"), {"tila": "odottaa"})
    assert response.status_code == 200 and "Paula (Keusote)" in response.content.decode()


def test_association_member_cannot_approve_counsellors(client, assoc_admin, person):
    counsellor = Counsellor.objects.create(user=person, organisation="Keusote")
    client.force_login(assoc_admin)
    client.post(admin_url(Counsellor, "changelist"), {"action": "approve", "_selected_action": [counsellor.pk]})
    counsellor.refresh_from_db()
    assert not counsellor.is_approved


def test_revoked_counsellor_is_no_longer_one(liaison, person):
    counsellor = Counsellor.objects.create(user=person, organisation="Keusote")
    counsellor.approve(by=liaison)
    counsellor.revoke()
    assert not person.is_counsellor()
