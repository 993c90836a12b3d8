"""The listing core: listings of three kinds, their places, workflow, revisions and view counts."""

from services.models.choices import TimeOfDay, Weekday
from services.models.listing import Activity, KindManager, Listing, ListingQuerySet, VolunteerRole, hidden_before, stale_before
from services.models.interest import VolunteerInterest
from services.models.place import Place
from services.models.revision import CatalogueChange, CatalogueRevision
from services.models.view_counts import ListingMonthlyViews
from services.models.workflow import ChangedSinceShown, IllegalTransition, ListingStatus, ListingTransition

__all__ = [
    "Activity",
    "CatalogueChange",
    "CatalogueRevision",
    "ChangedSinceShown",
    "IllegalTransition",
    "KindManager",
    "Listing",
    "ListingMonthlyViews",
    "ListingQuerySet",
    "ListingStatus",
    "ListingTransition",
    "Place",
    "TimeOfDay",
    "VolunteerInterest",
    "VolunteerRole",
    "Weekday",
    "hidden_before",
    "stale_before",
]
