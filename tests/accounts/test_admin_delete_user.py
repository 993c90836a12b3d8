"""Deleting people in admin never leaves an association without an admin."""

from accounts.models import User
from associations.models import Membership
from tests.factories import admin_url, make_user


def test_liaison_cannot_delete_the_only_admin_of_an_association(liaison_client, association, assoc_admin, editor):
    response = liaison_client.post(admin_url(User, "delete", assoc_admin.pk), {"post": "yes"})

    assert response.status_code == 200
    assert User.objects.filter(pk=assoc_admin.pk).exists()
    assert "Poistoa ei tehty: yhdistyksellä Nurmijärven Eläkkeensaajat ei olisi enää pääkäyttäjää" in response.text


def test_delete_confirmation_says_why_before_anything_is_done(liaison_client, association, assoc_admin):
    response = liaison_client.get(admin_url(User, "delete", assoc_admin.pk))

    assert "Nurmijärven Eläkkeensaajat (ainoa pääkäyttäjä)" in response.text
    assert "Lisää yhdistykselle ensin toinen pääkäyttäjä" in response.text


def test_bulk_delete_refuses_when_it_would_remove_every_admin(liaison_client, association, assoc_admin):
    second = make_user("toinen.admin@example.fi")
    Membership.objects.create(user=second, association=association, role=Membership.Role.ADMIN)

    response = liaison_client.post(
        admin_url(User, "changelist"),
        {"action": "delete_selected", "_selected_action": [assoc_admin.pk, second.pk], "post": "yes"},
    )

    assert response.status_code == 200
    assert User.objects.filter(pk__in=[assoc_admin.pk, second.pk]).count() == 2


def test_an_admin_can_be_deleted_when_another_admin_remains(liaison_client, association, assoc_admin):
    second = make_user("toinen.admin@example.fi")
    Membership.objects.create(user=second, association=association, role=Membership.Role.ADMIN)

    response = liaison_client.post(admin_url(User, "delete", assoc_admin.pk), {"post": "yes"})

    assert response.status_code == 302
    assert not User.objects.filter(pk=assoc_admin.pk).exists()
    assert association.role_of(second) == Membership.Role.ADMIN


def test_an_editor_can_be_deleted(liaison_client, association, assoc_admin, editor):
    response = liaison_client.post(admin_url(User, "delete", editor.pk), {"post": "yes"})

    assert response.status_code == 302
    assert not User.objects.filter(pk=editor.pk).exists()
