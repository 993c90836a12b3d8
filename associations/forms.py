"""Forms for managing an association: inviting, roles, registering and the public profile."""

from django import forms
from django.utils.translation import gettext_lazy as _

from associations import images
from associations.models import Association, Membership
from tarjotin.forms import multiline_formfield
from vocabularies.models import Municipality


class InvitationForm(forms.Form):
    email = forms.EmailField(
        label=_("Sähköpostiosoite"),
        help_text=_("Henkilö saa tähän osoitteeseen linkin, jolla hän liittyy yhdistykseen."),
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
    )
    role = forms.ChoiceField(
        label=_("Rooli"),
        choices=Membership.Role.choices,
        initial=Membership.Role.EDITOR,
        widget=forms.RadioSelect,
        help_text=_("Muokkaaja lisää ja päivittää ilmoituksia. Pääkäyttäjä voi lisäksi hallita jäseniä ja yhdistyksen tietoja."),
    )

    def __init__(self, *args, association: Association, **kwargs):
        super().__init__(*args, **kwargs)
        self.association = association

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if self.association.memberships.filter(user__email__iexact=email).exists():
            raise forms.ValidationError(_("Henkilö on jo yhdistyksen jäsen."), code="member")
        return email


class InvitationAcceptForm(forms.Form):
    """Joining through an invitation; with another address than the invited one, only when confirmed."""

    confirm_other_address = forms.BooleanField(
        required=True, error_messages={"required": _("Vahvista, että liityt tällä tunnuksella.")}
    )

    def __init__(self, *args, invitation, user, **kwargs):
        super().__init__(*args, **kwargs)
        if invitation.is_addressed_to(user):
            del self.fields["confirm_other_address"]
        else:
            self.fields["confirm_other_address"].label = _(
                "Liityn tunnuksella %(current)s, vaikka kutsu lähetettiin osoitteeseen %(invited)s. "
                "Yhdistyksen pääkäyttäjille kerrotaan tästä."
            ) % {"current": user.email, "invited": invitation.email}


class RoleForm(forms.Form):
    role = forms.ChoiceField(label=_("Rooli"), choices=Membership.Role.choices)


def _municipality_field():
    return forms.ModelMultipleChoiceField(
        label=_("Toimintakunnat"),
        queryset=Municipality.objects.order_by("name_fi"),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Kunnat, joissa yhdistys toimii. Niitä ehdotetaan uusille ilmoituksille."),
    )


class AssociationRegistrationForm(forms.ModelForm):
    municipalities = _municipality_field()

    class Meta:
        model = Association
        fields = ["name", "business_id", "municipalities", "description", "email", "phone", "website"]
        formfield_callback = multiline_formfield  # the description's line breaks stored as \n
        labels = {"name": _("Yhdistyksen nimi"), "business_id": _("Y-tunnus"), "description": _("Kuvaus")}
        help_texts = {
            "business_id": _("Esimerkiksi 1234567-8. Jos yhdistys on rekisteröimätön, jätä tyhjäksi."),
            "description": _("Kerro lyhyesti, mitä yhdistys tekee ja kenelle."),
            "website": _("Esimerkiksi www.yhdistys.fi"),
        }

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        if Association.objects.filter(name__iexact=name).exists():
            raise forms.ValidationError(
                _("Tämän niminen yhdistys on jo palvelussa. Pyydä sen pääkäyttäjää kutsumaan sinut jäseneksi."),
                code="exists",
            )
        return name

    def clean_business_id(self):
        business_id = self.cleaned_data["business_id"].strip()
        if business_id and Association.objects.filter(business_id=business_id).exists():
            raise forms.ValidationError(
                _("Yhdistys tällä Y-tunnuksella on jo palvelussa. Pyydä sen pääkäyttäjää kutsumaan sinut jäseneksi."),
                code="exists",
            )
        return business_id


class AssociationProfileForm(forms.ModelForm):
    municipalities = _municipality_field()

    class Meta:
        model = Association
        fields = [
            "description",
            "municipalities",
            "email",
            "phone",
            "street_address",
            "postal_code",
            "post_office",
            "website",
            "logo",
        ]
        labels = {"description": _("Kuvaus")}
        formfield_callback = multiline_formfield  # the description's line breaks stored as \n
        help_texts = {
            "description": _("Kerro lyhyesti, mitä yhdistys tekee ja kenelle. Teksti näkyy yhdistyksen sivulla."),
            "logo": _("PNG-, JPEG- tai WebP-kuva, enintään 2 Mt. Kuva pienennetään ja sen tiedot (esim. sijainti) poistetaan."),
        }
        widgets = {"logo": forms.ClearableFileInput(attrs={"accept": "image/png,image/jpeg,image/webp"})}

    def clean_postal_code(self):
        postal_code = self.cleaned_data["postal_code"].strip()
        if postal_code and not (len(postal_code) == 5 and postal_code.isdigit()):
            raise forms.ValidationError(_("Anna postinumero viidellä numerolla, esimerkiksi 01900."), code="format")
        return postal_code

    def clean_logo(self):
        logo = self.cleaned_data["logo"]
        # False: "remove the logo" was ticked; the stored file (no .content_type): unchanged.
        if not logo or not hasattr(logo, "content_type"):
            return logo
        return images.clean_logo(logo)
