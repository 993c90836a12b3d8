"""The association's sign-up lists on Omat sivut: list, CSV, settings, attendance, message to all."""

import pytest
from django.core import mail
from django.urls import reverse

from events.models import Registration, SignupSettings
from tests.events.conftest import sign_up


@pytest.fixture
def signed_up(occurrence):
    return [sign_up(occurrence, name="Aino Ahola", email="aino@example.fi", phone="040 1"),
            sign_up(occurrence, name="=Bertta", email="b@example.fi"),
            sign_up(occurrence, name="Cecilia Jonossa", email="c@example.fi")]


def test_editor_sees_who_signed_up_and_who_waits(client, editor, signup_event, signed_up):
    client.force_login(editor)

    response = client.get(reverse("events:registration-list", args=[signup_event.pk]))

    page = response.content.decode()
    assert response.status_code == 200
    assert "Aino Ahola" in page and "Cecilia Jonossa" in page and "Paikkoja varattu 2, jonossa 1." in page


def test_outsider_gets_404_for_the_list_and_the_csv(client, outsider, signup_event, signed_up):
    client.force_login(outsider)

    assert client.get(reverse("events:registration-list", args=[signup_event.pk])).status_code == 404
    assert client.get(reverse("events:registration-csv", args=[signup_event.pk])).status_code == 404


def test_anonymous_visitor_is_sent_to_log_in(client, signup_event):
    response = client.get(reverse("events:registration-list", args=[signup_event.pk]))

    assert response.status_code == 302 and "/tili/" in response["Location"]


def test_csv_opens_in_finnish_excel_and_defuses_formulas(client, editor, signup_event, signed_up):
    client.force_login(editor)

    response = client.get(reverse("events:registration-csv", args=[signup_event.pk]))

    text = response.content.decode("utf-8")
    assert response["Content-Type"].startswith("text/csv")
    assert text.startswith("\ufeffPäivä;Kello;Tila")
    assert "'=Bertta" in text and "Aino Ahola" in text and "jonossa;1;Cecilia Jonossa" in text


def test_editor_turns_sign_up_on_and_chooses_the_questions(client, editor, signup_event):
    SignupSettings.objects.all().delete()
    client.force_login(editor)

    response = client.post(
        reverse("events:signup-settings", args=[signup_event.pk]),
        {"is_open": "on", "contact": "email", "ask_people": "on", "max_people": "4", "ask_message": "on",
         "message_label": "Ruokavalio", "ask_consent": "on"},
    )

    assert response.status_code == 302
    settings = SignupSettings.objects.get(event=signup_event)
    assert settings.is_open and settings.contact == "email" and settings.max_people == 4


def test_sign_up_settings_explain_a_bad_number_next_to_the_field(client, editor, signup_event):
    client.force_login(editor)

    response = client.post(reverse("events:signup-settings", args=[signup_event.pk]), {"contact": "email", "max_people": "0"})

    assert response.status_code == 400
    assert "Vähintään yksi henkilö." in response.content.decode()


def test_outsider_cannot_change_sign_up_settings(client, outsider, signup_event):
    client.force_login(outsider)

    response = client.post(reverse("events:signup-settings", args=[signup_event.pk]), {"contact": "email", "max_people": "1"})

    assert response.status_code == 404
    assert SignupSettings.objects.get(event=signup_event).contact == SignupSettings.Contact.EITHER


def test_editor_marks_who_attended(client, editor, occurrence, signed_up):
    client.force_login(editor)

    response = client.post(reverse("events:attendance", args=[occurrence.pk]), {"attended": [signed_up[0].pk]})

    assert response.status_code == 302
    assert [r.attended for r in Registration.objects.filter(status="confirmed").order_by("pk")] == [True, False]


def test_outsider_cannot_mark_attendance(client, outsider, occurrence, signed_up):
    client.force_login(outsider)

    assert client.post(reverse("events:attendance", args=[occurrence.pk]), {"attended": [signed_up[0].pk]}).status_code == 404
    assert not Registration.objects.filter(attended=True).exists()


def test_editor_mails_everyone_signed_up(client, editor, occurrence, signed_up, django_capture_on_commit_callbacks):
    client.force_login(editor)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("events:registrants-mail", args=[occurrence.pk]), {"subject": "Paikka vaihtui", "body": "Sali 2."}
        )

    assert response.status_code == 302
    assert sorted(m.to[0] for m in mail.outbox) == ["aino@example.fi", "b@example.fi", "c@example.fi"]
    assert "Sali 2." in mail.outbox[0].body


def test_outsider_cannot_mail_those_signed_up(client, outsider, occurrence, signed_up):
    client.force_login(outsider)

    response = client.post(reverse("events:registrants-mail", args=[occurrence.pk]), {"subject": "Roskaa", "body": "x"})

    assert response.status_code == 404 and mail.outbox == []
