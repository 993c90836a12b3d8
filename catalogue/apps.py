from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CatalogueConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "catalogue"
    verbose_name = _("Luettelo")

    def ready(self):
        from catalogue import invalidation

        invalidation.connect()
