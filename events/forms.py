"""The event form of Omat sivut, and the extra dates an event may be given at once."""

import copy
import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from services.edit_form import (
    COMMON_ERRORS,
    COMMON_FIELDS,
    COMMON_HELP,
    COMMON_LABELS,
    DATE_ERRORS, DATE_INPUT,
    TIME_ERRORS,
    TIME_INPUT,
    ListingEditForm,
    validate_year,
)
from services.models import Listing


def local_moment(day: datetime.date, time: datetime.time) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, time))


class EventEditForm(ListingEditForm):
    """An event's date and times are asked the way people say them: on this day, from … to …"""

    date = forms.DateField(
        label=_("Päivämäärä"),
        widget=DATE_INPUT,
        error_messages={**DATE_ERRORS, "required": _("Kerro, minä päivänä tapahtuma on.")},
        validators=[validate_year],
    )
    start_time = forms.TimeField(
        label=_("Alkaa kello"),
        widget=TIME_INPUT,
        error_messages={**TIME_ERRORS, "required": _("Kerro, mihin aikaan tapahtuma alkaa.")},
    )
    end_time = forms.TimeField(
        label=_("Päättyy kello"),
        widget=TIME_INPUT,
        error_messages={**TIME_ERRORS, "required": _("Kerro, mihin aikaan tapahtuma päättyy.")},
    )
    end_date = forms.DateField(
        label=_("Päättyy eri päivänä"),
        widget=DATE_INPUT,
        required=False,
        error_messages=DATE_ERRORS,
        validators=[validate_year],
        help_text=_("Täytä vain, jos tapahtuma kestää useamman päivän."),
    )
    kind_section = (_("Milloin"), ["date", "start_time", "end_time", "end_date"])
    # The model states its rules about the moments; the person filled in these fields.
    ERROR_FIELDS = {"starts_at": "date", "ends_at": "end_time", "registration_closes_at": "end_time"}

    class Meta(ListingEditForm.Meta):
        fields = [*COMMON_FIELDS, "capacity"]
        labels = {**COMMON_LABELS, "capacity": _("Paikkojen määrä")}
        help_texts = {
            **COMMON_HELP,
            "capacity": _(
                "Jätä tyhjäksi, jos osallistujien määrää ei ole rajattu. Vain, kun ilmoittautuminen tarvitaan."
            ),
        }
        error_messages = {**COMMON_ERRORS, "capacity": {"invalid": _("Kirjoita paikkojen määrä numerona.")}}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.starts_at and self.instance.ends_at:
            starts, ends = timezone.localtime(self.instance.starts_at), timezone.localtime(self.instance.ends_at)
            minutes = {"second": 0, "microsecond": 0}  # as the form shows them
            self.initial.update(
                date=starts.date(), start_time=starts.time().replace(**minutes), end_time=ends.time().replace(**minutes)
            )
            if ends.date() != starts.date():
                self.initial["end_date"] = ends.date()

    def clean(self):
        cleaned_data = super().clean()
        day, start, end = (cleaned_data.get(name) for name in ("date", "start_time", "end_time"))
        if day and start and end:
            self.instance.starts_at = local_moment(day, start)
            self.instance.ends_at = local_moment(cleaned_data.get("end_date") or day, end)
            moved = {"date", "start_time"} & set(self.changed_data)
            if moved and self.instance.starts_at < timezone.now():
                self.add_error("date", _("Tämä aika on jo mennyt. Tarkista päivämäärä ja kellonaika."))
        else:
            self.instance.starts_at = self.instance.ends_at = None
        return cleaned_data

    def add_model_error(self, name, errors):
        # "Tell when it starts" would only repeat what the date and time fields already say.
        if name in ("starts_at", "ends_at") and self._errors.keys() & {"date", "start_time", "end_time", "end_date"}:
            return
        super().add_model_error(name, errors)


class ExtraDateForm(forms.Form):
    """One more date of the same event; empty rows are left out."""

    date = forms.DateField(
        label=_("Päivämäärä"), widget=DATE_INPUT, required=False, error_messages=DATE_ERRORS, validators=[validate_year]
    )
    start_time = forms.TimeField(label=_("Alkaa kello"), widget=TIME_INPUT, required=False, error_messages=TIME_ERRORS)
    end_time = forms.TimeField(label=_("Päättyy kello"), widget=TIME_INPUT, required=False, error_messages=TIME_ERRORS)

    def clean(self):
        cleaned_data = super().clean()
        if not cleaned_data.get("date") and (cleaned_data.get("start_time") or cleaned_data.get("end_time")):
            self.add_error("date", _("Kerro päivämäärä tai tyhjennä rivin kellonajat."))
        return cleaned_data


class BaseExtraDateFormSet(forms.BaseFormSet):
    def moments(self, event: Listing) -> list[tuple[datetime.datetime, datetime.datetime]]:
        """(start, end) of each extra date, each checked as its own event would be.

        Times left empty are the first date's times. Problems are added to the row; call this
        after the event form is valid, then look at `self.errors` again.
        """
        first_start, first_end = timezone.localtime(event.starts_at), timezone.localtime(event.ends_at)
        days_long = first_end.date() - first_start.date()
        found = []
        for form in self.forms:
            day = form.cleaned_data.get("date") if not form.errors else None
            if not day:
                continue
            start = local_moment(day, form.cleaned_data.get("start_time") or first_start.time())
            end = local_moment(day + days_long, form.cleaned_data.get("end_time") or first_end.time())
            candidate = copy.copy(event)
            candidate.starts_at, candidate.ends_at = start, end
            try:
                candidate.clean()
                if start < timezone.now():
                    raise ValidationError({"date": _("Tämä aika on jo mennyt. Tarkista päivämäärä.")})
            except ValidationError as error:
                for name, errors in error.message_dict.items():
                    form.add_error({"starts_at": "date", "ends_at": "end_time"}.get(name, "date"), errors)
                continue
            found.append((start, end))
        return found

    def has_errors(self) -> bool:
        return any(form.errors for form in self.forms)


ExtraDateFormSet = forms.formset_factory(
    ExtraDateForm, formset=BaseExtraDateFormSet, extra=3, max_num=20, absolute_max=20, validate_max=True
)
