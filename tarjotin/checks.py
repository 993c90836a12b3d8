"""System checks for what `check --deploy` cannot know about this project by itself."""

from django.conf import settings
from django.core import checks

PROCESS_LOCAL_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
}


@checks.register(checks.Tags.security, deploy=True)
def check_shared_cache(app_configs, **kwargs):
    """Rate limits and TOTP replay protection only hold if every app process counts in one cache."""
    backend = settings.CACHES["default"]["BACKEND"]
    if settings.DEBUG or backend not in PROCESS_LOCAL_CACHES:
        return []
    return [
        checks.Warning(
            f"The default cache ({backend}) is kept in each process: login rate limits, login-code "
            "limits and TOTP replay protection are then counted per process.",
            hint="Set REDIS_URL, or leave CACHES to the database cache (manage.py createcachetable).",
            id="tarjotin.W001",
        )
    ]
