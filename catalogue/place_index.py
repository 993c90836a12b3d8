"""What the catalogue index knows about where listings meet.

A listing *serves* the municipalities it lists (its residents may join), but it *meets* where its
place is. A counsellor asking for "something in Järvenpää" usually means the second, so the two
are separate facets. Distances are counted here too: from a point the person gives ("near"),
each listing's place is so many kilometres away, which gives the "within N km" facet and the
nearest-first order, both computed in the process like the other facets, without SQL.
"""

from dataclasses import dataclass, field

from django.utils.functional import lazy
from django.utils.translation import gettext

from services.geocoding import Location
from services.models import Listing

WITHIN_KM = [2, 5, 10, 25, 50]
# Labels in the language of each request, not of the process at import.
WITHIN_CHOICES = [(str(km), lazy(lambda km: gettext("alle %(km)s km") % {"km": km}, str)(km)) for km in WITHIN_KM]
MAX_CACHED_ORIGINS = 500


@dataclass
class Nearby:
    distances: dict[int, float]  # position -> km, for listings with a located place
    order: list[int]  # every position: nearest first, then those without a place in default order
    within: dict[str, int]  # "5" -> bitset of the listings at most 5 km away


@dataclass
class Places:
    meets_in: dict[str, list[int]]  # municipality slug -> positions of the listings meeting there
    points: dict[int, tuple[float, float]]  # position -> (latitude, longitude) of its place
    size: int
    nearby: dict[tuple[float, float], Nearby] = field(default_factory=dict)


def read_places(position: dict[int, int]) -> Places:
    """Where each public listing meets, in one query."""
    meets_in: dict[str, list[int]] = {}
    points = {}
    rows = Listing.objects.published().filter(place__isnull=False)
    for listing_id, slug, latitude, longitude in rows.values_list(
        "id", "place__municipality__slug", "place__latitude", "place__longitude"
    ).iterator(chunk_size=10_000):
        p = position.get(listing_id)
        if p is None:
            continue
        meets_in.setdefault(slug, []).append(p)
        if latitude is not None:
            points[p] = (float(latitude), float(longitude))
    return Places(meets_in=meets_in, points=points, size=len(position))


def nearby(places: Places, origin: Location, bitset) -> Nearby:
    """Distances from the origin, kept per origin for as long as the index lives."""
    key = (round(origin.latitude, 3), round(origin.longitude, 3))
    if key not in places.nearby:
        distances = {p: origin.distance_km(*point) for p, point in places.points.items()}
        located = sorted(distances, key=distances.__getitem__)
        rest = [p for p in range(places.size) if p not in distances]
        within = {str(km): bitset(p for p in located if distances[p] <= km) for km in WITHIN_KM}
        if len(places.nearby) >= MAX_CACHED_ORIGINS:
            places.nearby.pop(next(iter(places.nearby)))
        places.nearby[key] = Nearby(distances=distances, order=located + rest, within=within)
    return places.nearby[key]
