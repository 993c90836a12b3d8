"""The sign-up form a resident (or a counsellor on the phone with them) fills in on the event page."""

import uuid

from django import forms
from django.core.validators import MaxValueValidator
from django.utils.translation import gettext as gettext_now
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from events.models import Occurrence, SignupSettings
from services.bot_trap import BotTrapField
from services.when import when_text


class DateChoiceField(forms.ModelChoiceField):
    labels: dict[int, str] = {}

    def label_from_instance(self, occurrence):
        return self.labels.get(occurrence.pk) or when_text(occurrence.starts_at, occurrence.ends_at)


def date_label(occurrence) -> str:
    """The date with what is left of it: "la 3.10.2026 klo 10.00–14.00 – 4 paikkaa vapaana"."""
    when = when_text(occurrence.starts_at, occurrence.ends_at)
    if getattr(occurrence, "is_full", False):
        return gettext_now("%(when)s – täynnä, voit ilmoittautua jonoon") % {"when": when}
    left = getattr(occurrence, "seats_left", None)
    if left is None:
        return when
    return ngettext("%(when)s – %(count)s paikka vapaana", "%(when)s – %(count)s paikkaa vapaana", left) % {
        "when": when, "count": left,
    }


class RegistrationForm(forms.Form):
    occurrence = DateChoiceField(
        label=_("Ajankohta"), queryset=Occurrence.objects.none(), widget=forms.RadioSelect, empty_label=None,
        error_messages={"required": _("Valitse, mihin ajankohtaan ilmoittaudut."),
                        "invalid_choice": _("Tähän ajankohtaan ei voi enää ilmoittautua. Valitse toinen.")},
    )
    name = forms.CharField(label=_("Nimi"), max_length=120, error_messages={"required": _("Kirjoita nimesi.")})
    email = forms.EmailField(
        label=_("Sähköposti"), required=False, help_text=_("Saat vahvistuksen ja peruutuslinkin tähän osoitteeseen."),
        error_messages={"invalid": _("Tarkista sähköpostiosoite, esimerkiksi nimi@esimerkki.fi.")},
    )
    phone = forms.CharField(label=_("Puhelin"), max_length=40, required=False)
    people = forms.IntegerField(
        label=_("Montako henkilöä tulee"), min_value=1, initial=1,
        error_messages={"min_value": _("Vähintään yksi henkilö."), "max_value": _("Yhdellä ilmoittautumisella voi tulla enintään %(limit_value)s henkilöä."),
                        "invalid": _("Kirjoita henkilömäärä numerona."), "required": _("Kerro, montako henkilöä tulee.")},
    )
    message = forms.CharField(label=_("Lisätiedot"), max_length=1000, required=False, widget=forms.Textarea(attrs={"rows": 3}))
    may_contact = forms.BooleanField(label=_("Yhdistys saa ottaa minuun yhteyttä myöhemmistä tapahtumista."), required=False)
    on_behalf = forms.BooleanField(label=_("Ilmoitan asiakkaan puolesta (esimerkiksi puhelimessa)."), required=False)
    client_consent = forms.BooleanField(
        label=_("Asiakas on antanut luvan ilmoittaa hänet ja antaa yhteystietonsa järjestäjälle."), required=False
    )
    website = BotTrapField()
    submission = forms.UUIDField(widget=forms.HiddenInput, initial=uuid.uuid4)

    def __init__(self, *args, signup: SignupSettings, dates: list[Occurrence], user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.signup = signup
        self.fields["occurrence"].queryset = Occurrence.objects.filter(pk__in=[d.pk for d in dates])
        self.fields["occurrence"].labels = {d.pk: date_label(d) for d in dates}
        if len(dates) == 1:
            self.fields["occurrence"].initial = dates[0].pk
        contact = signup.contact
        self.fields["email"].required = contact == SignupSettings.Contact.EMAIL
        self.fields["phone"].required = contact == SignupSettings.Contact.PHONE
        self.fields["email"].error_messages["required"] = _("Kirjoita sähköpostiosoitteesi.")
        self.fields["phone"].error_messages["required"] = _("Kirjoita puhelinnumerosi.")
        if signup.ask_people:
            self.fields["people"].validators.append(MaxValueValidator(signup.max_people))
            self.fields["people"].widget.attrs["max"] = signup.max_people
        else:
            del self.fields["people"]
        if signup.ask_message:
            self.fields["message"].label = signup.message_label or self.fields["message"].label
        else:
            del self.fields["message"]
        if not signup.ask_consent:
            del self.fields["may_contact"]
        # Signing someone else up is the approved service counsellors' (accounts.Counsellor) tool.
        if user is None or not user.is_authenticated or not user.is_counsellor():
            del self.fields["on_behalf"], self.fields["client_consent"]

    def clean(self):
        cleaned = super().clean()
        if self.signup.contact == SignupSettings.Contact.EITHER and not (cleaned.get("email") or cleaned.get("phone")):
            if "email" not in self.errors and "phone" not in self.errors:
                self.add_error("email", _("Kirjoita sähköposti tai puhelinnumero, jotta järjestäjä tavoittaa sinut."))
        if cleaned.get("on_behalf") and not cleaned.get("client_consent"):
            self.add_error("client_consent", _("Kysy asiakkaalta lupa ennen kuin ilmoitat hänet."))
        return cleaned

    def details(self) -> dict:
        """What is stored about the person: only the fields the association asked for."""
        fields = ("name", "email", "phone", "people", "message", "may_contact")
        return {name: self.cleaned_data[name] for name in fields if name in self.cleaned_data}
