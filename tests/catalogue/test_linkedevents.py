"""Our events read like LinkedEvents, so its consumers can show them."""

import datetime

from django.utils import timezone

from catalogue import linkedevents
from services.models import Listing
from tests.factories import make_listing
from vocabularies.models import Language, TargetGroup, Theme


def _event(association, place=None, **fields):
    listing = make_listing(association, kind=Listing.Kind.EVENT, place=place, title="Tanssi-ilta", **fields)
    listing.themes.set(Theme.objects.filter(slug__in=["ikaihmisten-virkistys", "liikunta"]))
    listing.target_groups.set(TargetGroup.objects.filter(slug="ikaihmiset"))
    listing.languages.set(Language.objects.filter(slug="suomi"))
    return listing


def test_an_event_has_the_linkedevents_shape(client, association, place):
    listing = _event(association, place, title_sv="Dansafton", is_free=False, price="5 €")
    data = client.get("/api/linkedevents/v1/event/").json()
    assert data["meta"]["count"] == 1 and data["meta"]["next"] is None
    event = data["data"][0]
    assert event["id"] == f"hyvinvointitarjotin:{listing.pk}"
    assert event["name"] == {"fi": "Tanssi-ilta", "sv": "Dansafton"}
    assert datetime.datetime.fromisoformat(event["start_time"]) == listing.starts_at
    assert datetime.datetime.fromisoformat(event["end_time"]) == listing.ends_at
    assert event["location"]["@id"].endswith(f"/api/linkedevents/v1/place/hyvinvointitarjotin:place-{place.pk}/")
    keyword_ids = [k["@id"].rstrip("/").rsplit("/", 1)[1] for k in event["keywords"]]
    assert "yso:p2433" in keyword_ids and "hyvinvointitarjotin:themes-liikunta" in keyword_ids
    assert event["offers"] == [{"is_free": False, "price": {"fi": "5 €"}, "info_url": None, "description": None}]


def test_the_links_of_an_event_resolve(client, association, place):
    _event(association, place)
    event = client.get("/api/linkedevents/v1/event/").json()["data"][0]
    for link in [event["@id"], event["location"]["@id"], *(k["@id"] for k in event["keywords"]), *(k["@id"] for k in event["in_language"])]:
        assert client.get(link).status_code == 200, link
    keyword = client.get(event["keywords"][0]["@id"]).json()
    assert keyword["name"]["fi"]


def test_events_filter_by_keyword_date_and_change_time(client, association):
    soon = _event(association)
    later = make_listing(
        association, kind=Listing.Kind.EVENT, title="Joulumyyjäiset",
        starts_at=timezone.now() + datetime.timedelta(days=40), ends_at=timezone.now() + datetime.timedelta(days=40, hours=3),
    )

    def ids(**params):
        return [e["id"] for e in client.get("/api/linkedevents/v1/event/", params).json()["data"]]

    assert ids(keyword="yso:p2433") == [linkedevents.event_id(soon)]
    assert ids(start=(timezone.localdate() + datetime.timedelta(days=30)).isoformat()) == [linkedevents.event_id(later)]
    assert ids(end=(timezone.localdate() + datetime.timedelta(days=10)).isoformat()) == [linkedevents.event_id(soon)]
    since = timezone.now()
    later.title = "Joulumyyjäiset ja glögi"
    later.save()
    assert ids(last_modified_since=since.isoformat()) == [linkedevents.event_id(later)]


def test_ended_and_unpublished_events_are_not_listed(client, association):
    past = timezone.now() - datetime.timedelta(days=2)
    make_listing(association, kind=Listing.Kind.EVENT, starts_at=past, ends_at=past + datetime.timedelta(hours=1))
    make_listing(association, kind=Listing.Kind.EVENT, status=Listing.Status.DRAFT)
    assert client.get("/api/linkedevents/v1/event/").json()["meta"]["count"] == 0


def test_bad_parameters_are_refused(client, db):
    assert client.get("/api/linkedevents/v1/event/", {"start": "huomenna"}).status_code == 400
    assert client.get("/api/linkedevents/v1/event/", {"page_size": "500"}).status_code == 400
    assert client.get("/api/linkedevents/v1/event/", {"sort": "name"}).status_code == 400
    assert client.get("/api/linkedevents/v1/event/hyvinvointitarjotin:abc/").status_code == 404
