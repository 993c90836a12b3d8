"""The demo content as plain data: what demo/generate.py plans and demo/load.py writes."""

from dataclasses import dataclass, field
from decimal import Decimal

from demo.associations import AssociationType
from demo.places import Locality


@dataclass
class PlacePlan:
    name: str
    street_address: str
    postal_code: str
    municipality: str
    locality: Locality
    is_accessible: bool
    accessibility: str
    latitude: Decimal
    longitude: Decimal


@dataclass
class AssociationPlan:
    type: AssociationType
    municipalities: list[str]  # home first
    locality: Locality
    fields: dict  # Association model fields
    places: list[PlacePlan]
    demo_member_is_admin: bool = False


@dataclass
class ListingPlan:
    association: int  # index into Plan.associations
    place: int | None  # index into that association's places
    fields: dict  # Listing model fields
    m2m: dict = field(default_factory=dict)  # field name -> vocabulary slugs
    tags: list = field(default_factory=list)


@dataclass
class Plan:
    associations: list[AssociationPlan]
    listings: list[ListingPlan]
