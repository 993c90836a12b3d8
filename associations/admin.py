from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext, ngettext

from accounts.admin import UserAdmin
from accounts.models import User
from associations import actions
from associations.forms import InvitationForm
from associations.history_admin import HistoryAdmin
from associations.models import Association, LastAdminError, Membership

# How many municipalities a changelist row names before it says "+ N more".
SHORT_LIST = 3


class ApprovedFilter(admin.SimpleListFilter):
    title = _("hyväksytty")
    parameter_name = "approved"

    def lookups(self, request, model_admin):
        return [("yes", _("kyllä")), ("no", _("ei"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.approved()
        if self.value() == "no":
            return queryset.filter(approved_at__isnull=True)
        return queryset


def protect_last_admins(request, memberships, protected: list) -> list:
    """For get_deleted_objects: associations that would lose their last admin are "protected".

    Admin asks get_deleted_objects before deleting, on an object's delete page and in the bulk
    action, and deletes nothing while something is protected; the message says what to do.
    """
    orphaned = list(Association.objects.left_without_admin(memberships).order_by("name"))
    if not orphaned:
        return protected
    names = ", ".join(association.name for association in orphaned)
    messages.error(
        request,
        gettext(
            "Poistoa ei tehty: yhdistyksellä %(names)s ei olisi enää pääkäyttäjää. "
            "Lisää yhdistykselle ensin toinen pääkäyttäjä."
        )
        % {"names": names},
    )
    return [*protected, *(gettext("%(association)s (ainoa pääkäyttäjä)") % {"association": a} for a in orphaned)]


class MembershipFormSet(forms.BaseInlineFormSet):
    """Membership rows on a user's or an association's page: the last admin stays (Membership's rule)."""

    def clean(self):
        super().clean()
        leaving, keeping = [], set()
        for form in self.forms:
            is_admin = form not in self.deleted_forms and getattr(form, "cleaned_data", {}).get("role") == Membership.Role.ADMIN
            if is_admin:
                keeping.add(form.instance.association_id)  # made admin in this same save
            elif form.instance.pk:
                leaving.append(form.instance.pk)
        if Association.objects.left_without_admin(leaving).exclude(pk__in=keeping).exists():
            raise LastAdminError(
                gettext("Yhdistyksellä on oltava ainakin yksi pääkäyttäjä. Lisää ensin toinen pääkäyttäjä.")
            )


class MembershipInline(admin.TabularInline):
    model = Membership
    formset = MembershipFormSet
    extra = 0
    autocomplete_fields = ["user"]
    fields = ["user", "role", "created_at"]
    readonly_fields = ["created_at"]


@admin.register(Association)
class AssociationAdmin(HistoryAdmin):
    list_display = ["name", "municipality_names", "approved", "trusted", "member_count", "listing_count"]
    list_filter = [ApprovedFilter, "trusted", "municipalities"]
    search_fields = ["name", "business_id", "email"]
    autocomplete_fields = ["municipalities"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = ["created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["name", "slug", "business_id", "description", "logo"]}),
        (_("Toiminta-alue"), {"fields": ["municipalities"]}),
        (
            _("Yhteystiedot"),
            {"fields": ["email", "phone", "street_address", "postal_code", "post_office", "website"]},
        ),
        (_("Hyväksyntä"), {"fields": ["approved_at", "created_at", "updated_at"]}),
    ]
    inlines = [MembershipInline]
    actions = ["approve_selected", "trust_selected", "distrust_selected", "invite_member"]

    def get_queryset(self, request):
        # distinct: the two joins multiply each other's rows.
        return (
            super()
            .get_queryset(request)
            .annotate(
                member_count=Count("memberships", distinct=True),
                listing_count=Count("listings", distinct=True),
            )
            .prefetch_related("municipalities")
        )

    @admin.display(description=_("toimintakunnat"))
    def municipality_names(self, association):
        names = [m.name for m in association.municipalities.all()]
        if len(names) > SHORT_LIST:
            more = len(names) - SHORT_LIST
            return _("%(names)s + %(more)s muuta") % {"names": ", ".join(names[:SHORT_LIST]), "more": more}
        return ", ".join(names)

    @admin.display(description=_("hyväksytty"), boolean=True, ordering="approved_at")
    def approved(self, association):
        return association.is_approved

    @admin.display(description=_("jäseniä"), ordering="member_count")
    def member_count(self, association):
        return association.member_count

    @admin.display(description=_("ilmoituksia"), ordering="listing_count")
    def listing_count(self, association):
        return association.listing_count

    @admin.action(description=_("Kutsu jäsen valittuun yhdistykseen"), permissions=["change"])
    def invite_member(self, request, queryset):
        """An intermediate page asks for the email address and role; the invitation goes out by mail."""
        if queryset.count() != 1:
            self.message_user(request, gettext("Valitse yksi yhdistys, johon kutsut."), messages.WARNING)
            return None
        association = queryset.get()
        form = InvitationForm(request.POST if "send_invitation" in request.POST else None, association=association)
        if form.is_valid():
            invitation = actions.invite_member(association=association, invited_by=request.user, **form.cleaned_data)
            self.message_user(request, gettext("Kutsu lähetetty osoitteeseen %(email)s.") % {"email": invitation.email})
            return None
        context = {**self.admin_site.each_context(request), "association": association, "form": form, "opts": self.model._meta}
        return TemplateResponse(request, "admin/associations/invite_member.html", context)

    @admin.action(description=_("Hyväksy valitut yhdistykset"), permissions=["change"])
    def approve_selected(self, request, queryset):
        # The action also emails each newly approved association's admins.
        actions.approve_associations(associations=queryset)
        count = len(queryset)
        self.message_user(
            request,
            ngettext("%(count)d yhdistys hyväksytty.", "%(count)d yhdistystä hyväksytty.", count) % {"count": count},
        )

    def _set_trusted(self, request, queryset, trusted: bool, message: str) -> int:
        changed = 0
        for association in queryset.filter(trusted=not trusted):
            association.trusted = trusted
            association.save(update_fields=["trusted", "updated_at"])
            self.log_change(request, association, message)
            changed += 1
        return changed

    @admin.action(
        description=_("Merkitse luotetuiksi (julkaisut näkyvät heti, tarkastus jälkikäteen)"), permissions=["change"]
    )
    def trust_selected(self, request, queryset):
        count = self._set_trusted(request, queryset, True, gettext("Merkitty luotetuksi."))
        self.message_user(
            request,
            ngettext("%(count)d yhdistys merkitty luotetuksi.", "%(count)d yhdistystä merkitty luotetuiksi.", count)
            % {"count": count},
        )

    @admin.action(description=_("Poista luotettu-merkintä (julkaisut taas tarkastetaan ensin)"), permissions=["change"])
    def distrust_selected(self, request, queryset):
        count = self._set_trusted(request, queryset, False, gettext("Luotettu-merkintä poistettu."))
        self.message_user(
            request,
            ngettext(
                "%(count)d yhdistyksen luotettu-merkintä poistettu.",
                "%(count)d yhdistyksen luotettu-merkintä poistettu.",
                count,
            )
            % {"count": count},
        )


class MembershipForm(forms.ModelForm):
    def clean_role(self):
        role = self.cleaned_data["role"]
        if self.instance.pk and role != Membership.Role.ADMIN:
            if Association.objects.left_without_admin([self.instance.pk]).exists():
                raise ValidationError(
                    gettext("Yhdistyksellä on oltava ainakin yksi pääkäyttäjä. Lisää ensin toinen pääkäyttäjä.")
                )
        return role


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "association", "role", "created_at"]
    list_filter = ["role"]
    list_select_related = ["user", "association"]
    search_fields = ["user__email", "user__first_name", "user__last_name", "association__name"]
    autocomplete_fields = ["user", "association"]
    readonly_fields = ["created_at"]
    form = MembershipForm

    def get_deleted_objects(self, objs, request):
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        memberships = [membership.pk for membership in objs]
        return deleted, counts, perms_needed, protect_last_admins(request, memberships, protected)


class UserMembershipInline(admin.TabularInline):
    model = Membership
    formset = MembershipFormSet
    extra = 0
    autocomplete_fields = ["association"]
    fields = ["association", "role", "created_at"]
    readonly_fields = ["created_at"]


# accounts/ knows nothing of associations, so the memberships join the user page from here.
admin.site.unregister(User)


@admin.register(User)
class UserWithMembershipsAdmin(UserAdmin):
    inlines = [UserMembershipInline]

    def get_deleted_objects(self, objs, request):
        """The last admin of an association is not deleted (protect_last_admins)."""
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        memberships = Membership.objects.filter(user__in=objs).values("pk")
        return deleted, counts, perms_needed, protect_last_admins(request, memberships, protected)
