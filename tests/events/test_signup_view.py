"""The public sign-up form and the signed link in the confirmation mail (events/views.py)."""

import datetime
import uuid

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from accounts.models import Counsellor
from events.models import Registration
from tests.events.conftest import sign_up


def _post(client, event, occurrence, **fields):
    data = {"occurrence": occurrence.pk, "name": "Maija Meikäläinen", "email": "maija@example.fi",
            "submission": str(uuid.uuid4()), "website": "", **fields}
    return client.post(reverse("events:event-signup", args=[event.pk]), data)


def test_event_page_shows_the_sign_up_form_with_seats_left(client, signup_event):
    response = client.get(signup_event.get_absolute_url())

    assert response.status_code == 200
    assert "2 paikkaa vapaana" in response.content.decode()
    assert reverse("events:event-signup", args=[signup_event.pk]) in response.content.decode()


def test_resident_signs_up_and_gets_a_mail_with_a_cancel_link(client, signup_event, occurrence, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = _post(client, signup_event, occurrence)

    registration = Registration.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("events:registration", args=[registration.cancel_token()])
    assert registration.status == Registration.Status.CONFIRMED
    assert len(mail.outbox) == 1 and "vahvistettu" in mail.outbox[0].subject
    assert reverse("events:registration", args=[registration.cancel_token()]) in mail.outbox[0].body


def test_full_event_offers_the_waiting_list_and_says_the_place_in_line(client, signup_event, occurrence):
    sign_up(occurrence, name="A")
    sign_up(occurrence, name="B")
    page = client.get(signup_event.get_absolute_url()).content.decode()

    response = _post(client, signup_event, occurrence)

    assert "täynnä, voit ilmoittautua jonoon" in page
    registration = Registration.objects.get(name="Maija Meikäläinen")
    assert (registration.status, registration.position) == (Registration.Status.WAITING, 1)
    assert "jonossa sijalla 1" in client.get(response["Location"]).content.decode()


def test_the_same_form_sent_twice_signs_up_once(client, signup_event, occurrence):
    key = str(uuid.uuid4())
    _post(client, signup_event, occurrence, submission=key)

    response = _post(client, signup_event, occurrence, submission=key)

    assert Registration.objects.count() == 1
    assert "ei tehty kahteen kertaan" in client.get(response["Location"]).content.decode()


def test_a_bot_filling_the_hidden_field_is_refused_and_nothing_is_saved(client, signup_event, occurrence):
    response = _post(client, signup_event, occurrence, website="http://roskaa.example")

    assert response.status_code == 400
    assert not Registration.objects.exists()


def test_missing_contact_is_explained_next_to_the_field_and_the_name_is_kept(client, signup_event, occurrence):
    response = _post(client, signup_event, occurrence, email="")

    assert response.status_code == 400
    assert "Kirjoita sähköposti tai puhelinnumero" in response.content.decode()
    assert "kun tapahtumasta on kulunut 30 päivää" in response.content.decode()
    assert 'value="Maija Meikäläinen"' in response.content.decode()


def test_sign_up_after_the_deadline_is_refused_with_a_reason(client, signup_event, occurrence):
    signup_event.registration_closes_at = timezone.now() - datetime.timedelta(minutes=1)
    signup_event.save()

    response = _post(client, signup_event, occurrence)

    assert response.status_code == 400
    assert "Ilmoittautuminen on päättynyt." in response.content.decode()
    assert not Registration.objects.exists()


def test_event_without_sign_up_in_the_service_says_so(client, signup_event, occurrence):
    signup_event.signup_settings.is_open = False
    signup_event.signup_settings.save()

    response = client.get(reverse("events:event-signup", args=[signup_event.pk]))

    assert "ei voi ilmoittautua tässä palvelussa" in response.content.decode()


def test_unpublished_event_has_no_sign_up(client, signup_event):
    signup_event.status = signup_event.Status.ARCHIVED
    signup_event.save()

    assert client.get(reverse("events:event-signup", args=[signup_event.pk])).status_code == 404


def test_counsellor_signs_a_client_up_only_with_the_clients_consent(client, editor, liaison, signup_event, occurrence):
    Counsellor.objects.create(user=editor, organisation="Keusote").approve(by=liaison)
    client.force_login(editor)

    refused = _post(client, signup_event, occurrence, on_behalf="on")
    accepted = _post(client, signup_event, occurrence, on_behalf="on", client_consent="on")

    assert refused.status_code == 400 and "Kysy asiakkaalta lupa" in refused.content.decode()
    assert accepted.status_code == 302
    assert Registration.objects.get().by_counsellor == editor


def test_only_an_approved_counsellor_may_sign_someone_else_up(client, editor, signup_event, occurrence):
    client.force_login(editor)

    page = client.get(signup_event.get_absolute_url()).content.decode()
    _post(client, signup_event, occurrence, on_behalf="on")

    assert 'name="on_behalf"' not in page
    assert Registration.objects.get().by_counsellor is None


def test_rate_limit_stops_a_flood_with_a_message(client, signup_event, occurrence, settings):
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "event_signup": "1/m/ip"}
    _post(client, signup_event, occurrence)

    response = _post(client, signup_event, occurrence, name="Toinen")

    assert response.status_code == 400
    assert "Liian monta ilmoittautumista" in response.content.decode()
    assert Registration.objects.count() == 1


def test_cancel_link_cancels_promotes_the_next_and_mails_both(client, occurrence, django_capture_on_commit_callbacks):
    first = sign_up(occurrence)
    sign_up(occurrence, name="B", email="b@example.fi")
    waiting = sign_up(occurrence, name="C", email="c@example.fi")
    url = reverse("events:registration", args=[first.cancel_token()])

    assert "Peru ilmoittautuminen" in client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url)

    assert response.status_code == 302
    first.refresh_from_db()
    waiting.refresh_from_db()
    assert first.status == Registration.Status.CANCELLED and waiting.status == Registration.Status.CONFIRMED
    assert {m.to[0] for m in mail.outbox} == {"maija@example.fi", "c@example.fi"}


@pytest.mark.parametrize("token", ["roskaa", "eyJhIjoxfQ:1abcde:xyz"])
def test_tampered_cancel_link_gets_a_clear_message(client, token):
    response = client.get(reverse("events:registration", args=[token]))

    assert response.status_code == 400
    assert "Linkki on vanhentunut tai virheellinen" in response.content.decode()


def test_cancel_link_stops_working_when_the_date_is_over(client, occurrence):
    registration = sign_up(occurrence)
    occurrence.starts_at = timezone.now() - datetime.timedelta(hours=3)
    occurrence.ends_at = timezone.now() - datetime.timedelta(hours=1)
    occurrence.save()

    response = client.post(reverse("events:registration", args=[registration.cancel_token()]))

    assert response.status_code == 400
    registration.refresh_from_db()
    assert registration.status == Registration.Status.CONFIRMED


def test_sign_up_speaks_swedish_and_english(client, signup_event):
    path = reverse("events:event-signup", args=[signup_event.pk])

    swedish = client.get("/sv" + path).content.decode()
    english = client.get("/en" + path).content.decode()

    assert "Anmäl dig" in swedish and "2 platser lediga" in swedish
    assert "Sign up" in english and "2 places left" in english
