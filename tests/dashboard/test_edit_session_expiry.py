"""When the session expires while a form is open, what was typed is waiting after the new login."""

from django.urls import reverse

from services.models import Listing
from tests.factories import make_listing
from tests.dashboard.edit_helpers import activity_data


def test_post_after_the_session_expired_keeps_the_typed_data_and_asks_to_log_in(client, association, editor):
    url = reverse("dashboard:listing-create", args=[association.slug, "toiminta"])
    response = client.post(url, activity_data(title="Kirjoitettu ennen kuin istunto vanheni"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login")) and f"next={url}" in response.url
    assert not Listing.objects.exists()

    client.force_login(editor)  # logging in keeps the anonymous session's data, as Django's login() does
    response = client.get(url)
    page = response.content.decode()
    assert 'value="Kirjoitettu ennen kuin istunto vanheni"' in page
    assert "Tallentamattomat muutoksesi palautettiin" in page
    assert 'value="aino.admin@example.fi"' in page  # what was typed, not the defaults
    assert not Listing.objects.exists()  # nothing is saved before the person sends it again

    page = client.get(url).content.decode()
    assert "Tallentamattomat muutoksesi palautettiin" not in page  # restored once


def test_typed_data_returns_only_to_the_same_form(client, association, editor):
    draft = make_listing(association, status=Listing.Status.DRAFT, title="Vanha otsikko")
    edit = reverse("dashboard:listing-edit", args=[draft.pk])
    client.post(edit, activity_data(title="Uusi otsikko"))
    client.force_login(editor)
    assert "Uusi otsikko" not in client.get(reverse("dashboard:listing-create", args=[association.slug, "toiminta"])).content.decode()
    assert 'value="Uusi otsikko"' in client.get(edit).content.decode()
    draft.refresh_from_db()
    assert draft.title == "Vanha otsikko"


def test_restored_data_still_goes_through_the_access_check(client, association, outsider):
    draft = make_listing(association, status=Listing.Status.DRAFT)
    edit = reverse("dashboard:listing-edit", args=[draft.pk])
    client.post(edit, activity_data(title="Uusi otsikko"))
    client.force_login(outsider)
    assert client.get(edit).status_code == 404


def test_expired_session_on_a_step_returns_to_its_confirmation_page(client, activity, editor):
    url = reverse("dashboard:listing-archive", args=[activity.pk])
    response = client.post(url)
    assert f"next={url}" in response.url
    client.force_login(editor)
    assert client.get(url).status_code == 200  # the question again, not "method not allowed"
    activity.refresh_from_db()
    assert activity.status == Listing.Status.PUBLISHED
