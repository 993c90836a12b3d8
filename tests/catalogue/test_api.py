"""Other systems read the catalogue through /api/v1/ and get the same answers as the page."""

import pytest

from services.models import Listing
from tests.factories import make_listing


def test_api_search_gives_the_same_listings_and_counts_as_the_page(client, world):
    params = {"q": "ikäihmisille", "municipality": ["nurmijarvi", "forssa"]}
    data = client.get("/api/v1/listings/", params).json()
    page = client.get("/", params).context
    assert [item["id"] for item in data["results"]] == page["result"].ids
    assert data["count"] == page["result"].total
    municipality_counts = {o["slug"]: o["count"] for o in data["facets"]["municipality"]}
    page_counts = {o.slug: o.count for f in page["result"].facets if f.key == "municipality" for o in f.options}
    assert municipality_counts == page_counts


def test_api_listing_carries_what_a_partner_needs(client, activity):
    item = client.get("/api/v1/listings/", {"kind": "activity"}).json()["results"][0]
    assert item["title"] == activity.title
    assert item["association"]["name"] == activity.association.name
    assert item["place"]["postal_code"] == "01900"
    assert item["municipalities"][0] == {"slug": "nurmijarvi", "name": "Nurmijärvi", "code": "543"}
    assert item["url"].startswith("http://testserver/")


def test_api_refuses_invalid_filters_with_reasons(client, db):
    response = client.get("/api/v1/listings/", {"municipality": "atlantis", "date_from": "huomenna"})
    assert response.status_code == 400
    assert set(response.json()["errors"]) == {"municipality", "date_from"}


@pytest.mark.parametrize("status", [Listing.Status.DRAFT, Listing.Status.PENDING, Listing.Status.RETURNED, Listing.Status.ARCHIVED])
def test_api_never_shows_unpublished_listings(client, association, status):
    listing = make_listing(association, status=status)
    assert client.get(f"/api/v1/listings/{listing.pk}/").status_code == 404
    assert client.get("/api/v1/listings/").json()["count"] == 0


def test_api_associations_lists_only_approved(client, association, other_association):
    other_association.approved_at = None
    other_association.save()
    data = client.get("/api/v1/associations/").json()
    assert [a["slug"] for a in data["results"]] == [association.slug]
    assert client.get(f"/api/v1/associations/{other_association.slug}/").status_code == 404


def test_openapi_description_lists_the_catalogue_filters(client, db):
    document = client.get("/api/v1/openapi.json").json()
    names = {p["name"] for p in document["paths"]["/api/v1/listings/"]["get"]["parameters"]}
    assert {"q", "municipality", "target_group", "weekday", "when", "page_size"} <= names


def test_api_query_count_does_not_grow_with_page_size(client, association, django_assert_max_num_queries):
    for n in range(30):
        make_listing(association, title=f"Kerho {n}")
    client.get("/api/v1/listings/")
    with django_assert_max_num_queries(12):
        client.get("/api/v1/listings/", {"page_size": 30, "municipality": "nurmijarvi"})
