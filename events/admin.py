from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from events.models import Event, Occurrence, Registration, SignupSettings, set_dates
from services.admin import ListingAdminBase


class OccurrenceInline(admin.TabularInline):
    model = Occurrence
    fk_name = "event"
    extra = 0
    fields = ["starts_at", "ends_at", "place"]
    autocomplete_fields = ["place"]


class SignupSettingsInline(admin.StackedInline):
    model = SignupSettings
    fk_name = "event"
    extra = 0


@admin.register(Event)
class EventAdmin(ListingAdminBase):
    kind_fieldset = (
        _("Ajankohta ja paikkamäärä"),
        {
            "fields": ["starts_at", "ends_at", "capacity", "registration_opens_at", "registration_closes_at"],
            "description": _("Alkaa ja päättyy ovat kaikkien päivien ensimmäinen alku ja viimeinen loppu; päivät ovat alla."),
        },
    )
    inlines = [OccurrenceInline, SignupSettingsInline]
    list_display = [
        "title",
        "starts_at",
        "association",
        "status_label",
        "municipality_names",
        "last_confirmed_on",
        "updated_at",
    ]
    date_hierarchy = "starts_at"
    ordering = ["-starts_at"]

    def save_related(self, request, form, formsets, change):
        """The span follows the dates; an event given only a span in admin gets it as its one date."""
        super().save_related(request, form, formsets, change)
        event = form.instance
        if event.working_copy_of_id:
            return
        dates = [(o.starts_at, o.ends_at) for o in Occurrence.objects.filter(event=event)]
        if not dates and event.starts_at and event.ends_at:
            dates = [(event.starts_at, event.ends_at)]
        if dates:
            set_dates(event, dates)


@admin.register(Registration)
class RegistrationAdmin(admin.ModelAdmin):
    """The liaison's view of sign-ups (personal data: the organiser and the liaison only)."""

    list_display = ["name", "occurrence", "status", "position", "people", "attended", "created_at"]
    list_filter = ["status", "attended"]
    search_fields = ["name", "email", "occurrence__event__title"]
    list_select_related = ["occurrence__event"]
    raw_id_fields = ["occurrence"]
    readonly_fields = ["status", "position", "submission", "created_at", "cancelled_at", "anonymised_at", "by_counsellor"]
