"""The load balancer's probes answer whatever the scheme and Host, and a database outage is a 503."""

from unittest import mock

import pytest
from django.db import InterfaceError, OperationalError
from django.test import Client

PROBES = ["/healthz", "/livez"]


@pytest.fixture
def https_site(settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.ALLOWED_HOSTS = ["tarjotin.example.fi"]


@pytest.mark.parametrize("path", PROBES)
def test_probe_over_plain_http_by_ip_address_answers_200_with_https_on(client, db, https_site, path):
    response = client.get(path, HTTP_HOST="10.0.0.7:8000")

    assert response.status_code == 200


def test_other_pages_still_redirect_to_https_and_refuse_unknown_hosts(client, db, https_site):
    assert client.get("/robots.txt", HTTP_HOST="tarjotin.example.fi").status_code == 301
    assert client.get("/robots.txt", HTTP_HOST="10.0.0.7:8000", secure=True).status_code == 400


def _database_down(error):
    return mock.patch("django.db.backends.utils.CursorWrapper.execute", side_effect=error("connection refused"))


@pytest.mark.parametrize("error", [OperationalError, InterfaceError])
def test_database_down_shows_a_finnish_503_page_with_retry_after(db, error):
    client = Client(raise_request_exception=False)

    with _database_down(error):
        response = client.get("/")

    assert response.status_code == 503
    assert response["Retry-After"] == "120"
    assert "Palvelu on hetken poissa käytöstä" in response.text


def test_database_down_page_is_in_swedish_under_sv(db):
    client = Client(raise_request_exception=False)

    with _database_down(OperationalError):
        response = client.get("/sv/")

    assert response.status_code == 503
    assert "Tjänsten är tillfälligt ur bruk" in response.text


def test_other_errors_still_show_the_500_page(db):
    client = Client(raise_request_exception=False)

    with mock.patch("tarjotin.robots.reverse", side_effect=ValueError("bug")):
        response = client.get("/robots.txt")

    assert response.status_code == 500
    assert "Palvelussa tapahtui virhe" in response.text


def test_healthz_answers_503_when_the_database_is_down(client, db):
    with _database_down(OperationalError):
        response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "unavailable"}
