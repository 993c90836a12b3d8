from django.contrib import admin

from services import catalogue
from vocabularies.models import ActivityType, Language, LifeSituation, Municipality, Region, TargetGroup, Theme


@admin.register(Region, TargetGroup, Theme, LifeSituation, ActivityType, Language)
class TermAdmin(admin.ModelAdmin):
    """One admin for every vocabulary: the terms share their fields (vocabularies.models.Term)."""

    list_display = ["name_fi", "name_sv", "name_en", "code", "position"]
    list_editable = ["position"]
    # Also what the autocomplete widgets of the other admins search.
    search_fields = ["name_fi", "name_sv", "name_en", "code"]
    prepopulated_fields = {"slug": ["name_fi"]}
    fields = ["name_fi", "name_sv", "name_en", "slug", "code", "position"]

    # The catalogue's facets show the terms' names in their order.
    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        catalogue.changed()

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        catalogue.changed()

    def delete_queryset(self, request, queryset):
        super().delete_queryset(request, queryset)
        catalogue.changed()


@admin.register(Municipality)
class MunicipalityAdmin(TermAdmin):
    list_display = ["name_fi", "name_sv", "name_en", "region", "code", "position"]
    list_filter = ["region"]
    list_select_related = ["region"]
    fields = ["name_fi", "name_sv", "name_en", "slug", "region", "code", "position"]
