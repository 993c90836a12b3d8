from django.apps import AppConfig


class TarjotinConfig(AppConfig):
    """The project package: base templates, pages and management commands that span apps."""

    name = "tarjotin"

    def ready(self):
        from tarjotin import checks  # noqa: F401  (registers the system checks)
