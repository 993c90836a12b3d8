"""Registering a new association, and its approval in admin."""

from django.contrib.admin import helpers
from django.core import mail
from django.urls import reverse

from associations.models import Association, Membership
from tests.factories import make_user
from vocabularies.models import Municipality

URL = reverse("manage:register")


def _data(**fields):
    municipalities = Municipality.objects.filter(slug__in=["nurmijarvi", "tuusula"]).values_list("pk", flat=True)
    return {
        "name": "Tuusulan  Kävelykaverit",
        "business_id": "",
        "municipalities": [str(pk) for pk in municipalities],
        "description": "Kävelemme yhdessä joka keskiviikko.",
        "email": "kavely@example.fi",
        "phone": "040 123 4567",
        "website": "kavelykaverit.fi",
        **fields,
    }


def test_form_shows_municipalities_as_checkboxes(client, editor):
    client.force_login(editor)

    response = client.get(URL)

    assert response.status_code == 200
    assert 'type="checkbox" name="municipalities"' in response.text
    assert "<legend>Toimintakunnat</legend>" in response.text


def test_person_registers_an_association_and_becomes_its_admin(client, editor):
    client.force_login(editor)

    response = client.post(URL, _data())

    association = Association.objects.get(name="Tuusulan Kävelykaverit")
    assert response.status_code == 302
    assert response.url == reverse("manage:profile", args=[association.slug])
    assert association.slug == "tuusulan-kavelykaverit"
    assert association.approved_at is None
    assert association.role_of(editor) == Membership.Role.ADMIN
    assert {m.slug for m in association.municipalities.all()} == {"nurmijarvi", "tuusula"}
    assert association.website == "https://kavelykaverit.fi"


def test_new_association_is_not_public_before_approval(client, editor):
    client.force_login(editor)
    client.post(URL, _data())
    association = Association.objects.get(name="Tuusulan Kävelykaverit")

    assert client.get(association.get_absolute_url()).status_code == 404


def test_business_id_is_validated(client, editor):
    client.force_login(editor)

    response = client.post(URL, _data(business_id="1234567-2"))

    assert response.status_code == 200
    assert "tarkistusnumero" in response.text
    assert 'value="Tuusulan  Kävelykaverit"' in response.text
    assert not Association.objects.filter(name__startswith="Tuusulan").exists()


def test_valid_business_id_is_saved(client, editor):
    client.force_login(editor)

    client.post(URL, _data(business_id="0737546-2"))

    assert Association.objects.get(name="Tuusulan Kävelykaverit").business_id == "0737546-2"


def test_an_existing_association_is_not_registered_twice(client, association, editor):
    client.force_login(editor)

    response = client.post(URL, _data(name="nurmijärven eläkkeensaajat"))

    assert response.status_code == 200
    assert "on jo palvelussa" in response.text
    assert Association.objects.filter(name__iexact="nurmijärven eläkkeensaajat").count() == 1


def test_same_name_gets_a_free_slug(client, editor, other_association):
    Association.objects.filter(pk=other_association.pk).update(slug="tuusulan-kavelykaverit")
    client.force_login(editor)

    client.post(URL, _data())

    assert Association.objects.get(name="Tuusulan Kävelykaverit").slug == "tuusulan-kavelykaverit-2"


def test_missing_fields_are_shown_next_to_them(client, editor):
    client.force_login(editor)

    response = client.post(URL, _data(name="", municipalities=[]))

    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"name", "municipalities"}
    assert response.text.count('class="field field-error"') == 2


def test_visitor_must_sign_in_to_register(client, db):
    response = client.post(URL, _data())

    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))
    assert not Association.objects.filter(name__startswith="Tuusulan").exists()


def test_liaison_approves_and_the_admins_get_a_mail(client, liaison, django_capture_on_commit_callbacks):
    association = Association.objects.create(name="Forssan Kuoro", slug="forssan-kuoro")
    admin_user = make_user("kuoro@example.fi", first_name="Kaija")
    Membership.objects.create(user=admin_user, association=association, role=Membership.Role.ADMIN)
    Membership.objects.create(user=make_user("laulaja@example.fi"), association=association)
    client.force_login(liaison)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("admin:associations_association_changelist"),
            {"action": "approve_selected", helpers.ACTION_CHECKBOX_NAME: [association.pk]},
        )

    association.refresh_from_db()
    assert response.status_code == 302
    assert association.is_approved
    [message] = mail.outbox
    assert message.to == ["kuoro@example.fi"]
    assert message.subject == "Forssan Kuoro on hyväksytty Hyvinvointitarjottimeen"
    assert "Hei Kaija!" in message.body
    assert "/yhdistykset/forssan-kuoro/" in message.body


def test_approving_an_approved_association_sends_nothing(client, liaison, association, assoc_admin, django_capture_on_commit_callbacks):
    client.force_login(liaison)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("admin:associations_association_changelist"),
            {"action": "approve_selected", helpers.ACTION_CHECKBOX_NAME: [association.pk]},
        )

    assert mail.outbox == []
