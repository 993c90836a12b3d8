"""The forms of Omat sivut besides the event's: activity and volunteer role, and which form serves which kind.

The shared part of every kind's form is services/edit_form.py; the event's is events/forms.py.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from events.forms import EventEditForm
from services.edit_form import (
    COMMON_FIELDS,
    COMMON_HELP,
    COMMON_LABELS,
    COMMON_WIDGETS,
    NO_PLACE,
    ListingEditForm,
    PlaceForm,
    association_places,
)
from services.models import Listing
from vocabularies.models import Language

# Kinds as they appear in the address of the "add" pages: /omat/<association>/uusi/tapahtuma/.
KIND_SLUGS = {
    "toiminta": Listing.Kind.ACTIVITY,
    "tapahtuma": Listing.Kind.EVENT,
    "vapaaehtoistehtava": Listing.Kind.VOLUNTEER_ROLE,
}


class ActivityEditForm(ListingEditForm):
    kind_section = (_("Milloin"), ["weekdays", "times_of_day", "schedule"])

    class Meta(ListingEditForm.Meta):
        fields = [*COMMON_FIELDS, "weekdays", "times_of_day", "schedule"]
        labels = {
            **COMMON_LABELS,
            "weekdays": _("Minä päivinä?"),
            "times_of_day": _("Mihin aikaan päivästä?"),
            "schedule": _("Aikataulu omin sanoin"),
        }
        help_texts = {
            **COMMON_HELP,
            "schedule": _(
                "Esimerkiksi: Tiistaisin klo 13–15, ei kesä–heinäkuussa. Valitse päivät tai kirjoita aikataulu."
            ),
        }


class VolunteerRoleEditForm(ListingEditForm):
    kind_section = (_("Tehtävä"), ["time_commitment", "training_offered", "requirements"])

    class Meta(ListingEditForm.Meta):
        fields = [*COMMON_FIELDS, "time_commitment", "training_offered", "requirements"]
        labels = {
            **COMMON_LABELS,
            "time_commitment": _("Paljonko tehtävä vie aikaa?"),
            "training_offered": _("Millaisen perehdytyksen vapaaehtoinen saa?"),
            "requirements": _("Mitä tehtävä edellyttää?"),
        }
        help_texts = {
            **COMMON_HELP,
            "time_commitment": _("Esimerkiksi 2 tuntia viikossa vähintään puolen vuoden ajan."),
            "requirements": _("Esimerkiksi rikostaustaote, ajokortti tai ruotsin kielen taito."),
        }
        widgets = {
            **COMMON_WIDGETS,
            "training_offered": forms.Textarea(attrs={"rows": 3}),
            "requirements": forms.Textarea(attrs={"rows": 3}),
        }


def place_form_for(listing_form: ListingEditForm, data) -> PlaceForm:
    """The new-place form: checked only when "new place" is chosen, otherwise just showing what was typed."""
    association = listing_form.association
    if data is not None and listing_form.wants_new_place():
        return PlaceForm(data, association=association)
    if data is None:
        return PlaceForm(association=association)
    names = PlaceForm.Meta.fields
    typed = {name: data.get(f"{PlaceForm.prefix}-{name}") for name in names if data.get(f"{PlaceForm.prefix}-{name}")}
    return PlaceForm(initial=typed, association=association)


FORMS_BY_KIND = {
    Listing.Kind.ACTIVITY: ActivityEditForm,
    Listing.Kind.EVENT: EventEditForm,
    Listing.Kind.VOLUNTEER_ROLE: VolunteerRoleEditForm,
}


def initial_for_new(association, user, kind) -> dict:
    """Sensible first values: the association's municipalities, its usual place, the user as contact."""
    usual_place = association_places(association).filter(uses__gt=0).first()
    initial = {
        "municipalities": list(association.municipalities.values_list("pk", flat=True)),
        "place_choice": str(usual_place.pk) if usual_place else NO_PLACE,
        "contact_email": user.email,
        "contact_name": user.get_full_name(),
        "languages": list(Language.objects.filter(slug="suomi").values_list("pk", flat=True)),
    }
    return initial
