"""The liaison's desk in admin: the moderation queue with its review page, and the after-the-fact review.

The workflow actions themselves are services/admin_workflow.py, shared with the listing admins.
"""

from django.contrib import admin, messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html
from django.utils.timesince import timesince
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from moderation.models import ListingForReview, ListingPublishedWithoutReview
from services import actions
from services.admin_workflow import (
    KIND_CHANGE_URLS,
    KIND_HISTORY_URLS,
    ReturnForm,
    archive_selected,
    kind_admin_redirect,
    mark_reviewed_selected,
    publish_selected,
    return_selected,
    seen_version_input,
    transition_list,
)
from services.diff import working_copy_changes
from services.models import ChangedSinceShown, IllegalTransition, Listing


@admin.register(ListingForReview)
class ModerationQueueAdmin(admin.ModelAdmin):
    """Tarkastusjono: waiting listings, oldest first. A row opens the review page (change_view)."""

    list_display = ["title", "kind", "association", "municipality_names", "waiting", "is_edit", "preview"]
    list_filter = ["kind", "municipalities", "association__trusted"]
    list_select_related = ["association", "working_copy_of"]
    search_fields = ["title", "summary", "association__name"]
    ordering = ["submitted_at", "pk"]
    actions = [publish_selected, return_selected]
    review_template = "admin/moderation/review.html"

    def get_queryset(self, request):
        return super().get_queryset(request).filter(status=Listing.Status.PENDING).prefetch_related("municipalities")

    def changelist_view(self, request, extra_context=None):
        title = gettext("Tarkastusjono: odottavat ilmoitukset, vanhin ensin")
        return super().changelist_view(request, {"title": title, **(extra_context or {})})

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description=_("kunnat"))
    def municipality_names(self, listing):
        names = [m.name for m in listing.municipalities.all()]
        if names:
            return ", ".join(names)
        return _("verkossa") if listing.is_online else "–"

    @admin.display(description=_("odottanut"), ordering="submitted_at")
    def waiting(self, listing):
        return timesince(listing.submitted_at, depth=1) if listing.submitted_at else "–"

    @admin.display(description=_("muutos julkaistuun"), boolean=True, ordering="working_copy_of")
    def is_edit(self, listing):
        return bool(listing.working_copy_of_id)

    @admin.display(description=_("esikatselu"))
    def preview(self, listing):
        return format_html(
            '<a href="{}" title="{}">{}</a>{}',
            reverse("moderation:staff-preview", args=[listing.pk]),
            gettext("Näytä kuten yleisö näkee"),
            gettext("Esikatsele"),
            seen_version_input(listing),
        )

    def change_view(self, request, object_id, form_url="", extra_context=None):
        """The review page of one waiting listing: what it is, what changed, publish or return."""
        listing = self.get_object(request, object_id)
        if listing is None:
            self.message_user(request, gettext("Ilmoitus ei enää odota tarkastusta."), messages.WARNING)
            return redirect("admin:moderation_listingforreview_changelist")
        if not self.has_change_permission(request, listing):
            return redirect("admin:index")
        form = ReturnForm()
        if request.method == "POST":
            form = ReturnForm(request.POST) if "return" in request.POST else form
            done = self._review(request, listing, form)
            if done:
                return redirect("admin:moderation_listingforreview_changelist")
        context = {
            **self.admin_site.each_context(request),
            "title": gettext("Tarkasta: %(title)s") % {"title": listing.title},
            "opts": self.opts,
            "original": listing,
            "listing": listing,
            "waiting": self.waiting(listing),
            "changes": working_copy_changes(listing) if listing.working_copy_of_id else None,
            "steps": transition_list(listing),
            "form": form,
            "preview_url": reverse("moderation:staff-preview", args=[listing.pk]),
            "edit_url": reverse(KIND_CHANGE_URLS[listing.kind], args=[listing.pk]),
            "history_url": reverse(KIND_HISTORY_URLS[listing.kind], args=[(listing.working_copy_of or listing).pk]),
            "public_url": listing.working_copy_of.get_absolute_url() if listing.working_copy_of_id else "",
        }
        return TemplateResponse(request, self.review_template, context)

    def _review(self, request, listing, form) -> bool:
        """Publish or return from the review page; True when done."""
        try:
            if "publish" in request.POST:
                reviewed = request.POST.get("version", "")
                expected = int(reviewed) if reviewed.isdigit() and len(reviewed) < 10 else -1  # -1 matches no version
                published = actions.publish_listing(listing=listing, by=request.user, expected_version=expected)
                self.log_change(request, published, gettext("Julkaistu."))
                self.message_user(request, gettext("”%(title)s” julkaistu.") % {"title": published.title})
                return True
            if "return" in request.POST and form.is_valid():
                reason = form.cleaned_data["reason"]
                actions.return_listing(listing=listing, by=request.user, reason=reason)
                self.log_change(request, listing, gettext("Palautettu korjattavaksi: %(reason)s") % {"reason": reason})
                self.message_user(request, gettext("”%(title)s” palautettu korjattavaksi.") % {"title": listing.title})
                return True
        except ChangedSinceShown as error:
            # Show the page again with the current content, so the liaison reviews what would go live.
            self.message_user(request, error.messages[0], messages.ERROR)
            return not Listing.objects.waiting_for_review().filter(pk=listing.pk).exists()
        except IllegalTransition as error:
            self.message_user(request, error.messages[0], messages.ERROR)
            return True
        return False


@admin.register(ListingPublishedWithoutReview)
class PublishedWithoutReviewAdmin(admin.ModelAdmin):
    """Trusted associations' listings that went public at once: read them, then mark them reviewed."""

    list_display = ["title", "kind", "association", "published_at", "public_page", "versions"]
    list_filter = ["kind", "association"]
    list_select_related = ["association"]
    search_fields = ["title", "association__name"]
    ordering = ["published_at", "pk"]
    actions = [mark_reviewed_selected, archive_selected]

    def get_queryset(self, request):
        return super().get_queryset(request).originals().filter(
            status=Listing.Status.PUBLISHED, published_without_review=True
        )

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def change_view(self, request, object_id, form_url="", extra_context=None):
        return kind_admin_redirect(object_id) or redirect("admin:moderation_listingpublishedwithoutreview_changelist")

    @admin.display(description=_("julkinen sivu"))
    def public_page(self, listing):
        return format_html('<a href="{}">{}</a>', listing.get_absolute_url(), gettext("Avaa"))

    @admin.display(description=_("versiot"))
    def versions(self, listing):
        return format_html(
            '<a href="{}">{}</a>', reverse(KIND_HISTORY_URLS[listing.kind], args=[listing.pk]), gettext("Mitä muuttui")
        )
