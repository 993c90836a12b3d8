"""The workflow in admin: actions that move listings, the return form, and links shared by the admins.

Every step calls the model's workflow method (through services.actions when the association is
mailed), so admin cannot move a listing in a way the workflow forbids: a refused step is shown
as an error message and changes nothing. Each step done is written to Django's admin log.
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from services import actions
from services.models import ChangedSinceShown, IllegalTransition, Listing

# Each kind is edited (and its versions listed) in the admin of its proxy model, which shows the
# kind's own fields.
KIND_HISTORY_URLS = {
    Listing.Kind.ACTIVITY: "admin:services_activity_history",
    Listing.Kind.EVENT: "admin:events_event_history",
    Listing.Kind.VOLUNTEER_ROLE: "admin:services_volunteerrole_history",
}
KIND_CHANGE_URLS = {
    Listing.Kind.ACTIVITY: "admin:services_activity_change",
    Listing.Kind.EVENT: "admin:events_event_change",
    Listing.Kind.VOLUNTEER_ROLE: "admin:services_volunteerrole_change",
}


def kind_admin_redirect(object_id: str):
    """A redirect to the change page in the admin of the listing's own kind; None for an unknown id."""
    kind = Listing.objects.filter(pk=object_id).values_list("kind", flat=True).first() if object_id.isdigit() else None
    return redirect(KIND_CHANGE_URLS[kind], object_id) if kind in KIND_CHANGE_URLS else None


class ReturnForm(forms.Form):
    reason = forms.CharField(
        label=_("Mitä yhdistyksen pitää korjata?"),
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Yhdistyksen jäsenet saavat tämän sähköpostilla ja näkevät sen omilla sivuillaan."),
        error_messages={"required": _("Kerro yhdistykselle, mitä pitää korjata.")},
    )

    def clean_reason(self):
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise ValidationError(_("Kerro yhdistykselle, mitä pitää korjata."))
        return reason


def _each(modeladmin, request, queryset, step, done_message, done_text):
    """Run one workflow step on every selected listing; report what was done and what was refused.

    `step(listing)` returns the listing to log the change on (publishing a working copy returns
    the original); `done_text(count)` says how many were done. A refused listing is left as it
    was and named in an error message.
    """
    done, refused = 0, []
    for listing in queryset.select_related("association", "working_copy_of"):
        title = listing.title
        try:
            changed = step(listing)
        except IllegalTransition as error:
            refused.append(f"{title}: {error.messages[0]}")
            continue
        modeladmin.log_change(request, changed, str(done_message))
        done += 1
    if done:
        modeladmin.message_user(request, done_text(done))
    if refused:
        modeladmin.message_user(request, gettext("Ei tehty: %(items)s") % {"items": "; ".join(refused)}, messages.ERROR)


SEEN_VERSION = "seen_version"  # a hidden input on each row of a list: "id-version" as shown


def seen_version_input(listing) -> str:
    """A hidden input in a list row: the action then knows which version of the row the liaison saw."""
    return format_html('<input type="hidden" name="{}" value="{}-{}">', SEEN_VERSION, listing.pk, listing.version)


def seen_versions(request) -> dict[int, int]:
    """{id: version} of the rows the list showed when the liaison chose the action."""
    seen = {}
    for value in request.POST.getlist(SEEN_VERSION):
        pk, _sep, version = value.partition("-")
        if pk.isdigit() and version.isdigit() and len(pk) < 19 and len(version) < 10:
            seen[int(pk)] = int(version)
    return seen


def _publish_as_seen(request, seen):
    """Publish a listing only in the version the list showed: a listing changed or not on the page
    is refused (ChangedSinceShown) rather than published unseen."""

    def publish(listing):
        if listing.pk not in seen:
            raise ChangedSinceShown(_("Ilmoitus ei ollut näkyvissä listalla. Avaa se ja julkaise se erikseen."))
        return actions.publish_listing(listing=listing, by=request.user, expected_version=seen[listing.pk])

    return publish


@admin.action(description=_("Julkaise valitut"), permissions=["change"])
def publish_selected(modeladmin, request, queryset):
    _each(
        modeladmin, request, queryset,
        _publish_as_seen(request, seen_versions(request)),
        _("Julkaistu."),
        lambda n: ngettext("%(count)d ilmoitus julkaistu.", "%(count)d ilmoitusta julkaistu.", n) % {"count": n},
    )


