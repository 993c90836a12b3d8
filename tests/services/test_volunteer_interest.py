"""“I'm interested” in a volunteer role: the public form, the mail, and the association's list."""

import pytest
from django.core import mail
from django.urls import reverse

from services.models import Listing, VolunteerInterest
from tests.factories import make_listing


@pytest.fixture
def role(association):
    return make_listing(association, kind=Listing.Kind.VOLUNTEER_ROLE, title="Ystävä ikäihmiselle", contact_email="vapaaehtoiset@example.fi")


def _data(**changes):
    return {"name": "Ville Vapaa", "contact": "040 765 4321", "message": "Tiistait käyvät.", "consent": "on", "website": "", **changes}


def test_role_page_offers_the_interest_form(client, role):
    page = client.get(role.get_absolute_url()).content.decode()

    assert "Olen kiinnostunut" in page and reverse("services:role-interest", args=[role.pk]) in page


def test_interest_is_saved_and_mailed_to_the_roles_contact(client, role, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("services:role-interest", args=[role.pk]), _data())

    assert response.status_code == 302 and response["Location"] == role.get_absolute_url()
    interest = VolunteerInterest.objects.get()
    assert (interest.name, interest.state) == ("Ville Vapaa", VolunteerInterest.State.NEW)
    assert mail.outbox[0].to == ["vapaaehtoiset@example.fi"] and "040 765 4321" in mail.outbox[0].body


def test_without_a_contact_address_every_member_is_told(client, role, editor, assoc_admin, django_capture_on_commit_callbacks):
    role.contact_email = ""
    role.save()

    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("services:role-interest", args=[role.pk]), _data())

    assert sorted(m.to[0] for m in mail.outbox) == sorted([editor.email, assoc_admin.email])


def test_interest_without_consent_is_explained_and_what_was_typed_stays(client, role):
    response = client.post(reverse("services:role-interest", args=[role.pk]), _data(consent=""))

    assert response.status_code == 400
    assert "Yhdistys tarvitsee luvan" in response.content.decode() and 'value="Ville Vapaa"' in response.content.decode()
    assert not VolunteerInterest.objects.exists()


def test_bot_filling_the_hidden_field_is_refused(client, role):
    response = client.post(reverse("services:role-interest", args=[role.pk]), _data(website="http://x.example"))

    assert response.status_code == 400 and not VolunteerInterest.objects.exists()


def test_interest_in_an_unpublished_role_is_404(client, role):
    role.status = Listing.Status.ARCHIVED
    role.save()

    assert client.post(reverse("services:role-interest", args=[role.pk]), _data()).status_code == 404


def test_editor_sees_the_interests_and_moves_one_on(client, editor, association, role):
    interest = VolunteerInterest.objects.create(role=role, name="Ville Vapaa", contact="040 1")
    client.force_login(editor)

    page = client.get(reverse("services:interest-list", args=[association.slug])).content.decode()
    response = client.post(reverse("services:interest-state", args=[interest.pk]), {"state": "contacted"})

    assert "Ville Vapaa" in page and "040 1" in page
    assert response.status_code == 302
    interest.refresh_from_db()
    assert interest.state == VolunteerInterest.State.CONTACTED


def test_an_unknown_state_is_refused_with_a_message(client, editor, role):
    interest = VolunteerInterest.objects.create(role=role, name="Ville", contact="040 1")
    client.force_login(editor)

    response = client.post(reverse("services:interest-state", args=[interest.pk]), {"state": "hacked"}, follow=True)

    assert "Valitse tila listasta." in response.content.decode()
    interest.refresh_from_db()
    assert interest.state == VolunteerInterest.State.NEW


def test_outsider_gets_404_for_the_list_and_the_state(client, outsider, association, role):
    interest = VolunteerInterest.objects.create(role=role, name="Ville", contact="040 1")
    client.force_login(outsider)

    assert client.get(reverse("services:interest-list", args=[association.slug])).status_code == 404
    assert client.post(reverse("services:interest-state", args=[interest.pk]), {"state": "agreed"}).status_code == 404
    interest.refresh_from_db()
    assert interest.state == VolunteerInterest.State.NEW
