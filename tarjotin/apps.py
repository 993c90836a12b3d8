from django.apps import AppConfig


class TarjotinConfig(AppConfig):
    """The project package: base templates, pages and management commands that span apps."""

    name = "tarjotin"
