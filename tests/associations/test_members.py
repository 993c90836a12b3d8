"""The members page: roles, removing members, and the rule that an association keeps an admin."""

import pytest
from django.urls import reverse

from associations.models import LastAdminError, Membership
from tests.factories import make_user


def _members_url(association):
    return reverse("manage:members", args=[association.slug])


def _role_url(membership):
    return reverse("manage:member-role", args=[membership.association.slug, membership.pk])


def _remove_url(membership):
    return reverse("manage:member-remove", args=[membership.association.slug, membership.pk])


def _membership(user, association):
    return Membership.objects.get(user=user, association=association)


# The page

def test_admin_sees_members_their_roles_and_the_invite_form(client, association, assoc_admin, editor):
    client.force_login(assoc_admin)

    response = client.get(_members_url(association))

    assert response.status_code == 200
    assert [m.user for m in response.context["members"]] == [assoc_admin, editor]
    assert "eero.editor@example.fi" in response.text
    assert "Kutsu uusi jäsen" in response.text


def test_members_page_takes_a_constant_number_of_queries(client, association, assoc_admin, django_assert_max_num_queries):
    for number in range(10):
        Membership.objects.create(user=make_user(f"jasen{number}@example.fi"), association=association)
    client.force_login(assoc_admin)

    with django_assert_max_num_queries(12):
        client.get(_members_url(association))


def test_editor_gets_403_on_the_members_page(client, association, editor):
    client.force_login(editor)

    assert client.get(_members_url(association)).status_code == 403


def test_outsider_gets_404_on_the_members_page(client, association, outsider):
    client.force_login(outsider)

    assert client.get(_members_url(association)).status_code == 404


def test_visitor_is_sent_to_sign_in(client, association):
    response = client.get(_members_url(association))

    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


# Roles

def test_admin_makes_an_editor_admin(client, association, assoc_admin, editor):
    client.force_login(assoc_admin)

    response = client.post(_role_url(_membership(editor, association)), {"role": "admin"})

    assert response.status_code == 302
    assert association.role_of(editor) == Membership.Role.ADMIN


def test_editor_cannot_change_roles(client, association, assoc_admin, editor):
    client.force_login(editor)

    response = client.post(_role_url(_membership(assoc_admin, association)), {"role": "editor"})

    assert response.status_code == 403
    assert association.role_of(assoc_admin) == Membership.Role.ADMIN


def test_outsider_cannot_change_roles(client, association, editor, outsider):
    client.force_login(outsider)

    response = client.post(_role_url(_membership(editor, association)), {"role": "admin"})

    assert response.status_code == 404
    assert association.role_of(editor) == Membership.Role.EDITOR


def test_admin_of_another_association_cannot_reach_a_member_through_their_own_slug(
    client, association, editor, outsider, other_association
):
    client.force_login(outsider)
    url = reverse("manage:member-role", args=[other_association.slug, _membership(editor, association).pk])

    response = client.post(url, {"role": "admin"})

    assert response.status_code == 404
    assert association.role_of(editor) == Membership.Role.EDITOR


def test_last_admin_cannot_demote_themselves(client, association, assoc_admin):
    client.force_login(assoc_admin)

    response = client.post(_role_url(_membership(assoc_admin, association)), {"role": "editor"}, follow=True)

    assert association.role_of(assoc_admin) == Membership.Role.ADMIN
    assert "Yhdistyksellä on oltava ainakin yksi pääkäyttäjä" in response.text


def test_an_admin_may_step_down_when_another_admin_remains(client, association, assoc_admin, editor):
    _membership(editor, association).change_role(Membership.Role.ADMIN)
    client.force_login(assoc_admin)

    client.post(_role_url(_membership(assoc_admin, association)), {"role": "editor"})

    assert association.role_of(assoc_admin) == Membership.Role.EDITOR


def test_unknown_role_is_an_error_message_not_a_crash(client, association, assoc_admin, editor):
    client.force_login(assoc_admin)

    response = client.post(_role_url(_membership(editor, association)), {"role": "kuningas"}, follow=True)

    assert response.status_code == 200
    assert association.role_of(editor) == Membership.Role.EDITOR


def test_role_change_needs_post(client, association, assoc_admin, editor):
    client.force_login(assoc_admin)

    assert client.get(_role_url(_membership(editor, association))).status_code == 405


# Removing

def test_admin_removes_a_member(client, association, assoc_admin, editor):
    client.force_login(assoc_admin)

    response = client.post(_remove_url(_membership(editor, association)))

    assert response.status_code == 302
    assert association.role_of(editor) is None


def test_editor_cannot_remove_members(client, association, assoc_admin, editor):
    client.force_login(editor)

    response = client.post(_remove_url(_membership(assoc_admin, association)))

    assert response.status_code == 403
    assert association.role_of(assoc_admin) == Membership.Role.ADMIN


def test_outsider_cannot_remove_members(client, association, editor, outsider):
    client.force_login(outsider)

    response = client.post(_remove_url(_membership(editor, association)))

    assert response.status_code == 404
    assert association.role_of(editor) == Membership.Role.EDITOR


def test_last_admin_cannot_remove_themselves(client, association, assoc_admin, editor):
    client.force_login(assoc_admin)

    response = client.post(_remove_url(_membership(assoc_admin, association)), follow=True)

    assert association.role_of(assoc_admin) == Membership.Role.ADMIN
    assert "Yhdistyksellä on oltava ainakin yksi pääkäyttäjä" in response.text


def test_unknown_member_is_404(client, association, assoc_admin):
    client.force_login(assoc_admin)

    assert client.post(reverse("manage:member-remove", args=[association.slug, 999999])).status_code == 404


# The rule itself

def test_last_admin_rule_is_on_the_model(association, assoc_admin):
    membership = _membership(assoc_admin, association)

    with pytest.raises(LastAdminError):
        membership.remove()
    with pytest.raises(LastAdminError):
        membership.change_role(Membership.Role.EDITOR)


def test_editors_can_always_be_removed(association, editor):
    _membership(editor, association).remove()

    assert association.role_of(editor) is None
