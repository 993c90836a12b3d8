"""Links in mail point at the running site: on a developer's machine wherever `make run` serves."""

import subprocess

import pytest

from tests.tarjotin.manage_helpers import PRODUCTION, PROJECT, manage

PRINT_SITE_URL = "from django.conf import settings; print(settings.SITE_URL)"


def site_url(**env):
    result = manage("shell", "-c", PRINT_SITE_URL, **env)
    assert result.returncode == 0, result.stderr
    return result.stdout.split()[-1]


@pytest.mark.parametrize(
    "env, expected",
    [
        ({}, "http://127.0.0.1:8000"),
        ({"PORT": "8101"}, "http://127.0.0.1:8101"),
        ({"HOST": "0.0.0.0", "PORT": "8102"}, "http://127.0.0.1:8102"),
        ({"HOST": "192.168.1.20", "PORT": "8103"}, "http://192.168.1.20:8103"),
        ({"PORT": "8104", "SITE_URL": "https://tarjotin.example.fi/"}, "https://tarjotin.example.fi"),
    ],
)
def test_on_a_developers_machine_site_url_follows_host_and_port(env, expected):
    assert site_url(DEBUG="true", **env) == expected


def test_in_production_host_and_port_do_not_change_site_url():
    assert site_url(PORT="8105", **{**PRODUCTION, "SITE_URL": "https://tarjotin.example.fi"}) == "https://tarjotin.example.fi"


def test_make_run_passes_host_and_port_to_django():
    dry_run = subprocess.run(
        ["make", "-n", "run", "PORT=8106"], cwd=PROJECT, capture_output=True, text=True, timeout=30
    ).stdout

    assert "PORT=8106" in dry_run.split("manage.py runserver")[0].splitlines()[-1]
    assert "runserver 127.0.0.1:8106" in dry_run
