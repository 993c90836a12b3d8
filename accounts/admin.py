from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.forms import BaseUserCreationForm, UserChangeForm
from django.utils.translation import gettext_lazy as _

from accounts.models import Counsellor, User


class UserCreationForm(BaseUserCreationForm):
    """Email and the password twice; the rest is filled in on the change page."""

    class Meta:
        model = User
        fields = ["email"]


class UserEditForm(UserChangeForm):
    class Meta:
        model = User
        fields = "__all__"


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    # Django's UserAdmin assumes a username; this project signs in with the email address.
    form = UserEditForm
    add_form = UserCreationForm
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        (_("Henkilötiedot"), {"fields": ["first_name", "last_name", "language"]}),
        (
            _("Oikeudet"),
            {"fields": ["is_active", "is_staff", "is_superuser", "groups", "user_permissions"]},
        ),
        (_("Tärkeät päivämäärät"), {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [
        (None, {"classes": ["wide"], "fields": ["email", "password1", "password2"]}),
    ]
    readonly_fields = ["last_login", "date_joined"]
    list_display = ["email", "full_name", "is_staff", "is_active", "last_login"]
    list_filter = ["is_staff", "is_superuser", "is_active", "groups"]
    search_fields = ["email", "first_name", "last_name"]
    ordering = ["email"]

    @admin.display(description=_("nimi"), ordering="last_name")
    def full_name(self, user):
        return user.get_full_name()

    def get_inlines(self, request, obj):
        # Inlines (memberships, added by associations/admin.py) come once the user exists.
        return self.inlines if obj else []


class CounsellorStatusFilter(admin.SimpleListFilter):
    title = _("tila")
    parameter_name = "tila"

    def lookups(self, request, model_admin):
        return [("odottaa", _("Odottaa hyväksyntää")), ("hyvaksytty", _("Hyväksytty"))]

    def queryset(self, request, queryset):
        if self.value() == "odottaa":
            return queryset.filter(approved_at__isnull=True)
        if self.value() == "hyvaksytty":
            return queryset.filter(approved_at__isnull=False)
        return queryset


@admin.register(Counsellor)
class CounsellorAdmin(admin.ModelAdmin):
    """The liaison checks that a person really is a counsellor of the wellbeing area, then approves."""

    list_display = ["user", "organisation", "job_title", "requested_at", "approved"]
    list_filter = [CounsellorStatusFilter]
    list_select_related = ["user"]
    search_fields = ["user__email", "user__first_name", "user__last_name", "organisation"]
    autocomplete_fields = ["user"]
    readonly_fields = ["requested_at", "approved_at", "approved_by"]
    actions = ["approve", "revoke"]

    @admin.display(description=_("hyväksytty"), boolean=True, ordering="approved_at")
    def approved(self, counsellor):
        return counsellor.is_approved

    @admin.action(description=_("Hyväksy valitut palveluohjaajiksi"))
    def approve(self, request, queryset):
        for counsellor in queryset.filter(approved_at__isnull=True):
            counsellor.approve(by=request.user)
        self.message_user(request, _("Valitut on hyväksytty palveluohjaajiksi."))

    @admin.action(description=_("Peru valittujen palveluohjaajan oikeudet"))
    def revoke(self, request, queryset):
        for counsellor in queryset:
            counsellor.revoke()
        self.message_user(request, _("Valittujen palveluohjaajan oikeudet on peruttu."))
