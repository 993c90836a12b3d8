from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.forms import BaseUserCreationForm, UserChangeForm
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from associations.models import Association, Membership


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
        """Refuse to delete the last admin of an association, on one user's page and in the bulk action.

        Both delete paths of admin ask this before deleting and refuse while anything is
        "protected", so the association's last-admin rule (Membership) holds here too.
        """
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        orphaned = list(Association.objects.administered_only_by(objs).order_by("name"))
        if orphaned:
            names = ", ".join(association.name for association in orphaned)
            messages.error(
                request,
                _(
                    "Käyttäjää ei voi poistaa: yhdistyksellä %(names)s ei olisi enää pääkäyttäjää. "
                    "Lisää yhdistykselle ensin toinen pääkäyttäjä."
                )
                % {"names": names},
            )
            protected = [*protected, *(_("%(association)s (ainoa pääkäyttäjä)") % {"association": a} for a in orphaned)]
        return deleted, counts, perms_needed, protected
