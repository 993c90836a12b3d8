from django import forms
from django.core.exceptions import ValidationError

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
