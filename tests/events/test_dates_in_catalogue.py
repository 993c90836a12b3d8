"""One event on several dates: one card and one page, and every public view reads its dates."""

import datetime
import json

from django.utils import timezone

from events.models import set_dates


def _two_weeks_of(event):
    later = event.starts_at + datetime.timedelta(days=14)
    set_dates(event, [(event.starts_at, event.ends_at), (later, later + datetime.timedelta(hours=2))])
    return later


def test_card_shows_the_next_date_and_how_many_more(client, signup_event):
    _two_weeks_of(signup_event)

    page = client.get("/", {"kind": "event"}).content.decode()

    assert page.count(f'href="{signup_event.get_absolute_url()}"') == 1  # one card
    assert "ja 1 muu päivä" in page


def test_date_filter_finds_the_event_by_its_later_date(client, signup_event):
    later = timezone.localdate(_two_weeks_of(signup_event))

    found = client.get("/api/v1/listings/", {"date_from": later.isoformat(), "date_to": later.isoformat()}).json()
    missed = client.get("/api/v1/listings/", {"date_from": (later - datetime.timedelta(days=2)).isoformat(),
                                               "date_to": (later - datetime.timedelta(days=1)).isoformat()}).json()

    assert [item["id"] for item in found["results"]] == [signup_event.pk]
    assert missed["results"] == []


def test_api_lists_every_date_not_yet_over(client, signup_event):
    later = _two_weeks_of(signup_event)

    item = client.get("/api/v1/listings/", {"kind": "event"}).json()["results"][0]

    starts = [datetime.datetime.fromisoformat(d["starts_at"]) for d in item["dates"]]
    assert starts == [signup_event.starts_at, later]


def test_event_page_lists_the_dates_and_its_json_ld_has_one_sub_event_each(client, signup_event):
    _two_weeks_of(signup_event)

    page = client.get(signup_event.get_absolute_url()).content.decode()

    data = json.loads(page.split('<script type="application/ld+json"', 1)[1].split(">", 1)[1].split("</script>", 1)[0])
    event = data if data.get("@type") == "Event" else next(d for d in data["@graph"] if d.get("@type") == "Event")
    assert len(event["subEvent"]) == 2
    assert "Päivät" in page
