"""Where an address is, without asking anyone on the internet.

The project ships the centroids of the postal-code areas of the Keusote and FSHKY municipalities
(`services/data/postal_codes.csv`; where the figures come from and how to replace them with
official data: README, "Places and distances"). A place's coordinates start from its postal
code and can be refined by hand; a typed "near" is a postal code, a town or village name in the
file, or "lat,lon" from the browser's location.
"""

import csv
import functools
import math
import re
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).parent / "data" / "postal_codes.csv"
COORDINATES = re.compile(r"^\s*(-?\d{1,2}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)\s*$")
POSTAL_CODE = re.compile(r"\b(\d{5})\b")
EARTH_RADIUS_KM = 6371.0


@dataclass(frozen=True)
class Location:
    latitude: float
    longitude: float
    label: str  # what the person typed, tidied, for "near …" on the page

    def distance_km(self, latitude: float, longitude: float) -> float:
        """Great-circle distance; good to a few metres at these distances."""
        lat1, lat2 = math.radians(self.latitude), math.radians(latitude)
        dlat, dlon = lat2 - lat1, math.radians(longitude - self.longitude)
        a = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
        return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


@functools.cache
def _areas() -> tuple[dict[str, tuple[float, float]], dict[str, tuple[float, float]]]:
    """(postal code -> centroid, lower-case area name -> centroid of its first postal code)."""
    by_code, by_name = {}, {}
    with DATA.open(encoding="utf-8") as file:
        for row in csv.DictReader(file):
            point = (float(row["latitude"]), float(row["longitude"]))
            by_code[row["postal_code"]] = point
            by_name.setdefault(row["name"].casefold(), point)
    return by_code, by_name


def postal_code_centroid(postal_code: str) -> tuple[float, float] | None:
    return _areas()[0].get((postal_code or "").strip())


def locate(text: str) -> Location | None:
    """A typed postal code, address with a postal code, area name or "lat,lon"; None if unknown."""
    text = (text or "").strip()[:200]
    match = COORDINATES.match(text)
    if match:
        latitude, longitude = float(match[1]), float(match[2])
        if 59 <= latitude <= 71 and 19 <= longitude <= 32:
            return Location(round(latitude, 4), round(longitude, 4), text)
        return None
    by_code, by_name = _areas()
    code = POSTAL_CODE.search(text)
    if code and code[1] in by_code:
        return Location(*by_code[code[1]], text)
    # "Hyryläntie 5, Tuusula" or just "Jokela": the last word that names an area.
    for word in reversed(re.split(r"[,\s]+", text)):
        if word.casefold() in by_name:
            return Location(*by_name[word.casefold()], text)
    return None
