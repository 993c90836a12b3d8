"""The tray's forms: what a counsellor types to hand the tray over."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from catalogue.tray import MAX_NOTE


class TrayNoteForm(forms.Form):
    note = forms.CharField(
        label=_("Oma huomautus tulosteeseen"),
        required=False,
        max_length=MAX_NOTE,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Esimerkiksi ”Soita Marjalle maanantaina”. Älä kirjoita asiakkaan nimeä: huomautus kulkee linkissä."),
        error_messages={"max_length": _("Huomautus saa olla enintään %(limit_value)d merkkiä.")},
    )


class TrayEmailForm(forms.Form):
    """The client's address, used once to send the tray and then forgotten."""

    email = forms.EmailField(
        label=_("Asiakkaan sähköpostiosoite"),
        help_text=_("Osoitetta ei tallenneta. Viesti lähtee kerran."),
        error_messages={
            "required": _("Kirjoita sähköpostiosoite."),
            "invalid": _("Tarkista sähköpostiosoite, esimerkiksi nimi@example.fi."),
        },
    )
    language = forms.ChoiceField(
        label=_("Viestin kieli"),
        choices=settings.LANGUAGES,
        error_messages={"invalid_choice": _("Valitse suomi, ruotsi tai englanti.")},
    )
