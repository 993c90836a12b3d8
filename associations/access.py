"""The one place that decides whether a person may touch an association's data.

Every view that reads or changes an association's own (non-public) data goes through these
helpers: people outside the association get 404, as if it did not exist; members whose role is
too low for the action get 403.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404

from associations.models import Association, Membership


def get_membership(user, association: Association) -> Membership:
    """The user's membership in the association, or 404 for anyone else."""
    if not user.is_authenticated:
        raise Http404
    membership = Membership.objects.filter(user=user, association=association).first()
    if membership is None:
        raise Http404
    return membership


def association_for(user, slug: str, action: str) -> tuple[Association, Membership]:
    """The association with this slug if the user may do `action` in it: 404 outsider, 403 too low a role."""
    association = get_object_or_404(Association, slug=slug)
    membership = get_membership(user, association)
    if not membership.can(action):
        raise PermissionDenied
    return association, membership
