"""The form an association fills in for any kind of listing; each kind's form adds its own fields.

Written for volunteers who are not used to computers: plain Finnish labels and examples,
vocabularies as checkboxes, errors that say what to do. Each form lists its fields explicitly and
groups them in `sections` (fieldsets with a legend) in the order a person thinks about them.
The kinds' forms: dashboard/edit_forms.py (activity, volunteer role) and events/forms.py.
"""

import datetime
import re

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from services.forms import ListingForm
from services.models import Listing, Place
from tarjotin.forms import multiline_formfield

NEW_PLACE = "new"
NO_PLACE = ""
TAG_MAX_LENGTH = 100  # taggit's Tag.name

CHECKBOXES = forms.CheckboxSelectMultiple
DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
TIME_INPUT = forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
DATE_ERRORS = {"invalid": _("Kirjoita päivämäärä muodossa 14.3.2026.")}
YEARS_BACK, YEARS_AHEAD = 5, 5


def validate_year(day: datetime.date) -> None:
    """A year people mean: a typo like 20226 or 0026 would otherwise become a moment nobody can store."""
    this_year = timezone.localdate().year
    if not this_year - YEARS_BACK <= day.year <= this_year + YEARS_AHEAD:
        raise ValidationError(_("Tarkista vuosi: %(year)s.") % {"year": day.year})
TIME_ERRORS = {"invalid": _("Kirjoita kellonaika muodossa 18.00.")}

COMMON_FIELDS = [
    "title", "summary", "description",
    "text_language", "title_sv", "summary_sv", "title_en", "summary_en",
    "municipalities", "is_online", "online_url", "accessibility_notes",
    "target_groups", "life_situations", "languages", "themes", "activity_types", "tags",
    "is_free", "price", "registration_required", "registration_info",
    "contact_name", "contact_email", "contact_phone",
    "professional_contact", "referral_practice", "client_briefing",
]
COMMON_LABELS = {
    "title": _("Otsikko"),
    "summary": _("Lyhyt kuvaus"),
    "description": _("Tarkempi kuvaus"),
    "text_language": _("Millä kielellä yllä olevat tekstit on kirjoitettu?"),
    "title_sv": _("Otsikko ruotsiksi"),
    "summary_sv": _("Lyhyt kuvaus ruotsiksi"),
    "title_en": _("Otsikko englanniksi"),
    "summary_en": _("Lyhyt kuvaus englanniksi"),
    "municipalities": _("Kunnat"),
    "is_online": _("Toimintaan voi osallistua verkossa (etäyhteydellä)"),
    "online_url": _("Verkko-osoite"),
    "accessibility_notes": _("Lisätietoja esteettömyydestä"),
    "target_groups": _("Kenelle?"),
    "life_situations": _("Missä elämäntilanteessa oleville?"),
    "languages": _("Millä kielellä?"),
    "themes": _("Aiheet"),
    "activity_types": _("Toimintamuoto"),
    "tags": _("Muut hakusanat"),
    "is_free": _("Maksuton"),
    "price": _("Hinta"),
    "registration_required": _("Osallistujien pitää ilmoittautua etukäteen"),
    "registration_info": _("Miten ilmoittaudutaan?"),
    "contact_name": _("Yhteyshenkilön nimi"),
    "contact_email": _("Sähköposti"),
    "contact_phone": _("Puhelinnumero"),
    "professional_contact": _("Yhteyshenkilö palveluohjaajille"),
    "referral_practice": _("Miten asiakas ohjataan mukaan?"),
    "client_briefing": _("Mitä asiakkaalle kannattaa kertoa ensin?"),
}
COMMON_HELP = {
    "title": _("Lyhyt ja kuvaava, esimerkiksi ”Muistikahvila ikäihmisille”."),
    "summary": _("Yksi tai kaksi virkettä. Tämä näkyy hakutuloksissa otsikon alla."),
    "description": _(
        "Kerro, mitä tehdään, kenelle ja miten mukaan pääsee. Tyhjä rivi aloittaa uuden kappaleen, "
        "ja verkko-osoitteista tulee linkkejä."
    ),
    "title_sv": _("Vapaaehtoinen. Näytetään ruotsinkielisillä sivuilla."),
    "title_en": _("Vapaaehtoinen. Näytetään englanninkielisillä sivuilla."),
    "municipalities": _("Minkä kuntien asukkaille? Valitse vähintään yksi, jos toiminta ei ole verkossa."),
    "online_url": _("Linkki etätapaamiseen tai lisätietoihin, esimerkiksi https://yhdistys.fi/kerho."),
    "accessibility_notes": _("Esimerkiksi kuljetus, avustaja tai induktiosilmukka."),
    "target_groups": _("Valitse kaikki sopivat."),
    "life_situations": _("Valitse, jos toiminta on tarkoitettu tietyssä elämäntilanteessa oleville."),
    "tags": _("Sanoja, joilla toimintaa voisi etsiä, pilkuilla eroteltuina. Esimerkiksi: kahvi, käsityöt."),
    "price": _("Esimerkiksi 5 € / kerta. Täytä, jos toiminta ei ole maksutonta."),
    "registration_info": _("Esimerkiksi: Ilmoittaudu Ainolle 10.3. mennessä, puh. 040 123 4567."),
    "contact_email": _("Osoite, johon kiinnostuneet voivat kirjoittaa. Se näkyy ilmoituksessa."),
    "professional_contact": _("Nimi ja suora numero, johon palveluohjaaja voi soittaa asiakkaan puolesta."),
    "referral_practice": _("Esimerkiksi: palveluohjaaja soittaa etukäteen, asiakas voi tulla suoraan tai tarvitaan lähete."),
    "client_briefing": _("Esimerkiksi: ensimmäisellä kerralla vastassa on vapaaehtoinen, kahvi on ilmaista."),
}
COMMON_ERRORS = {
    "title": {"required": _("Kirjoita otsikko.")},
    "summary": {"required": _("Kirjoita lyhyt kuvaus.")},
    "online_url": {"invalid": _("Kirjoita verkko-osoite kokonaan, esimerkiksi https://yhdistys.fi.")},
    "contact_email": {"invalid": _("Tarkista sähköpostiosoite, esimerkiksi aino@example.fi.")},
}
COMMON_WIDGETS = {
    "summary": forms.Textarea(attrs={"rows": 2}),
    "summary_sv": forms.Textarea(attrs={"rows": 2, "lang": "sv"}),
    "summary_en": forms.Textarea(attrs={"rows": 2, "lang": "en"}),
    "title_sv": forms.TextInput(attrs={"lang": "sv"}),
    "title_en": forms.TextInput(attrs={"lang": "en"}),
    "description": forms.Textarea(attrs={"rows": 8}),
    "accessibility_notes": forms.Textarea(attrs={"rows": 2}),
    "registration_info": forms.TextInput(),
    "contact_phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    "contact_email": forms.EmailInput(attrs={"autocomplete": "email"}),
    "contact_name": forms.TextInput(attrs={"autocomplete": "name"}),
    "professional_contact": forms.Textarea(attrs={"rows": 2}),
    "referral_practice": forms.Textarea(attrs={"rows": 2}),
    "client_briefing": forms.Textarea(attrs={"rows": 2}),
    **{name: CHECKBOXES for name in Listing.CONTENT_M2M},
}


