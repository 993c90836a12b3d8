"""Creating an account: email verification is required, mail in the person's language, password reset."""

from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse

from accounts.models import User
from tests.factories import PASSWORD, make_user

NEW_PASSWORD = "Mustikka-piirakka-31"


def _sign_up(client, prefix="", **fields):
    data = {
        "email": "Uusi.Ihminen@Example.fi",
        "first_name": "Uuno",
        "last_name": "Uusi",
        "password1": NEW_PASSWORD,
        "password2": NEW_PASSWORD,
        **fields,
    }
    return client.post(prefix + reverse("account_signup"), data)


def test_sign_up_form_asks_name_email_and_password_in_finnish(client, db):
    response = client.get(reverse("account_signup"))

    assert response.status_code == 200
    for label in ("Sähköposti", "Etunimi", "Sukunimi", "Salasana"):
        assert label in response.text


def test_sign_up_creates_the_user_and_asks_to_verify_the_address(client, db):
    response = _sign_up(client)

    user = User.objects.get(email="uusi.ihminen@example.fi")
    assert response.status_code == 302
    assert response.url == reverse("account_email_verification_sent")
    assert (user.first_name, user.last_name, user.language) == ("Uuno", "Uusi", "fi")
    assert "_auth_user_id" not in client.session  # not in before the address is verified
    assert not EmailAddress.objects.get(user=user).verified
    [message] = mail.outbox
    assert message.to == ["uusi.ihminen@example.fi"]
    assert "Vahvista sähköpostiosoitteesi" in message.subject
    assert [mimetype for _content, mimetype in message.alternatives] == ["text/html"]


def test_the_verification_link_signs_the_person_in(client, db):
    _sign_up(client)
    link = next(word for word in mail.outbox[0].body.split() if "/tili/confirm-email/" in word)

    response = client.post(link.split("testserver", 1)[1])

    assert response.status_code == 302
    assert EmailAddress.objects.get(email="uusi.ihminen@example.fi").verified
    assert "_auth_user_id" in client.session


def test_sign_up_in_swedish_remembers_swedish_for_mail(client, db):
    _sign_up(client, prefix="/sv")

    user = User.objects.get(email="uusi.ihminen@example.fi")
    assert user.language == "sv"
    assert "bekräfta" in mail.outbox[0].subject


def test_sign_up_errors_are_next_to_the_field_and_input_is_kept(client, db):
    response = _sign_up(client, password2="jotain-muuta-77", first_name="Uuno")

    assert response.status_code == 200
    assert not User.objects.exists()
    assert 'class="field field-error"' in response.text
    assert 'value="Uuno"' in response.text
    assert 'class="error-summary"' in response.text


def test_existing_address_cannot_sign_up_again(client, editor):
    response = _sign_up(client, email=editor.email)

    assert User.objects.filter(email=editor.email).count() == 1
    assert response.status_code in (200, 302)


def test_password_reset_sends_a_link_by_mail(client, editor):
    EmailAddress.objects.create(user=editor, email=editor.email, verified=True, primary=True)

    response = client.post(reverse("account_reset_password"), {"email": editor.email})

    assert response.status_code == 302
    [message] = mail.outbox
    assert message.to == [editor.email]
    assert "/tili/password/reset/key/" in message.body


def test_unverified_user_gets_a_new_verification_mail_instead_of_signing_in(client, db):
    user = make_user("vahvistamaton@example.fi")
    EmailAddress.objects.create(user=user, email=user.email, verified=False, primary=True)

    response = client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})

    assert response.status_code == 302
    assert "_auth_user_id" not in client.session
    assert "Vahvista" in mail.outbox[0].subject
