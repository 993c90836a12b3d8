"""What the catalogue index knows about where listings meet.

A listing *serves* the municipalities it lists (its residents may join), but it *meets* where its
place is. A counsellor asking for "something in Järvenpää" usually means the second, so the two
are separate facets; this module lays out the "meets in" one for catalogue/index.py.
"""

from services.models import Listing


def meets_in_members(position: dict[int, int]) -> dict[str, list[int]]:
    """Index positions of the listings meeting in each municipality, keyed by its slug."""
    members: dict[str, list[int]] = {}
    rows = Listing.objects.published().filter(place__isnull=False).values_list("id", "place__municipality__slug")
    for listing_id, slug in rows.iterator(chunk_size=10_000):
        p = position.get(listing_id)
        if p is not None:
            members.setdefault(slug, []).append(p)
    return members
