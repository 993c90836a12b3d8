from django import forms
from django.contrib import admin
from django.shortcuts import redirect
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from services import catalogue, search
from services.fields import FlagsField
from services.forms import ListingForm
from services.models import Activity, Listing, Place, VolunteerRole


@admin.register(Place)
class PlaceAdmin(admin.ModelAdmin):
    list_display = ["name", "street_address", "municipality", "association", "is_accessible"]
    list_filter = ["municipality", "is_accessible"]
    list_select_related = ["municipality", "association"]
    search_fields = ["name", "street_address"]
    autocomplete_fields = ["municipality", "association"]
    fieldsets = [
        (None, {"fields": ["name", "association"]}),
        (_("Osoite"), {"fields": ["street_address", "postal_code", "municipality", "latitude", "longitude"]}),
        (_("Esteettömyys"), {"fields": ["is_accessible", "accessibility"]}),
    ]

    # The catalogue's "accessible" facet reads places.
    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        catalogue.changed()

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        catalogue.changed()

    def delete_queryset(self, request, queryset):
        super().delete_queryset(request, queryset)
        catalogue.changed()


# The order in which a person fills in a listing; the kind's own fieldset goes before moderation.
LISTING_FIELDSETS = [
    (None, {"fields": ["association", "title", "slug", "summary", "description"]}),
    (
        _("Luokittelu"),
        {
            "fields": [
                "target_groups",
                "themes",
                "life_situations",
                "activity_types",
                "municipalities",
                "languages",
                "tags",
            ]
        },
    ),
    (_("Paikka ja esteettömyys"), {"fields": ["place", "is_online", "online_url", "accessibility_notes"]}),
    (_("Hinta ja ilmoittautuminen"), {"fields": ["is_free", "price", "registration_required", "registration_info"]}),
    (_("Yhteystiedot"), {"fields": ["contact_name", "contact_email", "contact_phone"]}),
]
MODERATION_FIELDSET = (
    _("Tarkastus ja ajantasaisuus"),
    {
        "fields": [
            "status",
            "last_confirmed_on",
            "created_by",
            "created_at",
            "updated_at",
            "submitted_at",
            "published_at",
        ]
    },
)

# The vocabularies are short lists: checkboxes show every term at once and need no JavaScript.
CHECKBOX_FIELDS = {"target_groups", "themes", "life_situations", "activity_types", "municipalities", "languages"}

# An icon next to the status text, never instead of it (WCAG 1.4.1: not by colour alone).
STATUS_ICONS = {
    Listing.Status.DRAFT: "admin/img/icon-changelink.svg",
    Listing.Status.PENDING: "admin/img/icon-clock.svg",
    Listing.Status.PUBLISHED: "admin/img/icon-yes.svg",
    Listing.Status.RETURNED: "admin/img/icon-alert.svg",
    Listing.Status.ARCHIVED: "admin/img/icon-no.svg",
}

# Each kind is edited in the admin of its proxy model, which shows the kind's own fields.
KIND_CHANGE_URLS = {
    Listing.Kind.ACTIVITY: "admin:services_activity_change",
    Listing.Kind.EVENT: "admin:events_event_change",
    Listing.Kind.VOLUNTEER_ROLE: "admin:services_volunteerrole_change",
}


class ListingAdminBase(admin.ModelAdmin):
    """What the admins of all listing kinds share; a kind's admin adds `kind_fieldset`."""

    kind_fieldset = None

    form = ListingForm
    list_display = ["title", "association", "status_label", "municipality_names", "last_confirmed_on", "updated_at"]
    list_filter = ["status", "municipalities", "target_groups", "themes"]
    list_select_related = ["association"]
    search_fields = ["title", "summary", "association__name"]
    autocomplete_fields = ["association", "place"]
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["created_by", "created_at", "updated_at", "submitted_at", "published_at"]
    # FlagsField is an integer column; without this the admin would offer a number input.
    formfield_overrides = {FlagsField: {"widget": forms.CheckboxSelectMultiple}}

    def get_fieldsets(self, request, obj=None):
        kind_fieldsets = [self.kind_fieldset] if self.kind_fieldset else []
        return [*LISTING_FIELDSETS, *kind_fieldsets, MODERATION_FIELDSET]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("municipalities")

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name in CHECKBOX_FIELDS:
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # Only now are the tags saved, which the search document includes.
        search.reindex([form.instance])
        catalogue.changed()

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        catalogue.changed()

    def delete_queryset(self, request, queryset):
        super().delete_queryset(request, queryset)
        catalogue.changed()

    @admin.display(description=_("tila"), ordering="status")
    def status_label(self, listing):
        return format_html(
            '<img src="{}" alt="" width="13" height="13"> {}',
            static(STATUS_ICONS[listing.status]),
            listing.get_status_display(),
        )

    @admin.display(description=_("kunnat"))
    def municipality_names(self, listing):
        names = [m.name for m in listing.municipalities.all()]
        if names:
            return ", ".join(names)
        return _("verkossa") if listing.is_online else "–"


@admin.register(Listing)
class ListingAdmin(ListingAdminBase):
    """Every kind in one list, for moderation. Editing opens the admin of the listing's kind."""

    list_display = [
        "title",
        "kind",
        "association",
        "status_label",
        "municipality_names",
        "last_confirmed_on",
        "updated_at",
    ]
    list_filter = ["kind", *ListingAdminBase.list_filter]

    def has_add_permission(self, request):
        # A new listing starts in the admin of its kind, which sets the kind.
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def change_view(self, request, object_id, form_url="", extra_context=None):
        kind = None
        if object_id.isdigit():
            kind = Listing.objects.filter(pk=object_id).values_list("kind", flat=True).first()
        if kind in KIND_CHANGE_URLS:
            return redirect(KIND_CHANGE_URLS[kind], object_id)
        return super().change_view(request, object_id, form_url, extra_context)


@admin.register(Activity)
class ActivityAdmin(ListingAdminBase):
    kind_fieldset = (_("Aikataulu"), {"fields": ["weekdays", "times_of_day", "schedule"]})


@admin.register(VolunteerRole)
class VolunteerRoleAdmin(ListingAdminBase):
    kind_fieldset = (_("Tehtävä"), {"fields": ["time_commitment", "training_offered", "requirements"]})
