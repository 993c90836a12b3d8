from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VocabulariesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "vocabularies"
    verbose_name = _("Sanastot")
