from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from events.models import Event
from services.admin import ListingAdminBase


@admin.register(Event)
class EventAdmin(ListingAdminBase):
    kind_fieldset = (
        _("Ajankohta ja paikkamäärä"),
        {"fields": ["starts_at", "ends_at", "capacity", "registration_opens_at", "registration_closes_at"]},
    )
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
