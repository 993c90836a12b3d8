"""A form field for bots only: hidden from people (templates/_bot_trap.html), filled in by scripts.

The public forms that mail someone (event sign-up, volunteer interest) carry it beside the rate
limits; a filled one is refused with a message a person could act on, should one ever see it.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


class BotTrapField(forms.CharField):
    def __init__(self, **kwargs):
        super().__init__(label=_("Jätä tämä kenttä tyhjäksi"), required=False, **kwargs)

    def validate(self, value):
        if value:
            raise ValidationError(_("Lomaketta ei voitu lähettää. Jos olet ihminen, tyhjennä kenttä ja yritä uudelleen."))
