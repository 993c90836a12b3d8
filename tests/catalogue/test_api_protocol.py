"""How /api/v1/ behaves as a web API: typed, documented, strict, multilingual, cacheable, open."""

import pytest

from tests.factories import make_listing


def _untyped(schema, path="#"):
    """Places in a JSON schema that say only `type: object` with nothing about what is inside."""
    found = []
    if isinstance(schema, dict):
        if schema.get("type") == "object" and not ({"properties", "additionalProperties", "$ref"} & set(schema)):
            found.append(path)
        for key, value in schema.items():
            found += _untyped(value, f"{path}/{key}")
    elif isinstance(schema, list):
        for n, value in enumerate(schema):
            found += _untyped(value, f"{path}/{n}")
    return found


def test_openapi_document_types_every_field(client, db):
    document = client.get("/api/v1/openapi.json").json()
    assert _untyped(document) == []
    listing = document["components"]["schemas"]["ListingOut"]["properties"]
    assert listing["updated_at"]["format"] == "date-time"
    assert "404" in document["paths"]["/api/v1/listings/{pk}/"]["get"]["responses"]


def test_docs_page_documents_every_endpoint_and_field(client, db):
    content = client.get("/api/v1/docs/").content.decode()
    assert "<code>GET /api/v1/listings/</code>" in content and "<code>GET /api/v1/removed/</code>" in content
    assert "<code>updated_since</code>" in content and "string (date-time) or null" in content
    assert 'id="schema-ListingOut"' in content


def test_root_links_to_the_documents_and_collections(client, db):
    data = client.get("/api/v1/").json()
    assert data["openapi"] == "http://testserver/api/v1/openapi.json"
    assert data["listings"] == "http://testserver/api/v1/listings/"


def test_unknown_listing_answers_404_in_json(client, db):
    response = client.get("/api/v1/listings/999999/")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json()["detail"]


def test_unknown_parameters_are_refused(client, db):
    response = client.get("/api/v1/listings/", {"bbox": "24,60,25,61", "municipality": "nurmijarvi"})
    assert response.status_code == 400
    assert set(response.json()["errors"]) == {"bbox"}


def test_badly_typed_parameters_are_refused_with_the_parameter_named(client, db):
    response = client.get("/api/v1/listings/", {"page_size": "1000"})
    assert response.status_code == 400
    assert set(response.json()["errors"]) == {"page_size"}


@pytest.mark.parametrize(
    "params, headers, language, name",
    [
        ({}, {}, "fi", "Ikäihmiset"),
        ({"lang": "sv"}, {}, "sv", "Äldre"),
        ({}, {"Accept-Language": "en-GB,en;q=0.8"}, "en", "Older people"),
        ({"lang": "fi"}, {"Accept-Language": "sv"}, "fi", "Ikäihmiset"),
    ],
)
def test_answers_in_the_language_asked(client, world, params, headers, language, name):
    response = client.get("/api/v1/listings/", {"target_group": "ikaihmiset", **params}, headers=headers)
    assert response["Content-Language"] == language
    options = {o["slug"]: o["label"] for o in response.json()["facets"]["target_group"]}
    assert options["ikaihmiset"] == name


def test_an_unknown_language_is_refused(client, db):
    response = client.get("/api/v1/listings/", {"lang": "de"})
    assert response.status_code == 400
    assert set(response.json()["errors"]) == {"lang"}


def test_any_site_may_read_the_api(client, db):
    response = client.get("/api/v1/listings/", headers={"Origin": "https://www.nurmijarvi.fi"})
    assert response["Access-Control-Allow-Origin"] == "*"


def test_a_preflight_allows_only_reading(client, db):
    response = client.options(
        "/api/v1/listings/",
        headers={"Origin": "https://www.nurmijarvi.fi", "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "if-none-match"},
    )
    assert response.status_code == 200
    assert "POST" not in response["Access-Control-Allow-Methods"]


def test_pages_other_than_the_api_send_no_cors_headers(client, db):
    response = client.get("/", headers={"Origin": "https://www.nurmijarvi.fi"})
    assert "Access-Control-Allow-Origin" not in response


def test_an_unchanged_answer_is_not_sent_again(client, world):
    first = client.get("/api/v1/listings/")
    assert first["ETag"] and first["Last-Modified"]
    again = client.get("/api/v1/listings/", headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 304
    assert again.content == b""


def test_a_change_gives_a_new_etag(client, world):
    listings, _hidden = world
    first = client.get("/api/v1/listings/")
    listings["peer_group"].title = "Uusi otsikko"
    listings["peer_group"].save()
    again = client.get("/api/v1/listings/", headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 200


def test_the_language_is_part_of_the_etag(client, world):
    finnish = client.get("/api/v1/listings/")
    swedish = client.get("/api/v1/listings/", {"lang": "sv"}, headers={"If-None-Match": finnish["ETag"]})
    assert swedish.status_code == 200


def test_pages_link_to_each_other(client, association):
    for n in range(5):
        make_listing(association, title=f"Kerho {n}")
    first = client.get("/api/v1/listings/", {"page_size": 2, "kind": "activity"}).json()
    assert first["previous"] is None
    second = client.get(first["next"]).json()
    assert second["page"] == 2
    assert second["previous"].endswith("page=1")
    assert {r["id"] for r in first["results"]}.isdisjoint(r["id"] for r in second["results"])


def test_too_many_requests_are_told_when_to_come_back(client, db, settings):
    settings.API_RATE_PER_MINUTE = 2
    for _n in range(2):
        assert client.get("/api/v1/associations/").status_code == 200
    response = client.get("/api/v1/associations/")
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert response.json()["detail"]
