"""Settings are safe by default and refuse to guess.

Settings are read once per process, so the environment-dependent cases run `manage.py` in a
subprocess with an environment built from scratch (nothing leaks in from the developer's shell
or from `make test`).
"""

import pytest
from django.core.exceptions import ImproperlyConfigured

from tarjotin.env import env_bool
from tests.tarjotin.manage_helpers import PRODUCTION, manage


def test_it_refuses_to_start_without_secret_key_when_debug_is_off():
    result = manage("check", DEBUG="false")
    assert result.returncode != 0
    assert "ImproperlyConfigured: SECRET_KEY must be set when DEBUG is off." in result.stderr


def test_env_bool_refuses_anything_but_true_or_false(monkeypatch):
    monkeypatch.setenv("HTTPS", "maybe")
    with pytest.raises(ImproperlyConfigured, match="HTTPS must be true or false, not 'maybe'"):
        env_bool("HTTPS", False)


@pytest.mark.parametrize("raw, expected", [("true", True), ("False", False), ("", True)])
def test_env_bool_reads_true_false_and_falls_back_to_default_when_empty(monkeypatch, raw, expected):
    monkeypatch.setenv("HTTPS", raw)
    assert env_bool("HTTPS", True) is expected


def test_deploy_check_passes_with_documented_production_variables():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_responses_carry_security_headers(client, db):
    response = client.get("/robots.txt")  # not /healthz: the probes are answered before all middleware
    assert response.status_code == 200
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp
    # django-csp fills in a fresh nonce only for its NONCE placeholder, never for a string.
    assert "'nonce'" not in csp
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("setting, threshold", [({}, "5"), ({"DATABASE_PREPARED_STATEMENTS": "false"}, "None")])
def test_postgresql_prepares_repeated_server_bound_queries_unless_told_not_to(setting, threshold):
    result = manage("diffsettings", DEBUG="true", DATABASE_URL="postgres://tarjotin@db.example.fi:5432/tarjotin", **setting)
    assert result.returncode == 0, result.stderr
    assert f"'prepare_threshold': {threshold}" in result.stdout


def test_sqlite_keeps_its_connections_like_postgresql():
    result = manage("diffsettings", DEBUG="true", DATABASE_URL="sqlite:////tmp/tarjotin-settings-test.sqlite3")
    assert result.returncode == 0, result.stderr
    assert "'CONN_MAX_AGE': 60" in result.stdout
