"""The association's forms about sign-ups: what to ask, and a message to everyone signed up."""

from django import forms
from django.utils.translation import gettext_lazy as _

from events.models import SignupSettings


class SignupSettingsForm(forms.ModelForm):
    class Meta:
        model = SignupSettings
        fields = ["is_open", "contact", "ask_people", "max_people", "ask_message", "message_label", "ask_consent"]
        labels = {
            "is_open": _("Ota ilmoittautuminen vastaan tässä palvelussa"),
            "contact": _("Mitä yhteystietoa kysytään"),
            "ask_people": _("Kysy, montako henkilöä tulee"),
            "max_people": _("Enintään henkilöä yhdellä ilmoittautumisella"),
            "ask_message": _("Kysy lisätietoja"),
            "message_label": _("Lisätietokysymys"),
            "ask_consent": _("Kysy lupa ottaa yhteyttä myöhemmistä tapahtumista"),
        }
        help_texts = {
            "is_open": _("Nimi kysytään aina. Paikkamäärä ja ilmoittautumisen takaraja ovat tapahtuman tiedoissa."),
            "message_label": _("Esimerkiksi: Ruokavalio tai muuta, mitä järjestäjän on hyvä tietää."),
        }
        widgets = {"contact": forms.RadioSelect}
        error_messages = {
            "max_people": {"invalid": _("Kirjoita henkilömäärä numerona."), "min_value": _("Vähintään yksi henkilö.")},
        }

    def clean_max_people(self):
        value = self.cleaned_data["max_people"]
        if value is not None and value < 1:
            raise forms.ValidationError(_("Vähintään yksi henkilö."))
        return value


class RegistrantsMailForm(forms.Form):
    subject = forms.CharField(label=_("Aihe"), max_length=120, error_messages={"required": _("Kirjoita viestille aihe.")})
    body = forms.CharField(
        label=_("Viesti"), max_length=5000, widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={"required": _("Kirjoita viesti.")},
    )