def version_token(listing) -> str:
    return f"{listing.pk}-{listing.version}"


def association_places(association, current=None):
    """The association's own places, most used first, and the listing's current place if it is shared."""
    places = Place.objects.filter(Q(association=association) | Q(pk=getattr(current, "pk", None)))
    return places.select_related("municipality").annotate(uses=Count("listings")).order_by("-uses", "name")


class ListingEditForm(ListingForm):
    """What every kind of listing asks; a kind's form adds its own section (`kind_section`)."""

    place_choice = forms.ChoiceField(
        label=_("Paikka"),
        widget=forms.RadioSelect,
        required=False,
        help_text=_("Valitse yhdistyksen paikoista tai lisää uusi."),
    )
    # Which row and version the form was filled in from, as "id-version" (optimistic locking:
    # dashboard.edit_actions.save_edit refuses a save over changes made after it was shown).
    seen_version = forms.CharField(widget=forms.HiddenInput, required=False)
    kind_section = (None, [])

    class Meta:
        model = Listing
        fields = COMMON_FIELDS
        labels = COMMON_LABELS
        help_texts = COMMON_HELP
        error_messages = COMMON_ERRORS
        widgets = COMMON_WIDGETS
        formfield_callback = multiline_formfield  # textareas store \n line breaks

    def __init__(self, *args, association, **kwargs):
        super().__init__(*args, **kwargs)
        self.association = association
        self.places = {str(place.pk): place for place in association_places(association, self.instance.place)}
        self.fields["place_choice"].choices = [
            *((pk, f"{p.name}, {p.street_address}, {p.municipality.name}") for pk, p in self.places.items()),
            (NEW_PLACE, _("Uusi paikka: kirjoita sen tiedot alle")),
            (NO_PLACE, _("Ei paikkaa: toiminta on verkossa tai eri paikoissa")),
        ]
        if self.instance.pk:
            self.initial.setdefault("place_choice", str(self.instance.place_id or NO_PLACE))
            self.initial["seen_version"] = version_token(self.instance)
        # Left out (an older form still open in a tab, an import), the texts are in Finnish.
        self.fields["text_language"].required = False

    def clean_text_language(self):
        return self.cleaned_data["text_language"] or "fi"

    @property
    def sections(self):
        """(legend, bound fields) in the order of the page."""
        kind_legend, kind_fields = self.kind_section
        groups = [
            (_("Perustiedot"), ["title", "summary", "description"]),
            (_("Kieli ja käännökset"), ["text_language", "title_sv", "summary_sv", "title_en", "summary_en"]),
            (kind_legend, kind_fields),
            (_("Missä"), ["place_choice"]),
            (None, ["municipalities", "is_online", "online_url", "accessibility_notes"]),
            (_("Kenelle"), ["target_groups", "life_situations", "languages"]),
            (_("Aiheet ja hakusanat"), ["themes", "activity_types", "tags"]),
            (_("Hinta ja ilmoittautuminen"), [name for name in self.PRICE_FIELDS if name in self.fields]),
            (_("Yhteystiedot"), ["contact_name", "contact_email", "contact_phone"]),
            (_("Vain palveluohjaajille (ei näy muille)"), ["professional_contact", "referral_practice", "client_briefing"]),
        ]
        return [(legend, [self[name] for name in names]) for legend, names in groups]

    PRICE_FIELDS = ["is_free", "price", "registration_required", "registration_info", "capacity"]

    # Where the model's rules put an error, if the form asks that field differently (see EventEditForm).
    ERROR_FIELDS: dict[str, str] = {}

    def add_error(self, field, error):
        """Errors from Listing.clean() go next to the field the person filled in, never to a missing one."""
        if field is None and isinstance(error, ValidationError) and hasattr(error, "error_dict"):
            for name, errors in error.error_dict.items():
                self.add_model_error(name, errors)
            return
        super().add_error(field, error)

    def add_model_error(self, name, errors):
        target = self.ERROR_FIELDS.get(name, name)
        super().add_error(target if target in self.fields else None, errors)

    def clean_tags(self):
        tags = self.cleaned_data["tags"]
        if any(len(tag) > TAG_MAX_LENGTH for tag in tags):
            raise ValidationError(_("Hakusana saa olla enintään %(max)s merkkiä pitkä.") % {"max": TAG_MAX_LENGTH})
        if len(tags) > 20:
            raise ValidationError(_("Anna enintään 20 hakusanaa."))
        return tags

    def clean_seen_version(self):
        """(id, version) of what the form showed; None when missing or mangled, which never matches."""
        match = re.fullmatch(r"([0-9]{1,18})-([0-9]{1,9})", self.cleaned_data["seen_version"] or "")
        return (int(match[1]), int(match[2])) if match else None

    def clean_place_choice(self):
        choice = self.cleaned_data["place_choice"]
        return self.places[choice] if choice in self.places else choice

    def wants_new_place(self) -> bool:
        return self.data.get(self.add_prefix("place_choice")) == NEW_PLACE

    def check_new_place(self, place_form: "PlaceForm") -> None:
        """Typed a new place but chose another: say so rather than quietly drop what was typed."""
        if self.is_bound and not self.wants_new_place() and PlaceForm.typed_in(self.data):
            self.add_error(
                "place_choice",
                _(
                    "Valitse ”Uusi paikka”, jos haluat käyttää kirjoittamaasi paikkaa, "
                    "tai tyhjennä uuden paikan kentät."
                ),
            )


