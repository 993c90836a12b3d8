from unittest import mock

from django.db import DatabaseError


def test_healthz_answers_ok_when_database_works(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_healthz_answers_503_when_database_fails(client, db):
    with mock.patch("tarjotin.views.connection.cursor", side_effect=DatabaseError("down")):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["status"] == "error"
