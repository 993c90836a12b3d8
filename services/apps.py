from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ServicesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "services"
    verbose_name = _("Ilmoitukset")

    def ready(self):
        from django.db.models.signals import post_migrate

        from services.search import ensure_sqlite_triggers

        post_migrate.connect(ensure_sqlite_triggers, sender=self)