@admin.action(description=_("Palauta korjattavaksi…"), permissions=["change"])
def return_selected(modeladmin, request, queryset):
    """Ask for one reason for all the selected listings, then return each of them with it."""
    form = ReturnForm(request.POST if "apply" in request.POST else None)
    if form.is_bound and form.is_valid():
        reason = form.cleaned_data["reason"]
        _each(
            modeladmin, request, queryset,
            lambda listing: actions.return_listing(listing=listing, by=request.user, reason=reason),
            gettext("Palautettu korjattavaksi: %(reason)s") % {"reason": reason},
            lambda n: ngettext(
                "%(count)d ilmoitus palautettu korjattavaksi.", "%(count)d ilmoitusta palautettu korjattavaksi.", n
            )
            % {"count": n},
        )
        return None
    context = {
        **modeladmin.admin_site.each_context(request),
        "title": gettext("Palauta korjattavaksi"),
        "opts": modeladmin.model._meta,
        "listings": queryset.select_related("association"),
        "form": form,
        "action_name": "return_selected",
        "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
    }
    return TemplateResponse(request, "admin/moderation/return_reason.html", context)


@admin.action(description=_("Lähetä valitut tarkastettavaksi"), permissions=["change"])
def submit_selected(modeladmin, request, queryset):
    _each(
        modeladmin, request, queryset,
        lambda listing: listing.submit(by=request.user),
        _("Lähetetty tarkastettavaksi."),
        lambda n: ngettext(
            "%(count)d ilmoitus lähetetty tarkastettavaksi.", "%(count)d ilmoitusta lähetetty tarkastettavaksi.", n
        )
        % {"count": n},
    )


@admin.action(description=_("Arkistoi valitut"), permissions=["change"])
def archive_selected(modeladmin, request, queryset):
    _each(
        modeladmin, request, queryset,
        lambda listing: listing.archive(by=request.user),
        _("Arkistoitu."),
        lambda n: ngettext("%(count)d ilmoitus arkistoitu.", "%(count)d ilmoitusta arkistoitu.", n) % {"count": n},
    )


@admin.action(description=_("Palauta valitut arkistosta luonnoksiksi"), permissions=["change"])
def restore_selected(modeladmin, request, queryset):
    _each(
        modeladmin, request, queryset,
        lambda listing: listing.restore(by=request.user),
        _("Palautettu arkistosta."),
        lambda n: ngettext(
            "%(count)d ilmoitus palautettu arkistosta.", "%(count)d ilmoitusta palautettu arkistosta.", n
        )
        % {"count": n},
    )


@admin.action(description=_("Merkitse tarkastetuksi"), permissions=["change"])
def mark_reviewed_selected(modeladmin, request, queryset):
    def mark(listing):
        listing.mark_reviewed(by=request.user)
        return listing

    _each(
        modeladmin, request, queryset, mark,
        _("Merkitty tarkastetuksi julkaisun jälkeen."),
        lambda n: ngettext(
            "%(count)d ilmoitus merkitty tarkastetuksi.", "%(count)d ilmoitusta merkitty tarkastetuksi.", n
        )
        % {"count": n},
    )


WORKFLOW_ACTIONS = [publish_selected, return_selected, submit_selected, archive_selected, restore_selected]


def preview_link(listing) -> str:
    return format_html(
        '<a href="{}">{}</a>', reverse("moderation:staff-preview", args=[listing.pk]), gettext("Näytä kuten yleisö näkee")
    )


def transition_list(listing) -> str:
    """The workflow steps of a listing, newest first: who, when, from, to, note."""
    original = listing.working_copy_of or listing
    steps = original.transitions.select_related("by")[:20]
    if not steps:
        return "–"
    return format_html(
        "<ul>{}</ul>",
        format_html_join(
            "",
            "<li>{} {}: {} → {}{}{}</li>",
            (
                (
                    timezone.localtime(step.at).strftime("%d.%m.%Y %H.%M"),  # Helsinki time, as in history
                    step.by or "–",
                    step.get_from_status_display(),
                    step.get_to_status_display(),
                    f" ({gettext('muutos julkaistuun')})" if step.is_edit else "",
                    f" – {step.note}" if step.note else "",
                )
                for step in steps
            ),
        ),
    )
