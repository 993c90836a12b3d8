"""What the catalogue index knows about where listings meet.

A listing *serves* the municipalities it lists (its residents may join), but it *meets* where its
place is. A counsellor asking for "something in Järvenpää" usually means the second, so the two
are separate facets (the index reads where each listing meets with its row, catalogue/index.py).
Distances are counted here: from a point the person gives ("near"),
each listing's place is so many kilometres away, which gives the "within N km" facet and the
nearest-first order, both computed in the process like the other facets, without SQL.
"""

from dataclasses import dataclass

from django.utils.functional import lazy
from django.utils.translation import gettext

from services.geocoding import Location

WITHIN_KM = [2, 5, 10, 25, 50]
# Labels in the language of each request, not of the process at import.
WITHIN_CHOICES = [(str(km), lazy(lambda km: gettext("alle %(km)s km") % {"km": km}, str)(km)) for km in WITHIN_KM]
MAX_CACHED_ORIGINS = 500


@dataclass
class Nearby:
    distances: dict[int, float]  # position -> km, for listings with a located place
    order: list[int]  # every position: nearest first, then those without a place in default order
    within: dict[str, int]  # "5" -> bitset of the listings at most 5 km away


def nearby(index, origin: Location) -> Nearby:
    """Distances from the origin to the index's located listings, kept per origin for as long as
    the index lives (positions belong to one index)."""
    key = (round(origin.latitude, 3), round(origin.longitude, 3))
    if key not in index.nearby:
        distances = {index.position[pk]: origin.distance_km(*point) for pk, point in index.points.items() if pk in index.position}
        located = sorted(distances, key=distances.__getitem__)
        rest = [p for p in range(len(index.ids)) if p not in distances]
        within = {str(km): index.bitset(p for p in located if distances[p] <= km) for km in WITHIN_KM}
        if len(index.nearby) >= MAX_CACHED_ORIGINS:
            index.nearby.pop(next(iter(index.nearby)))
        index.nearby[key] = Nearby(distances=distances, order=located + rest, within=within)
    return index.nearby[key]
