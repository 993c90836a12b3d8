from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.models import Counsellor


class SignupForm(forms.Form):
    """What allauth's sign-up form asks besides the email and password (settings.ACCOUNT_SIGNUP_FORM_CLASS).

    The name shows to the other members of one's associations instead of a bare email address.
    """

    first_name = forms.CharField(label=_("Etunimi"), max_length=150, widget=forms.TextInput(attrs={"autocomplete": "given-name"}))
    last_name = forms.CharField(
        label=_("Sukunimi"), max_length=150, required=False, widget=forms.TextInput(attrs={"autocomplete": "family-name"})
    )

    field_order = ["email", "first_name", "last_name", "password1", "password2"]

    def signup(self, request, user):
        # allauth's adapter already copied first_name and last_name from cleaned_data.
        pass


class CounsellorRequestForm(forms.ModelForm):
    """A service counsellor asks for the role; staff check the person and approve in admin."""

    class Meta:
        model = Counsellor
        fields = ["organisation", "job_title"]
        labels = {"organisation": _("Organisaatio"), "job_title": _("Tehtävänimike")}
        help_texts = {
            "organisation": _("Esimerkiksi Keusote, palveluohjaus tai FSHKY, sosiaalityö."),
            "job_title": _("Esimerkiksi palveluohjaaja."),
        }
        error_messages = {"organisation": {"required": _("Kirjoita organisaatiosi.")}}
