"""The permission table: which role may do what, tested in one place."""

import pytest
from django.core.exceptions import PermissionDenied
from django.http import Http404

from associations.access import association_for
from associations.models import Action, Membership

ADMIN_ONLY = {Action.EDIT_PROFILE, Action.MANAGE_MEMBERS}


@pytest.mark.parametrize("action", list(Action))
@pytest.mark.parametrize("role", list(Membership.Role))
def test_permission_table(role, action):
    allowed = role == Membership.Role.ADMIN or action not in ADMIN_ONLY
    assert (action in Membership.PERMISSIONS[role]) is allowed


@pytest.mark.parametrize("action", list(Action))
def test_outsider_gets_404_for_every_action(association, outsider, action):
    with pytest.raises(Http404):
        association_for(outsider, association.slug, action)


def test_editor_gets_403_for_admin_actions(association, editor):
    with pytest.raises(PermissionDenied):
        association_for(editor, association.slug, Action.MANAGE_MEMBERS)
    assert association_for(editor, association.slug, Action.EDIT_LISTINGS)[0] == association


def test_anonymous_gets_404(association):
    from django.contrib.auth.models import AnonymousUser

    with pytest.raises(Http404):
        association_for(AnonymousUser(), association.slug, Action.VIEW_DASHBOARD)
