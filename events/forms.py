"""The event form of Omat sivut, and its further dates: typed as a list, or as a weekly rule.

The form's own date is the first one; every date becomes an Occurrence of the one event
(events.models.set_dates), so an event on many days is one card, one page and one queue row.
"""

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
from events.models import Occurrence
from services.models import Listing, Weekday


def local_moment(day: datetime.date, time: datetime.time) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, time))


def event_dates(listing: Listing) -> list[Occurrence]:
    """The dates of the event being edited (a working copy's are its original's)."""
    original_pk = listing.working_copy_of_id or listing.pk
    return list(Occurrence.objects.filter(event_id=original_pk)) if original_pk else []


def first_date(listing: Listing):
    dates = event_dates(listing)
    if dates:
        return dates[0].starts_at, dates[0].ends_at
    if listing.starts_at and listing.ends_at:
        return listing.starts_at, listing.ends_at
    return None


def extra_dates_initial(listing: Listing) -> list[dict]:
    """The rows of the further dates as the form shows them: every date after the first."""
    rows = []
    for occurrence in event_dates(listing)[1:]:
        starts, ends = timezone.localtime(occurrence.starts_at), timezone.localtime(occurrence.ends_at)
        rows.append({"date": starts.date(), "start_time": starts.time().replace(second=0, microsecond=0),
                     "end_time": ends.time().replace(second=0, microsecond=0)})
    return rows


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
        first = first_date(self.instance)
        if first:
            starts, ends = timezone.localtime(first[0]), timezone.localtime(first[1])
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
    """One more date of the same event; empty rows are left out (an emptied row drops that date)."""

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
                # A date already saved may have passed; only a new or moved one must lie ahead.
                if start < timezone.now() and form.has_changed():
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
    ExtraDateForm, formset=BaseExtraDateFormSet, extra=3, max_num=60, absolute_max=60, validate_max=True
)

MAX_REPEATS = 100  # a weekly rule over two years; more is a typing mistake


class RepeatForm(forms.Form):
    """A weekly rule: on these weekdays until this day, except the days listed (e.g. holidays)."""

    repeat_weekdays = forms.TypedMultipleChoiceField(
        label=_("Toistuu viikoittain näinä päivinä"), choices=Weekday.choices, coerce=int, required=False,
        widget=forms.CheckboxSelectMultiple, error_messages={"invalid_choice": _("Valitse viikonpäivä listasta.")},
    )
    repeat_until = forms.DateField(
        label=_("Toistuu tähän päivään asti"), widget=DATE_INPUT, required=False, error_messages=DATE_ERRORS,
        validators=[validate_year],
    )
    skip_dates = forms.CharField(
        label=_("Paitsi näinä päivinä"), required=False, max_length=500,
        help_text=_("Esimerkiksi 24.12.2026, 31.12.2026. Erota päivät pilkulla."),
    )

    def clean_skip_dates(self):
        days = []
        for part in filter(None, (p.strip() for p in self.cleaned_data["skip_dates"].split(","))):
            try:
                days.append(datetime.datetime.strptime(part, "%d.%m.%Y").date())
            except ValueError:
                raise ValidationError(_("Kirjoita päivät muodossa 24.12.2026 pilkulla eroteltuina: %(part)s ei käy.") % {"part": part})
        return days

    def clean(self):
        cleaned = super().clean()
        if bool(cleaned.get("repeat_weekdays")) != bool(cleaned.get("repeat_until")) and not self.errors:
            self.add_error("repeat_until" if cleaned.get("repeat_weekdays") else "repeat_weekdays",
                           _("Valitse sekä viikonpäivät että päivä, johon asti tapahtuma toistuu."))
        return cleaned

    def moments(self, event: Listing) -> list[tuple[datetime.datetime, datetime.datetime]]:
        """(start, end) of every day the rule gives after the first date, at the first date's times."""
        weekdays, until = self.cleaned_data.get("repeat_weekdays"), self.cleaned_data.get("repeat_until")
        if not weekdays or not until:
            return []
        first_start, first_end = timezone.localtime(event.starts_at), timezone.localtime(event.ends_at)
        days_long = first_end.date() - first_start.date()
        found, day = [], first_start.date() + datetime.timedelta(days=1)
        while day <= until:
            if day.weekday() in weekdays and day not in self.cleaned_data["skip_dates"]:
                found.append((local_moment(day, first_start.time()), local_moment(day + days_long, first_end.time())))
                if len(found) > MAX_REPEATS:
                    self.add_error("repeat_until", _("Toistoja tulisi yli %(max)s. Valitse aiempi päivä.") % {"max": MAX_REPEATS})
                    return []
            day += datetime.timedelta(days=1)
        return found


class EventDates:
    """The further dates of the event form: the list of rows and the weekly rule, checked together.

    The edit page treats it like the formset it wraps (rows, management form), with the rule
    beside it as `repeat`.
    """

    def __init__(self, data, listing: Listing):
        self.rows = ExtraDateFormSet(data, prefix="dates", initial=extra_dates_initial(listing))
        self.repeat = RepeatForm(data, prefix="repeat")
        self.management_form, self.forms = self.rows.management_form, self.rows.forms

    def __iter__(self):
        return iter(self.rows)

    def non_form_errors(self):
        return self.rows.non_form_errors()

    def is_valid(self) -> bool:
        return all([self.rows.is_valid(), self.repeat.is_valid()])

    def moments(self, event: Listing) -> list[tuple[datetime.datetime, datetime.datetime]]:
        return self.rows.moments(event) + self.repeat.moments(event)

    def has_errors(self) -> bool:
        return self.rows.has_errors() or bool(self.repeat.errors)

    def total_error_count(self) -> int:
        return self.rows.total_error_count() + len(self.repeat.errors)
