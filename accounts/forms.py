from django import forms
from django.utils.translation import gettext_lazy as _


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
