"""The catalogue's facets: which filters there are, their URL keys and their fixed options."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from services.models import Listing, TimeOfDay, Weekday
from vocabularies import models as vocabularies

WEEKDAY_SLUGS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
TIME_SLUGS = ["morning", "afternoon", "evening"]


@dataclass(frozen=True)
class Facet:
    key: str  # the URL parameter
    label: str
    vocabulary: type | None = None  # a vocabularies.Term model, or None for fixed options
    through: str = ""  # the Listing many-to-many field for vocabulary facets


VOCABULARY_FACETS = [
    Facet("municipality", _("Kunnan asukkaille"), vocabularies.Municipality, "municipalities"),
    Facet("target_group", _("Kenelle"), vocabularies.TargetGroup, "target_groups"),
    Facet("theme", _("Teema"), vocabularies.Theme, "themes"),
    Facet("life_situation", _("Elämäntilanne"), vocabularies.LifeSituation, "life_situations"),
    Facet("activity_type", _("Toimintamuoto"), vocabularies.ActivityType, "activity_types"),
    Facet("language", _("Kieli"), vocabularies.Language, "languages"),
]
FIXED_FACETS = [
    Facet("kind", _("Tyyppi")),
    Facet("weekday", _("Viikonpäivä")),
    Facet("time_of_day", _("Vuorokaudenaika")),
    Facet("cost", _("Hinta")),
    Facet("mode", _("Paikka")),
    Facet("registration", _("Ilmoittautuminen")),
    Facet("accessible", _("Esteettömyys")),
]
# Where the place is, as opposed to whom the listing serves (catalogue/place_index.py).
MEETS_IN = Facet("meets_in", _("Kokoontuu kunnassa"), vocabularies.Municipality)
FACETS = [FIXED_FACETS[0], MEETS_IN, *VOCABULARY_FACETS, *FIXED_FACETS[1:]]
FACET_KEYS = [facet.key for facet in FACETS]


def fixed_options() -> dict[str, list[tuple[str, str]]]:
    """Options of the facets that are not vocabularies: (slug, label)."""
    return {
        "kind": [(value, label.capitalize()) for value, label in Listing.Kind.choices],
        "weekday": [(WEEKDAY_SLUGS[value], label.capitalize()) for value, label in Weekday.choices],
        "time_of_day": [(TIME_SLUGS[value], label.capitalize()) for value, label in TimeOfDay.choices],
        "cost": [("free", _("Maksuton"))],
        "mode": [("onsite", _("Paikan päällä")), ("online", _("Verkossa"))],
        "registration": [("required", _("Ilmoittautuminen tarvitaan")), ("not-required", _("Ei ilmoittautumista"))],
        "accessible": [("yes", _("Esteetön paikka"))],
    }