class PlaceForm(forms.ModelForm):
    """A new place typed inline on the listing form; it becomes one of the association's places."""

    prefix = "place"

    class Meta:
        model = Place
        fields = ["name", "street_address", "postal_code", "municipality", "directions", "is_accessible", "accessibility"]
        formfield_callback = multiline_formfield
        labels = {
            "name": _("Paikan nimi"),
            "street_address": _("Katuosoite"),
            "postal_code": _("Postinumero"),
            "municipality": _("Kunta"),
            "is_accessible": _("Paikka on esteetön"),
            "accessibility": _("Lisätietoja esteettömyydestä"),
        }
        help_texts = {
            "name": _("Esimerkiksi Nurmijärven pääkirjasto, kerhohuone."),
            "is_accessible": _("Sisään pääsee ilman portaita ja tiloissa on esteetön wc."),
            "accessibility": _("Esimerkiksi hissi, induktiosilmukka tai pysäköinti."),
        }
        error_messages = {
            "name": {"required": _("Kirjoita paikan nimi.")},
            "street_address": {"required": _("Kirjoita katuosoite.")},
            "postal_code": {"required": _("Kirjoita postinumero.")},
            "municipality": {"required": _("Valitse kunta.")},
        }
        widgets = {
            "postal_code": forms.TextInput(attrs={"inputmode": "numeric"}),
            "accessibility": forms.Textarea(attrs={"rows": 2}),
            "directions": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, association=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["municipality"].empty_label = _("Valitse kunta")
        if association is not None and not self.is_bound:
            first = association.municipalities.first()
            self.initial.setdefault("municipality", first.pk if first else None)

    @classmethod
    def typed_in(cls, data) -> dict:
        """What was typed into the new-place fields (without the municipality, which has a default)."""
        names = ["name", "street_address", "postal_code", "directions", "accessibility"]
        typed = {name: (data.get(f"{cls.prefix}-{name}") or "").strip() for name in names}
        return {name: value for name, value in typed.items() if value}
