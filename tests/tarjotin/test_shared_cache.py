"""Rate limits, login-code limits and TOTP replay protection are shared by every app process."""

from django.core import checks

from tarjotin.checks import check_shared_cache
from tests.tarjotin.manage_helpers import PRODUCTION, manage

PRINT_CACHE = "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])"


def test_without_redis_the_default_cache_is_the_database_shared_by_all_processes():
    result = manage("shell", "-c", PRINT_CACHE, **PRODUCTION)

    assert result.stdout.split()[-1] == "django.core.cache.backends.db.DatabaseCache", result.stderr


def test_with_redis_url_the_default_cache_is_redis():
    result = manage("shell", "-c", PRINT_CACHE, REDIS_URL="redis://127.0.0.1:6379/0", **PRODUCTION)

    assert result.stdout.split()[-1] == "django.core.cache.backends.redis.RedisCache", result.stderr


def test_deploy_check_warns_when_the_cache_is_kept_in_each_process(settings):
    settings.DEBUG = False
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

    [warning] = check_shared_cache(None)

    assert (warning.level, warning.id) == (checks.WARNING, "tarjotin.W001")
    assert "TOTP replay protection" in warning.msg


def test_deploy_check_is_quiet_for_the_database_cache_and_on_a_developers_machine(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "c"}}
    assert check_shared_cache(None) == []

    settings.DEBUG = True
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    assert check_shared_cache(None) == []


def test_the_deploy_check_is_registered_with_django():
    assert check_shared_cache in checks.registry.registry.get_checks(include_deployment_checks=True)
