from django.contrib import admin

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


@admin.register(Municipality)
class MunicipalityAdmin(TermAdmin):
    list_display = ["name_fi", "name_sv", "name_en", "region", "code", "position"]
    list_filter = ["region"]
    list_select_related = ["region"]
    fields = ["name_fi", "name_sv", "name_en", "slug", "region", "code", "position"]
