"""The "I'm interested" form of a volunteer role, and the association's change of its state."""

from django import forms
from django.utils.translation import gettext_lazy as _

from services.bot_trap import BotTrapField
from services.models import VolunteerInterest


class VolunteerInterestForm(forms.ModelForm):
    consent = forms.BooleanField(
        label=_("Annan luvan välittää tietoni yhdistykselle, jotta se voi ottaa minuun yhteyttä tästä tehtävästä."),
        error_messages={"required": _("Yhdistys tarvitsee luvan ottaa sinuun yhteyttä. Rastita kohta.")},
    )
    website = BotTrapField()

    class Meta:
        model = VolunteerInterest
        fields = ["name", "contact", "message"]
        labels = {"name": _("Nimi"), "contact": _("Sähköposti tai puhelin"), "message": _("Viesti yhdistykselle")}
        help_texts = {"message": _("Esimerkiksi milloin sinulla on aikaa tai mitä haluaisit tietää.")}
        widgets = {"message": forms.Textarea(attrs={"rows": 4})}
        error_messages = {
            "name": {"required": _("Kirjoita nimesi."), "max_length": _("Nimi on liian pitkä.")},
            "contact": {"required": _("Kirjoita sähköposti tai puhelinnumero, jotta yhdistys tavoittaa sinut.")},
            "message": {"max_length": _("Viesti on liian pitkä (enintään %(limit_value)d merkkiä).")},
        }


class InterestStateForm(forms.Form):
    state = forms.ChoiceField(label=_("Tila"), choices=VolunteerInterest.State.choices)
