"""Who may touch a listing: the association's access rule (associations/access.py) applied to one listing."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from associations.access import get_membership
from services.models import Listing


def listing_for(user, pk: int, action: str, queryset=None):
    """A listing of one of the user's associations, if their role allows `action`: 404 / 403 otherwise."""
    queryset = queryset if queryset is not None else Listing.objects.all()
    listing = get_object_or_404(queryset.select_related("association"), pk=pk)
    membership = get_membership(user, listing.association)
    if not membership.can(action):
        raise PermissionDenied
    return listing, membership
