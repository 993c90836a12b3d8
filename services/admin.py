from django import forms
from django.conf import settings
from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from services.diff import changes, listing_state, version_state
from services.fields import FlagsField
from associations.history_admin import HistoryAdmin
from services.forms import ListingAdminForm
from services.models import Activity, Listing, Place, VolunteerInterest, VolunteerRole
from services.admin_workflow import (
    WORKFLOW_ACTIONS,
    kind_admin_redirect,
    preview_link,
    seen_version_input,
    transition_list,
)


@admin.register(Place)
class PlaceAdmin(admin.ModelAdmin):
    list_display = ["name", "street_address", "municipality", "association", "is_accessible"]
    list_filter = ["municipality", "is_accessible"]
    list_select_related = ["municipality", "association"]
    search_fields = ["name", "street_address"]
    autocomplete_fields = ["municipality", "association"]
    readonly_fields = ["map_pin"]
    fieldsets = [
        (None, {"fields": ["name", "association"]}),
        (_("Osoite"), {"fields": ["street_address", "postal_code", "municipality", "directions", "latitude", "longitude", "map_pin"]}),
        (_("Esteettömyys"), {"fields": ["is_accessible", "accessibility"]}),
    ]

    class Media:
        css = {"all": ["vendor/leaflet/leaflet.css"]}
        js = ["vendor/leaflet/leaflet.js", "js/place_pin.js"]

    @admin.display(description=_("Sijainti kartalla"))
    def map_pin(self, obj):
        # place_pin.js draws a map here with a pin to drag onto the door; the figures above are
        # filled in as it moves. Without tiles (offline) the figures can still be typed.
        return format_html(
            '<div class="place-pin" data-tiles="{}" data-help="{}"></div>',
            settings.MAP_TILES_URL,
            gettext("Vedä merkki oikeaan kohtaan; leveys- ja pituusaste päivittyvät."),
        )

    def save_model(self, request, obj, form, change):
        # Left empty, the coordinates come from the postal code so the place shows on the map
        # and in distance searches; a figure typed in is kept.
        obj.locate()
        super().save_model(request, obj, form, change)



# The order in which a person fills in a listing; the kind's own fieldset goes before moderation.
LISTING_FIELDSETS = [
    (None, {"fields": ["association", "title", "slug", "summary", "description", "seen_version"]}),
    (_("Tekstien kieli ja käännökset"), {"fields": ["text_language", "title_sv", "summary_sv", "title_en", "summary_en"]}),
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
    (_("Vain palveluohjaajille"), {"fields": ["professional_contact", "referral_practice", "client_briefing"]}),
]
MODERATION_FIELDSET = (
    _("Tarkastus ja ajantasaisuus"),
    {
        "fields": [
            "status",
            "workflow_steps",
            "return_reason",
            "published_without_review",
            "preview",
            "last_confirmed_on",
            "freshness_reminded_at",
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


class StaleFilter(admin.SimpleListFilter):
    """Published listings whose association has not confirmed them lately (services.models.stale_before)."""

    title = _("vanhentuneet")
    parameter_name = "stale"

    def lookups(self, request, model_admin):
        return [
            ("stale", _("ei vahvistettu %(months)s kuukauteen") % {"months": settings.FRESHNESS_MONTHS}),
            ("hidden", _("piilossa luettelosta, kunnes vahvistetaan")),
        ]

    def queryset(self, request, queryset):
        if self.value() == "stale":
            return queryset.stale()
        if self.value() == "hidden":
            return queryset.hidden_as_stale()
        return queryset


class ListingAdminBase(HistoryAdmin):
    """What the admins of all listing kinds share; a kind's admin adds `kind_fieldset`.

    Every save is a version (django-simple-history, services/history.py); the history page lists
    them and opening one shows what restoring it would change (`history_form_view`).
    """

    kind_fieldset = None

    form = ListingAdminForm
    list_display = ["title", "association", "status_label", "municipality_names", "last_confirmed_on", "updated_at"]
    list_filter = ["status", StaleFilter, "municipalities", "target_groups", "themes"]
    list_select_related = ["association"]
    search_fields = ["title", "summary", "association__name"]
    autocomplete_fields = ["association", "place"]
    prepopulated_fields = {"slug": ["title"]}
    # The status moves only through the workflow's actions and buttons (Listing.publish() etc.).
    readonly_fields = [
        "status", "workflow_steps", "return_reason", "published_without_review", "preview", "freshness_reminded_at",
        "created_by", "created_at", "updated_at", "submitted_at", "published_at",
    ]
    actions = WORKFLOW_ACTIONS
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


    def history_form_view(self, request, object_id, version_id, extra_context=None):
        """An earlier version beside the current content; restoring it is a POST (Listing.restore_version)."""
        if not version_id.isdigit():
            raise Http404
        listing = self.get_object(request, unquote(object_id))
        if listing is None:
            raise Http404
        if not self.has_change_permission(request, listing):
            raise PermissionDenied
        version = get_object_or_404(Listing.history.filter(id=listing.pk), history_id=version_id)
        if request.method == "POST":
            listing.restore_version(version, by=request.user)
            when = timezone.localtime(version.history_date).strftime("%d.%m.%Y %H.%M")
            self.log_change(request, listing, gettext("Palautettu versio %(date)s.") % {"date": when})
            done = gettext("Versio %(date)s palautettu. Edellinen sisältö on tallessa historiassa.") % {"date": when}
            self.message_user(request, done)
            return redirect(reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_change", args=[listing.pk]))
        context = {
            **self.admin_site.each_context(request),
            "title": gettext("Aiempi versio: %(title)s") % {"title": listing.title},
            "opts": self.opts,
            "original": listing,
            "version": version,
            "changes": changes(listing_state(listing), version_state(version)),
            "is_public": listing.is_public(),
            **(extra_context or {}),
        }
        return TemplateResponse(request, "admin/services/restore_version.html", context)

    @admin.display(description=_("tila"), ordering="status")
    def status_label(self, listing):
        return format_html(
            '{}<img src="{}" alt="" width="13" height="13"> {}',
            seen_version_input(listing),
            static(STATUS_ICONS[listing.status]),
            listing.get_status_display(),
        )

    @admin.display(description=_("tilamuutokset"))
    def workflow_steps(self, listing):
        return transition_list(listing) if listing.pk else "–"

    @admin.display(description=_("esikatselu"))
    def preview(self, listing):
        return preview_link(listing) if listing.pk else "–"

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
        return kind_admin_redirect(object_id) or super().change_view(request, object_id, form_url, extra_context)


@admin.register(Activity)
class ActivityAdmin(ListingAdminBase):
    kind_fieldset = (_("Aikataulu"), {"fields": ["weekdays", "times_of_day", "schedule"]})


@admin.register(VolunteerRole)
class VolunteerRoleAdmin(ListingAdminBase):
    kind_fieldset = (_("Tehtävä"), {"fields": ["time_commitment", "training_offered", "requirements"]})


@admin.register(VolunteerInterest)
class VolunteerInterestAdmin(admin.ModelAdmin):
    """The liaison's view of "I'm interested" messages (personal data: the association and the liaison only)."""

    list_display = ["name", "role", "state", "created_at", "updated_at"]
    list_filter = ["state"]
    search_fields = ["name", "contact", "role__title"]
    list_select_related = ["role"]
    raw_id_fields = ["role"]
    readonly_fields = ["created_at", "updated_at", "anonymised_at"]
