"""Signing in with allauth: email and password, a one-time code, rate limits, the header."""

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse

from tests.factories import PASSWORD, make_user


@pytest.fixture
def volunteer(db):
    user = make_user("ville.vapaaehtoinen@example.fi", first_name="Ville", last_name="Virtanen")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def test_login_page_is_in_finnish_in_our_layout(client):
    response = client.get(reverse("account_login"))

    assert response.status_code == 200
    assert " ".join(response.text.split()).count("<title> Kirjaudu sisään – Hyvinvointitarjotin</title>") == 1
    assert '<label for="id_login">Sähköposti</label>' in response.text
    assert "Lähetä minulle sisäänkirjautumiskoodi" in response.text
    assert 'class="skip-link"' in response.text  # base.html


def test_login_page_is_in_swedish_under_sv(client):
    response = client.get("/sv" + reverse("account_login"))

    assert response.status_code == 200
    assert '<html lang="sv">' in response.text
    assert "Logga in" in response.text


def test_volunteer_signs_in_with_email_and_password(client, volunteer):
    response = client.post(reverse("account_login"), {"login": "Ville.Vapaaehtoinen@example.fi", "password": PASSWORD})

    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == volunteer.pk


def test_wrong_password_shows_the_error_and_keeps_the_email(client, volunteer):
    response = client.post(reverse("account_login"), {"login": volunteer.email, "password": "väärä"})

    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    assert 'class="error-summary"' in response.text
    assert f'value="{volunteer.email}"' in response.text


def test_failed_logins_are_rate_limited_even_with_the_right_password_after(client, volunteer):
    for _attempt in range(5):
        client.post(reverse("account_login"), {"login": volunteer.email, "password": "väärä"})

    response = client.post(reverse("account_login"), {"login": volunteer.email, "password": PASSWORD})

    assert "_auth_user_id" not in client.session
    assert "Liian monta virheellistä kirjautumisyritystä" in response.text


def test_rate_limit_counts_in_the_shared_cache(client, volunteer):
    from django.core.cache import cache

    for _attempt in range(5):
        client.post(reverse("account_login"), {"login": volunteer.email, "password": "väärä"})
    cache.clear()  # another process sees the same cache: emptying it is the only way to forget

    response = client.post(reverse("account_login"), {"login": volunteer.email, "password": PASSWORD})

    assert response.status_code == 302


def test_login_by_code_sends_a_finnish_mail_with_the_code(client, volunteer):
    response = client.post(reverse("account_request_login_code"), {"email": volunteer.email})

    assert response.status_code == 302
    assert response.url == reverse("account_confirm_login_code")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [volunteer.email]
    assert message.subject.startswith("Hyvinvointitarjotin: ")
    assert "kirjautumiskoodi" in message.body.lower()
    html = dict((mimetype, content) for content, mimetype in message.alternatives)["text/html"]
    assert "<html" in html


def test_the_code_from_the_mail_signs_the_volunteer_in(client, volunteer):
    client.post(reverse("account_request_login_code"), {"email": volunteer.email})
    code = _code_in(mail.outbox[0].body)

    response = client.post(reverse("account_confirm_login_code"), {"code": code})

    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == volunteer.pk


def test_mail_goes_in_the_language_the_person_chose(client, volunteer):
    volunteer.language = "sv"
    volunteer.save()

    client.post(reverse("account_request_login_code"), {"email": volunteer.email})

    assert "inloggningskod" in mail.outbox[0].subject.lower()


def test_header_offers_sign_in_to_visitors(client, db):
    response = client.get(reverse("pages:accessibility"))

    assert f'href="{reverse("account_login")}"' in response.text
    assert "Kirjaudu ulos" not in response.text


def test_header_shows_name_own_pages_and_sign_out_form_when_signed_in(client, volunteer):
    client.force_login(volunteer)

    response = client.get(reverse("pages:accessibility"))

    assert "Ville Virtanen" in response.text
    assert "Omat sivut" in response.text
    assert f'<form method="post" action="{reverse("account_logout")}">' in response.text


def test_sign_out_is_a_post(client, volunteer):
    client.force_login(volunteer)

    response = client.post(reverse("account_logout"))

    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def _code_in(body: str) -> str:
    import re

    # The code is alone on its own line, letters and digits.
    return next(line.strip() for line in body.splitlines() if re.fullmatch(r"[A-Z0-9-]{6,9}", line.strip()))
