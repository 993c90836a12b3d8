"""The catalogue's filters, declared once for the catalogue page, the feeds and the API.

The FilterSet validates the query string. Its `qs` filters in SQL and is the plain reference
the tests hold the fast in-memory index (catalogue/index.py) against; the pages use the index.
"""

import datetime
import functools
from functools import partial

import django_filters
from django import forms
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from catalogue import index, place_index
from services import geocoding
from services.edit_form import validate_year
from events.models import Occurrence
from services.models import Listing, TimeOfDay

DATE_WIDGET = forms.DateInput(attrs={"type": "date"})
WHEN_CHOICES = [("today", _("Tänään")), ("week", _("Tällä viikolla")), ("month", _("Tässä kuussa"))]
SORT_CHOICES = [("", _("Osuvimmat")), ("soonest", _("Pian alkavat ja uusimmat")), ("distance", _("Lähimmät ensin"))]


class NearField(forms.CharField):
    """A typed postal code, town or village, or "lat,lon": cleaned to a geocoding.Location."""

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return None
        location = geocoding.locate(value)
        if location is None:
            raise forms.ValidationError(
                _("Paikkaa ei tunnistettu. Kirjoita postinumero (esimerkiksi 04300) tai paikkakunta (esimerkiksi Jokela).")
            )
        return location


class NearFilter(django_filters.Filter):
    field_class = NearField


def _events_with_dates(*conditions, **lookups) -> Q:
    """Events with a date, not yet over, that meets the conditions (dates are events/models/occurrence.py)."""
    dates = Occurrence.objects.upcoming().filter(*conditions, **lookups).values("event_id")
    return Q(kind=Listing.Kind.EVENT, pk__in=dates)


def _options(key):
    return index.fixed_options()[key]


def _multiple(key, choices, method):
    return django_filters.MultipleChoiceFilter(
        choices=choices, method=method, widget=forms.CheckboxSelectMultiple, label=dict((f.key, f.label) for f in index.FACETS)[key]
    )


class CatalogueFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_query", label=_("Hakusanat"), max_length=200)
    kind = _multiple("kind", Listing.Kind.choices, "filter_kind")
    meets_in = _multiple("meets_in", partial(index.vocabulary_choices, "meets_in"), "filter_meets_in")
    municipality = _multiple("municipality", partial(index.vocabulary_choices, "municipality"), "filter_term")
    target_group = _multiple("target_group", partial(index.vocabulary_choices, "target_group"), "filter_term")
    theme = _multiple("theme", partial(index.vocabulary_choices, "theme"), "filter_term")
    life_situation = _multiple("life_situation", partial(index.vocabulary_choices, "life_situation"), "filter_term")
    activity_type = _multiple("activity_type", partial(index.vocabulary_choices, "activity_type"), "filter_term")
    language = _multiple("language", partial(index.vocabulary_choices, "language"), "filter_term")
    weekday = _multiple("weekday", partial(_options, "weekday"), "filter_weekday")
    time_of_day = _multiple("time_of_day", partial(_options, "time_of_day"), "filter_time_of_day")
    cost = _multiple("cost", partial(_options, "cost"), "filter_cost")
    mode = _multiple("mode", partial(_options, "mode"), "filter_mode")
    registration = _multiple("registration", partial(_options, "registration"), "filter_registration")
    accessible = _multiple("accessible", partial(_options, "accessible"), "filter_accessible")
    when = django_filters.ChoiceFilter(choices=WHEN_CHOICES, method="filter_dates", label=_("Milloin"), empty_label=_("Milloin tahansa"))
    # A year far off (9999-12-31) is a typo or a probe; it would also overflow the date arithmetic.
    date_from = django_filters.DateFilter(
        method="filter_dates", label=_("Alkaen"), widget=DATE_WIDGET, validators=[validate_year]
    )
    date_to = django_filters.DateFilter(
        method="filter_dates", label=_("Päättyen"), widget=DATE_WIDGET, validators=[validate_year]
    )
    near = NearFilter(method="filter_nothing", label=_("Lähellä"), max_length=200)
    within = django_filters.MultipleChoiceFilter(
        choices=place_index.WITHIN_CHOICES, method="filter_within", widget=forms.CheckboxSelectMultiple, label=_("Etäisyys")
    )
    sort = django_filters.ChoiceFilter(choices=SORT_CHOICES, method="filter_nothing", label=_("Järjestys"), empty_label=None)

    class Meta:
        model = Listing
        fields = []

    @property
    def qs(self):
        queryset = super().qs
        now = timezone.now()
        return queryset.published().exclude(kind=Listing.Kind.EVENT, ends_at__lt=now).distinct()

    def filter_query(self, queryset, name, value):
        ids = index.search.matching_ids(value)
        return queryset if ids is None else queryset.filter(pk__in=ids)

    def filter_kind(self, queryset, name, values):
        return queryset.filter(kind__in=values)

    def filter_term(self, queryset, name, values):
        field = next(f.through for f in index.VOCABULARY_FACETS if f.key == name)
        return queryset.filter(**{f"{field}__slug__in": values})

    def filter_meets_in(self, queryset, name, values):
        return queryset.filter(place__municipality__slug__in=values)

    def filter_within(self, queryset, name, values):
        origin = self.form.cleaned_data.get("near")
        if not origin:
            return queryset
        km = max(int(value) for value in values)
        located = Listing.objects.filter(place__latitude__isnull=False)
        rows = located.values_list("id", "place__latitude", "place__longitude")
        return queryset.filter(pk__in=[pk for pk, lat, lon in rows if origin.distance_km(float(lat), float(lon)) <= km])

    def filter_weekday(self, queryset, name, values):
        days = [index.WEEKDAY_SLUGS.index(v) for v in values]
        activities = Q(kind__in=[Listing.Kind.ACTIVITY, Listing.Kind.VOLUNTEER_ROLE], weekdays_hit__gt=0)
        events = _events_with_dates(starts_at__iso_week_day__in=[d + 1 for d in days])
        mask = sum(1 << d for d in days)
        return queryset.alias(weekdays_hit=_bitand("weekdays", mask)).filter(activities | events)

    def filter_time_of_day(self, queryset, name, values):
        moments = [index.TIME_SLUGS.index(v) for v in values]
        activities = Q(kind__in=[Listing.Kind.ACTIVITY, Listing.Kind.VOLUNTEER_ROLE], times_hit__gt=0)
        hours = {TimeOfDay.MORNING: Q(starts_at__hour__lt=12), TimeOfDay.AFTERNOON: Q(starts_at__hour__gte=12, starts_at__hour__lt=17), TimeOfDay.EVENING: Q(starts_at__hour__gte=17)}
        events = _events_with_dates(_any(hours[m] for m in moments))
        mask = sum(1 << m for m in moments)
        return queryset.alias(times_hit=_bitand("times_of_day", mask)).filter(activities | events)

    def filter_cost(self, queryset, name, values):
        return queryset.filter(is_free=True)

    def filter_mode(self, queryset, name, values):
        condition = Q()
        if "onsite" in values:
            condition |= Q(place__isnull=False)
        if "online" in values:
            condition |= Q(is_online=True)
        return queryset.filter(condition)

    def filter_registration(self, queryset, name, values):
        if set(values) == {"required", "not-required"}:
            return queryset
        return queryset.filter(registration_required="required" in values)

    def filter_accessible(self, queryset, name, values):
        return queryset.filter(place__is_accessible=True)

    def filter_dates(self, queryset, name, value):
        span = index.date_range(self.form.cleaned_data)
        if not span:
            return queryset
        start, end = span
        tz = timezone.get_current_timezone()
        range_start = datetime.datetime.combine(start, datetime.time.min, tz)
        range_end = datetime.datetime.combine(end + datetime.timedelta(days=1), datetime.time.min, tz)
        events = _events_with_dates(starts_at__lt=range_end, ends_at__gte=range_start)
        activities = Q(kind=Listing.Kind.ACTIVITY)
        if (end - start).days < 6:
            mask = sum(1 << (start + datetime.timedelta(days=o)).weekday() for o in range((end - start).days + 1))
            return queryset.alias(range_hit=_bitand("weekdays", mask)).filter(events | (activities & Q(range_hit__gt=0)))
        return queryset.filter(events | activities)

    def filter_nothing(self, queryset, name, value):
        return queryset

    def filter_queryset(self, queryset):
        # The three date fields form one filter: apply it once.
        seen_dates = False
        for name, value in self.form.cleaned_data.items():
            if name in ("when", "date_from", "date_to"):
                if seen_dates or not value:
                    continue
                seen_dates = True
            queryset = self.filters[name].filter(queryset, value)
        return queryset


def _bitand(field, mask):
    return F(field).bitand(mask)


def _any(conditions):
    combined = Q(pk__in=[])
    for condition in conditions:
        combined |= condition
    return combined


class SharedFields(dict):
    """A form's fields that every instance shares instead of deep-copying them.

    Django copies the fields into each form so that one instance may change its own; the
    catalogue's forms never do (the page writes its inputs by hand), and copying twenty fields
    with their choices cost about a millisecond of every catalogue request.
    """

    def __deepcopy__(self, memo):
        return dict(self)


@functools.cache
def catalogue_form_class():
    """CatalogueFilter's form class, built once: a FilterSet deep-copies all its filters when made."""
    form_class = CatalogueFilter(queryset=Listing.objects.none()).get_form_class()
    form_class.base_fields = SharedFields(form_class.base_fields)
    return form_class
