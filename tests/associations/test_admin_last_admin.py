"""In admin too, an association keeps at least one admin: memberships cannot be deleted or demoted away."""

from django.forms import inlineformset_factory

from associations.admin import MembershipFormSet
from associations.models import Association, Membership
from tests.factories import admin_url, make_user


def _only_admin(association, assoc_admin):
    return Membership.objects.get(user=assoc_admin, association=association)


def test_liaison_cannot_delete_the_last_admins_membership(liaison_client, association, assoc_admin):
    membership = _only_admin(association, assoc_admin)

    response = liaison_client.post(admin_url(Membership, "delete", membership.pk), {"post": "yes"})

    assert response.status_code == 200
    assert Membership.objects.filter(pk=membership.pk).exists()
    assert "ei olisi enää pääkäyttäjää" in response.text


def test_liaison_cannot_demote_the_last_admin(liaison_client, association, assoc_admin):
    membership = _only_admin(association, assoc_admin)

    response = liaison_client.post(
        admin_url(Membership, "change", membership.pk),
        {"user": assoc_admin.pk, "association": association.pk, "role": Membership.Role.EDITOR},
    )

    assert response.status_code == 200
    assert "Yhdistyksellä on oltava ainakin yksi pääkäyttäjä" in response.text
    assert association.role_of(assoc_admin) == Membership.Role.ADMIN


def test_liaison_can_demote_an_admin_when_another_remains(liaison_client, association, assoc_admin):
    Membership.objects.create(user=make_user("toinen@example.fi"), association=association, role=Membership.Role.ADMIN)
    membership = _only_admin(association, assoc_admin)

    response = liaison_client.post(
        admin_url(Membership, "change", membership.pk),
        {"user": assoc_admin.pk, "association": association.pk, "role": Membership.Role.EDITOR},
    )

    assert response.status_code == 302
    assert association.role_of(assoc_admin) == Membership.Role.EDITOR


def _association_memberships(association, rows):
    FormSet = inlineformset_factory(Association, Membership, formset=MembershipFormSet, fields=["user", "role"], extra=0)
    data = {"memberships-TOTAL_FORMS": str(len(rows)), "memberships-INITIAL_FORMS": str(len(rows))}
    for index, (membership, role, delete) in enumerate(rows):
        data |= {
            f"memberships-{index}-id": str(membership.pk),
            f"memberships-{index}-user": str(membership.user_id),
            f"memberships-{index}-role": role,
        }
        if delete:
            data[f"memberships-{index}-DELETE"] = "on"
    return FormSet(data, instance=association, prefix="memberships")


def test_membership_rows_cannot_remove_or_demote_the_last_admin(association, assoc_admin, editor):
    admin_row, editor_row = _only_admin(association, assoc_admin), Membership.objects.get(user=editor)

    demoted = _association_memberships(association, [(admin_row, "editor", False), (editor_row, "editor", False)])
    deleted = _association_memberships(association, [(admin_row, "admin", True), (editor_row, "editor", False)])
    swapped = _association_memberships(association, [(admin_row, "editor", False), (editor_row, "admin", False)])

    assert not demoted.is_valid() and "ainakin yksi pääkäyttäjä" in str(demoted.non_form_errors())
    assert not deleted.is_valid()
    assert swapped.is_valid(), swapped.non_form_errors()
