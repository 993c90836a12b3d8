"""A bad parameter is a 400 that says what is wrong (JSON on the API), never a server error."""

import pytest


@pytest.mark.parametrize("path", ["/", "/sv/", "/en/"])
def test_catalogue_page_explains_a_year_out_of_range_with_400(client, db, path):
    response = client.get(path, {"date_from": "9999-12-31"})
    assert response.status_code == 400
    assert "9999" in response.content.decode()


def test_calendar_feed_refuses_a_year_out_of_range_with_400(client, db):
    response = client.get("/kalenteri.ics", {"date_to": "9999-12-31"})
    assert response.status_code == 400
    assert "date_to" in response.content.decode()


def test_api_refuses_a_year_out_of_range_with_reasons(client, db):
    response = client.get("/api/v1/listings/", {"date_from": "9999-12-31", "date_to": "9999-12-31"})
    assert response.status_code == 400
    assert set(response.json()["errors"]) == {"date_from", "date_to"}


@pytest.mark.parametrize("parameter", ["q", "municipality"])
def test_api_associations_refuse_a_nul_byte_with_400_json(client, db, parameter):
    response = client.get("/api/v1/associations/", {parameter: "a\x00b"})
    assert response.status_code == 400
    assert parameter in response.json()["errors"]


def test_api_associations_refuse_an_unknown_municipality(client, db):
    response = client.get("/api/v1/associations/", {"municipality": "atlantis"})
    assert response.status_code == 400 and "municipality" in response.json()["errors"]


@pytest.mark.parametrize("path", ["/api/v1/listings/", "/api/v1/associations/"])
def test_api_refuses_a_page_that_is_not_a_number(client, db, path):
    response = client.get(path, {"page": "kaksi", "page_size": "-1"})
    assert response.status_code == 400
    assert set(response.json()["errors"]) == {"page", "page_size"}


def test_directory_page_with_a_nul_byte_finds_nothing(client, db):
    assert client.get("/yhdistykset/", {"municipality": "a\x00b", "q": "a\x00b"}).status_code == 200
