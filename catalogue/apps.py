from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CatalogueConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "catalogue"
    verbose_name = _("Luettelo")

    def ready(self):
        from django.core.signals import request_finished

        from catalogue import invalidation, view_counting

        invalidation.connect()
        request_finished.connect(view_counting.write_when_due, dispatch_uid="catalogue-view-counts")
