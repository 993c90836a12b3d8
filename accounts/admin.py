from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.forms import BaseUserCreationForm, UserChangeForm
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from associations.admin import MembershipFormSet, protect_last_admins
from associations.models import Membership


class UserCreationForm(BaseUserCreationForm):
    """Email and the password twice; the rest is filled in on the change page."""

    class Meta:
        model = User
        fields = ["email"]


class UserEditForm(UserChangeForm):
    class Meta:
        model = User
        fields = "__all__"


class MembershipInline(admin.TabularInline):
    model = Membership
    formset = MembershipFormSet
    extra = 0
    autocomplete_fields = ["association"]
    fields = ["association", "role", "created_at"]
    readonly_fields = ["created_at"]


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
    inlines = [MembershipInline]

    @admin.display(description=_("nimi"), ordering="last_name")
    def full_name(self, user):
        return user.get_full_name()

    def get_inlines(self, request, obj):
        # Memberships are added once the user exists, like the other details.
        return self.inlines if obj else []

    def get_deleted_objects(self, objs, request):
        """The last admin of an association is not deleted (associations.admin.protect_last_admins)."""
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        memberships = Membership.objects.filter(user__in=objs).values("pk")
        return deleted, counts, perms_needed, protect_last_admins(request, memberships, protected)
