from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "accounts"
    verbose_name = _("Käyttäjät")


class AdminConfig(admin_apps.AdminConfig):
    """Django's admin with accounts.admin_site.AdminSite as `admin.site` (see settings.INSTALLED_APPS)."""

    default = False  # AccountsConfig stays the accounts app's own config
    default_site = "accounts.admin_site.AdminSite"
