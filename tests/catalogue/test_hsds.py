"""/api/hsds/ speaks Open Referral HSDS 3.0: every demo record validates against the standard."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import RequestFactory
from jsonschema import Draft202012Validator, FormatChecker

from catalogue import hsds
from services.models import Listing
from tests.factories import make_listing

# CI lays shared/ beside the project, as the worktrees have it.
SCHEMAS = Path(settings.BASE_DIR).parent / "shared" / "standards" / "hsds-3.0"


def validator(name):
    return Draft202012Validator(json.loads((SCHEMAS / f"{name}.json").read_text()), format_checker=FormatChecker())


def errors(name, record):
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator(name).iter_errors(record)]


@pytest.fixture
def demo(db):
    call_command("demo_data", "--scale", "1", stdout=StringIO())


def test_every_demo_record_is_valid_hsds(demo):
    request = RequestFactory().get("/")
    found = {"service": [], "organization": [], "service_at_location": []}
    for listing in hsds.services():
        found["service"] += errors("service", hsds.service_json(listing, request))
        if listing.place_id:
            found["service_at_location"] += errors("service_at_location", hsds.service_at_location_json(listing))
    for association in hsds.organizations():
        found["organization"] += errors("organization", hsds.organization_json(association, request))
    for place in hsds.locations():
        wrapped = {"id": "00000000-0000-0000-0000-000000000000", "location": hsds.location_json(place)}
        found["service_at_location"] += errors("service_at_location", wrapped)
    assert found == {"service": [], "organization": [], "service_at_location": []}
    assert hsds.services().count() > 50


def test_services_page_like_the_standard(client, demo):
    data = client.get("/api/hsds/services/", {"per_page": 10, "page": 2}).json()
    assert data["page_number"] == 2 and data["size"] == 10 and not data["first_page"]
    assert data["total_items"] == hsds.services().count()
    for service in data["contents"]:
        assert errors("service", service) == []


def test_a_service_has_a_stable_id_assured_date_schedule_and_areas(client, association, place):
    listing = make_listing(association, place=place, weekdays=[1, 3], times_of_day=[1], municipalities=["nurmijarvi", "tuusula"])
    first = client.get("/api/hsds/services/").json()["contents"][0]
    again = client.get(f"/api/hsds/services/{first['id']}/").json()
    assert again["id"] == first["id"] == hsds.hsds_id("service", listing.pk)
    assert first["assured_date"] == listing.last_confirmed_on.isoformat()
    assert first["schedules"][0]["byday"] == "TU,TH"
    assert (first["schedules"][0]["opens_at"], first["schedules"][0]["closes_at"]) == ("12:00", "17:00")
    assert {area["name"] for area in first["service_areas"]} == {"Nurmijärvi", "Tuusula"}
    assert "543" in " ".join(area["description"] for area in first["service_areas"])


def test_an_organization_is_identified_by_its_business_id(client, association):
    association.business_id = "1234567-8"
    association.save()
    organization = client.get("/api/hsds/organizations/").json()["contents"][0]
    assert organization["organization_identifiers"][0]["identifier"] == "1234567-8"
    assert organization["organization_identifiers"][0]["identifier_type"] == "Y-tunnus"
    assert errors("organization", organization) == []


def test_locations_and_services_at_them_are_listed(client, association, place):
    listing = make_listing(association, place=place)
    location = client.get("/api/hsds/locations/").json()["contents"][0]
    assert location["addresses"][0]["postal_code"] == "01900"
    link = client.get("/api/hsds/service_at_locations/").json()["contents"][0]
    assert link["service_id"] == hsds.hsds_id("service", listing.pk) and link["location_id"] == location["id"]
    assert client.get(f"/api/hsds/locations/{location['id']}/").status_code == 200


def test_events_roles_and_hidden_listings_are_not_services(client, association):
    make_listing(association, kind=Listing.Kind.EVENT)
    make_listing(association, kind=Listing.Kind.VOLUNTEER_ROLE)
    draft = make_listing(association, status=Listing.Status.DRAFT)
    assert client.get("/api/hsds/services/").json()["total_items"] == 0
    assert client.get(f"/api/hsds/services/{hsds.hsds_id('service', draft.pk)}/").status_code == 404


def test_hsds_refuses_bad_parameters(client, db):
    assert client.get("/api/hsds/services/", {"per_page": "0"}).status_code == 400
    assert client.get("/api/hsds/services/", {"modified_after": "eilen"}).status_code == 400
    assert client.get("/api/hsds/services/", {"bbox": "1"}).status_code == 400
