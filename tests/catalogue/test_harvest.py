"""A partner keeps a copy of the catalogue in step by harvesting only what changed."""

import datetime

from django.utils import timezone

from catalogue.models import RemovedListing
from services.models import Listing
from services.models.listing import hidden_before
from tests.factories import make_association, make_listing


def _harvest(client, url, params):
    """Every item of a paged collection, following the `next` links."""
    items, page = [], client.get(url, {**params, "page_size": 2}).json()
    items += page["results"]
    while page["next"]:
        page = client.get(page["next"]).json()
        items += page["results"]
    return items


def test_an_incremental_harvest_ends_with_exactly_the_public_set(client, world, liaison):
    listings, _hidden = world
    martat = make_association("Forssan Martat", municipalities=("forssa",))
    baking = make_listing(martat, title="Leivontakerho", municipalities=("forssa",))
    copy = {item["id"]: item for item in _harvest(client, "/api/v1/listings/", {})}
    assert set(copy) == {*(listing.pk for listing in listings.values()), baking.pk}
    since = timezone.now()

    listings["peer_group"].title = "Vertaistukiryhmä ikäihmisille ja omaisille"
    listings["peer_group"].save()
    listings["baby_cafe"].archive(by=liaison)
    listings["friend"].delete()
    martat.approved_at = None
    martat.save()
    new = make_listing(listings["dance"].association, title="Lukupiiri")

    changed = _harvest(client, "/api/v1/listings/", {"updated_since": since.isoformat()})
    removed = _harvest(client, "/api/v1/removed/", {"since": since.isoformat()})
    copy.update({item["id"]: item for item in changed})
    for item in removed:
        copy.pop(item["id"], None)

    public = {item["id"] for item in _harvest(client, "/api/v1/listings/", {})}
    assert set(copy) == public == {listings["peer_group"].pk, listings["dance"].pk, new.pk}
    assert {item["id"] for item in changed} == {listings["peer_group"].pk, new.pk}
    assert copy[listings["peer_group"].pk]["title"] == "Vertaistukiryhmä ikäihmisille ja omaisille"


def test_a_listing_published_again_is_no_longer_removed(client, association, liaison):
    listing = make_listing(association)
    since = timezone.now()
    listing.archive(by=liaison)
    assert [item["id"] for item in client.get("/api/v1/removed/", {"since": since.isoformat()}).json()["results"]] == [listing.pk]
    Listing.objects.filter(pk=listing.pk).update(status=Listing.Status.PUBLISHED)
    RemovedListing.record([listing.pk])
    assert client.get("/api/v1/removed/", {"since": since.isoformat()}).json()["count"] == 0


def test_drafts_leave_no_tombstones(client, association):
    since = timezone.now()
    draft = make_listing(association, status=Listing.Status.DRAFT)
    draft.title = "Muokattu luonnos"
    draft.save()
    assert client.get("/api/v1/removed/", {"since": since.isoformat()}).json()["count"] == 0


def test_a_listing_hidden_as_stale_is_removed_from_the_day_it_left(client, association):
    today = timezone.localdate()
    listing = make_listing(association, last_confirmed_on=hidden_before(today) - datetime.timedelta(days=1))
    week_ago = timezone.now() - datetime.timedelta(days=7)
    removed = client.get("/api/v1/removed/", {"since": week_ago.isoformat()}).json()["results"]
    assert [item["id"] for item in removed] == [listing.pk]
    left = datetime.datetime.fromisoformat(removed[0]["removed_at"])
    assert week_ago < left <= timezone.now()
    assert client.get("/api/v1/removed/", {"since": timezone.now().isoformat()}).json()["count"] == 0


def test_removed_needs_a_time(client, db):
    response = client.get("/api/v1/removed/")
    assert response.status_code == 400
    assert set(response.json()["errors"]) == {"since"}


def test_associations_can_be_harvested_by_change_time(client, association, other_association):
    since = timezone.now()
    other_association.description = "Uusi kuvaus"
    other_association.save()
    data = client.get("/api/v1/associations/", {"updated_since": since.isoformat()}).json()
    assert [a["slug"] for a in data["results"]] == [other_association.slug]
