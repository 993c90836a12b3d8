from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from services.diff import changes_since
from services.models import Listing


class ListingForm(forms.ModelForm):
    """What every listing form checks beyond the model's own clean().

    Admin uses it as is (with a proxy model, which gives a new instance its kind); self-service
    forms subclass it with explicit fields.
    """

    class Meta:
        model = Listing
        fields = "__all__"

    def clean(self):
        cleaned_data = super().clean()
        if "municipalities" in self.errors:
            return cleaned_data  # An invalid choice is already reported; "choose one" would only confuse.
        try:
            Listing.check_reach(
                municipalities=cleaned_data.get("municipalities"),
                is_online=cleaned_data.get("is_online"),
            )
        except ValidationError as error:
            self.add_error("municipalities", error.message_dict["municipalities"])
        return cleaned_data


class ListingAdminForm(ListingForm):
    """The admin's listing form, with optimistic locking: the version it was opened at travels in a
    hidden field, and a save over a newer version is refused with what changed in between."""

    seen_version = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0, max_value=2**31 - 1)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["seen_version"] = self.instance.version

    def clean(self):
        cleaned_data = super().clean()
        if not self.instance.pk:
            return cleaned_data
        # Admin saves inside a transaction: the lock holds until this form's changes are saved.
        current = Listing._base_manager.select_for_update().filter(pk=self.instance.pk).first()
        seen = cleaned_data.get("seen_version")
        if current is not None and seen != current.version:
            changed = [str(change.label) for change in changes_since(current.pk, seen, current)] if seen else []
            message = _("Ilmoitusta on muutettu sen jälkeen, kun avasit sen, eikä muutoksiasi tallennettu.")
            if changed:
                message = f"{message} {_('Sillä välin muuttui: %(fields)s.') % {'fields': ', '.join(changed)}}"
            hint = _("Kirjoittamasi on tallessa lomakkeella: tarkista se ja tallenna uudelleen, jos se on yhä oikein.")
            # The next save goes over the version now shown: the person has seen the warning.
            self.data = self.data.copy()
            self.data[self.add_prefix("seen_version")] = current.version
            raise ValidationError(f"{message} {hint}")
        return cleaned_data
