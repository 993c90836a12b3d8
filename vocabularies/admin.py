from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.actions import delete_selected as django_delete_selected
from django.contrib.admin.utils import unquote
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from taggit.admin import TagAdmin as TaggitTagAdmin
from taggit.models import Tag

from vocabularies import actions
from vocabularies.models import ActivityType, Language, LifeSituation, Municipality, Region, TargetGroup, Theme


class MergeForm(forms.Form):
    keep = forms.ModelChoiceField(
        queryset=None,
        label=_("Säilytettävä termi"),
        widget=forms.RadioSelect,
        empty_label=None,
        error_messages={"required": _("Valitse, mikä termeistä säilytetään.")},
    )

    def __init__(self, *args, terms, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["keep"].queryset = terms


class VocabularyCare:
    """Usage counts, merging and in-use protection, shared by the term admins and the tag admin.

    Subclasses define how to count, `annotate_usage(queryset)`, and how to merge,
    `merge(*, keep, others) -> int`; the admin-facing steps, messages and log entries are the same
    for a municipality and a free tag.
    """

    def get_queryset(self, request):
        return self.annotate_usage(super().get_queryset(request))

    @admin.display(description=_("käytössä"), ordering="usage")
    def usage(self, term):
        return term.usage

    def in_use_message(self, terms) -> str:
        names = ", ".join(f"{term} ({term.usage})" for term in terms)
        return gettext("Ei poistettu, koska käytössä: %(names)s. Yhdistä ne ensin toiseen termiin.") % {"names": names}

    def has_delete_permission(self, request, obj=None):
        if obj is not None and getattr(obj, "usage", None):
            return False
        return super().has_delete_permission(request, obj)

    def delete_view(self, request, object_id, extra_context=None):
        term = self.get_object(request, unquote(object_id))
        if term is not None and term.usage:
            self.message_user(request, self.in_use_message([term]), messages.ERROR)
            return redirect(f"admin:{self.opts.app_label}_{self.opts.model_name}_change", term.pk)
        return super().delete_view(request, object_id, extra_context)

    @admin.action(description=_("Poista valitut käyttämättömät"), permissions=["delete"])
    def delete_selected(self, request, queryset):
        """Django's delete with its confirmation page, for the terms nobody uses; the rest are refused."""
        queryset = self.annotate_usage(queryset)
        in_use = [term for term in queryset if term.usage]
        if in_use:
            self.message_user(request, self.in_use_message(in_use), messages.ERROR)
        unused = queryset.exclude(pk__in=[term.pk for term in in_use])
        if not unused.exists():
            return None
        return django_delete_selected(self, request, unused)

    @admin.action(description=_("Yhdistä valitut…"), permissions=["change", "delete"])
    def merge_selected(self, request, queryset):
        """Ask which selected term to keep; then move every use of the others to it and delete them."""
        if queryset.count() < 2:
            self.message_user(request, gettext("Valitse vähintään kaksi yhdistettävää termiä."), messages.WARNING)
            return None
        form = MergeForm(request.POST if "apply" in request.POST else None, terms=queryset)
        if form.is_bound and form.is_valid():
            keep = form.cleaned_data["keep"]
            others = list(queryset.exclude(pk=keep.pk))
            names = ", ".join(str(term) for term in others)
            moved = self.merge(keep=keep, others=others)
            self.log_change(request, keep, gettext("Yhdistetty tähän: %(names)s.") % {"names": names})
            self.message_user(
                request,
                ngettext(
                    "%(names)s yhdistetty termiin %(keep)s: %(count)d luokitus siirtyi.",
                    "%(names)s yhdistetty termiin %(keep)s: %(count)d luokitusta siirtyi.",
                    moved,
                )
                % {"names": names, "keep": keep, "count": moved},
            )
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": gettext("Yhdistä termit"),
            "opts": self.opts,
            "terms": self.annotate_usage(queryset),
            "form": form,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/vocabularies/merge.html", context)


@admin.register(Region, TargetGroup, Theme, LifeSituation, ActivityType, Language)
class TermAdmin(VocabularyCare, admin.ModelAdmin):
    """One admin for every vocabulary: the terms share their fields (vocabularies.models.Term)."""

    list_display = ["name_fi", "name_sv", "name_en", "code", "usage", "position"]
    list_editable = ["position"]
    # Also what the autocomplete widgets of the other admins search.
    search_fields = ["name_fi", "name_sv", "name_en", "code"]
    prepopulated_fields = {"slug": ["name_fi"]}
    fields = ["name_fi", "name_sv", "name_en", "slug", "code", "position"]
    actions = ["merge_selected", "delete_selected"]

    def annotate_usage(self, queryset):
        return actions.with_usage(queryset)

    def merge(self, *, keep, others) -> int:
        return actions.merge_terms(keep=keep, others=others)


@admin.register(Municipality)
class MunicipalityAdmin(TermAdmin):
    list_display = ["name_fi", "name_sv", "name_en", "region", "code", "usage", "position"]
    list_filter = ["region"]
    list_select_related = ["region"]
    fields = ["name_fi", "name_sv", "name_en", "slug", "region", "code", "position"]


admin.site.unregister(Tag)


@admin.register(Tag)
class TagAdmin(VocabularyCare, TaggitTagAdmin):
    """Free tags: usage counts and merging like the vocabularies, in place of taggit's own merge."""

    list_display = ["name", "slug", "usage"]
    actions = ["merge_selected", "delete_selected"]

    def annotate_usage(self, queryset):
        return actions.tags_with_usage(queryset)

    def merge(self, *, keep, others) -> int:
        return actions.merge_tags(keep=keep, others=others)
