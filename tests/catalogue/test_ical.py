import datetime
import zoneinfo

import icalendar
import pytest
from django.conf import settings
from django.utils import timezone, translation

from django.urls import reverse

from catalogue.ical import calendar_for
from events.models import set_dates
from services.models import Listing, Place
from tests.factories import make_association, make_listing
from vocabularies.models import Municipality

HELSINKI = zoneinfo.ZoneInfo("Europe/Helsinki")
SUMMER_EVENING = datetime.datetime(2031, 6, 10, 18, 0, tzinfo=HELSINKI)  # summer time, UTC+3


@pytest.fixture(autouse=True)
def finnish_after_each_test():
    # A request to /sv/ or /en/ leaves that language active in the test thread.
    yield
    translation.activate(settings.LANGUAGE_CODE)


def make_event(association, **fields):
    fields.setdefault("starts_at", SUMMER_EVENING)
    fields.setdefault("ends_at", fields["starts_at"] + datetime.timedelta(hours=2))
    return make_listing(association, kind=Listing.Kind.EVENT, **fields)


def events_in(content: bytes):
    return icalendar.Calendar.from_ical(content).walk("VEVENT")


@pytest.fixture
def event(association, place):
    return make_event(
        association,
        title="Kesäjuhla; laulua, tanssia ja kahvia",
        summary="Koko perheen juhla puistossa.",
        place=place,
    )


def test_event_ics_is_a_calendar_attachment(client, event):
    response = client.get(f"/tapahtumat/{event.pk}/kalenteri.ics")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="{event.slug}.ics"'


def test_event_ics_parses_back_with_the_events_facts(client, event):
    response = client.get(f"/tapahtumat/{event.pk}/kalenteri.ics")

    calendar = icalendar.Calendar.from_ical(response.content)
    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"]
    assert calendar["CALSCALE"] == "GREGORIAN"
    assert "X-WR-CALNAME:Kesäjuhla\\; laulua\\, tanssia ja kahvia\r\n" in response.content.decode()
    [vevent] = calendar.walk("VEVENT")
    assert vevent["UID"] == f"listing-{event.pk}@127.0.0.1"
    assert vevent["SUMMARY"] == "Kesäjuhla; laulua, tanssia ja kahvia"
    assert vevent.start == SUMMER_EVENING
    assert vevent["DTSTART"].params["TZID"] == "Europe/Helsinki"
    assert vevent.end == SUMMER_EVENING + datetime.timedelta(hours=2)
    assert vevent["DTSTAMP"].dt.tzinfo is not None
    assert vevent["LOCATION"] == "Kirjaston kerhohuone, Keskustie 2, 01900 Nurmijärvi"
    url = f"http://testserver/tapahtumat/{event.pk}/{event.slug}/"
    assert vevent["URL"] == url
    assert "Koko perheen juhla puistossa." in vevent["DESCRIPTION"]
    assert "Järjestäjä: Nurmijärven Eläkkeensaajat" in vevent["DESCRIPTION"]
    assert url in vevent["DESCRIPTION"]
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Helsinki"]


def test_ics_escapes_text_and_uses_crlf_and_short_lines(client, event):
    event.summary = "Pitkä kuvaus, jossa on pilkkuja; puolipisteitä ja rivinvaihto\nsekä ääkkösiä " * 3  # < 300
    event.save()

    content = client.get(f"/tapahtumat/{event.pk}/kalenteri.ics").content

    assert content.endswith(b"\r\n")
    assert b"\n" not in content.replace(b"\r\n", b"")
    lines = content.split(b"\r\n")
    assert all(len(line) <= 75 for line in lines)
    assert b"SUMMARY:Kes\xc3\xa4juhla\\; laulua\\, tanssia ja kahvia" in content
    [vevent] = events_in(content)
    assert vevent["DESCRIPTION"].startswith(event.summary)


def test_ics_of_unpublished_event_is_not_found(client, association):
    draft = make_event(association, status=Listing.Status.DRAFT)

    response = client.get(f"/tapahtumat/{draft.pk}/kalenteri.ics")

    assert response.status_code == 404


def test_ics_of_an_activity_is_not_found(client, activity):
    response = client.get(f"/tapahtumat/{activity.pk}/kalenteri.ics")

    assert response.status_code == 404


def test_ics_of_unapproved_associations_event_is_not_found(client, db):
    event = make_event(make_association("Odottava yhdistys", approved=False))

    response = client.get(f"/tapahtumat/{event.pk}/kalenteri.ics")

    assert response.status_code == 404


def test_online_event_has_its_link_as_location(association):
    event = make_event(association, is_online=True, online_url="https://meet.example.fi/kahvila")

    [vevent] = events_in(calendar_for([event], name="Testi"))

    assert vevent["LOCATION"] == "https://meet.example.fi/kahvila"


def test_place_with_coordinates_gives_geo(association):
    place = Place.objects.create(
        name="Seurantalo",
        street_address="Kyläntie 1",
        postal_code="30100",
        municipality=Municipality.objects.get(slug="forssa"),
        latitude="60.814000",
        longitude="23.621000",
    )
    event = make_event(association, place=place)

    [vevent] = events_in(calendar_for([event], name="Testi"))

    assert (vevent["GEO"].latitude, vevent["GEO"].longitude) == (60.814, 23.621)


def test_uid_stays_the_same_across_downloads(association):
    event = make_event(association)

    first = events_in(calendar_for([event], name="Testi"))[0]["UID"]
    second = events_in(calendar_for([event], name="Testi"))[0]["UID"]

    assert first == second == f"listing-{event.pk}@127.0.0.1"


def test_association_feed_has_only_its_upcoming_published_events(client, association, other_association):
    soon = make_event(association, title="Pian", starts_at=SUMMER_EVENING)
    later = make_event(association, title="Myöhemmin", starts_at=SUMMER_EVENING + datetime.timedelta(days=30))
    past_start = timezone.now() - datetime.timedelta(days=3)
    make_event(association, title="Mennyt", starts_at=past_start, ends_at=past_start + datetime.timedelta(hours=1))
    make_event(association, title="Luonnos", status=Listing.Status.DRAFT)
    make_event(association, title="Arkistoitu", status=Listing.Status.ARCHIVED)
    make_event(other_association, title="Toisen yhdistyksen")
    make_listing(association, title="Toimintaa")

    response = client.get(f"/yhdistykset/{association.slug}/kalenteri.ics")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="{association.slug}.ics"'
    calendar = icalendar.Calendar.from_ical(response.content)
    assert f"X-WR-CALNAME:{association.name}\r\n" in response.content.decode()
    assert [str(vevent["SUMMARY"]) for vevent in calendar.walk("VEVENT")] == ["Pian", "Myöhemmin"]
    assert [str(vevent["UID"]) for vevent in calendar.walk("VEVENT")] == [
        f"listing-{soon.pk}@127.0.0.1",
        f"listing-{later.pk}@127.0.0.1",
    ]


def test_feed_of_unapproved_association_is_not_found(client, db):
    association = make_association("Odottava yhdistys", approved=False)

    response = client.get(f"/yhdistykset/{association.slug}/kalenteri.ics")

    assert response.status_code == 404


def test_empty_feed_is_still_a_valid_calendar(client, association):
    response = client.get(f"/yhdistykset/{association.slug}/kalenteri.ics")

    calendar = icalendar.Calendar.from_ical(response.content)
    assert calendar.walk("VEVENT") == []
    assert calendar["VERSION"] == "2.0"


def test_swedish_feed_links_to_swedish_pages(client, association):
    event = make_event(association)

    response = client.get(f"/sv/yhdistykset/{association.slug}/kalenteri.ics")

    [vevent] = events_in(response.content)
    assert vevent["URL"] == f"http://testserver/sv/tapahtumat/{event.pk}/{event.slug}/"


def test_feed_query_count_is_constant(client, association, place, django_assert_max_num_queries):
    for day in range(10):
        make_event(association, place=place, starts_at=SUMMER_EVENING + datetime.timedelta(days=day))

    # The association and its events, and the events' dates.
    with django_assert_max_num_queries(3):
        response = client.get(f"/yhdistykset/{association.slug}/kalenteri.ics")

    assert len(events_in(response.content)) == 10


def test_an_event_on_several_dates_is_one_vevent_per_date(client, association, place):
    event = make_event(association, place=place)
    later = event.starts_at + datetime.timedelta(days=7)
    set_dates(event, [(event.starts_at, event.ends_at), (later, later + datetime.timedelta(hours=2))])

    response = client.get(reverse("catalogue:event-ics", args=[event.pk]))

    vevents = events_in(response.content)
    assert len(vevents) == 2 and len({str(v["uid"]) for v in vevents}) == 2
    assert sorted(v.decoded("dtstart") for v in vevents)[1] == timezone.localtime(later)


def test_a_weekly_activity_is_a_repeating_all_day_event_on_its_weekdays(client, association):
    activity = make_listing(association, weekdays=[1, 3], schedule="Tiistaisin ja torstaisin klo 13–15")

    response = client.get(reverse("catalogue:activity-ics", args=[activity.pk]))

    (vevent,) = events_in(response.content)
    assert response.status_code == 200
    assert vevent["rrule"]["BYDAY"] == ["TU", "TH"] and vevent.decoded("dtstart").weekday() in (1, 3)
    assert "Tiistaisin ja torstaisin" in str(vevent["description"])


def test_an_activity_without_weekdays_has_no_calendar_file(client, association):
    activity = make_listing(association, weekdays=[], schedule="Sovitusti")

    assert client.get(reverse("catalogue:activity-ics", args=[activity.pk])).status_code == 404


def test_a_date_at_a_place_of_its_own_has_that_place_in_the_calendar(client, association, place):
    event = make_event(association, place=place)
    later = event.starts_at + datetime.timedelta(days=7)
    set_dates(event, [(event.starts_at, event.ends_at), (later, later + datetime.timedelta(hours=2))])
    elsewhere = Place.objects.create(
        name="Seurakuntatalo", street_address="Kirkkotie 1", postal_code="01900",
        municipality=Municipality.objects.get(slug="nurmijarvi"), association=association,
    )
    event.occurrences.filter(starts_at=later).update(place=elsewhere)

    vevents = events_in(client.get(reverse("catalogue:event-ics", args=[event.pk])).content)

    locations = [str(v["location"]) for v in sorted(vevents, key=lambda v: v.decoded("dtstart"))]
    assert locations[0].startswith(place.name) and locations[1].startswith("Seurakuntatalo")
    assert "Seurakuntatalo" in client.get(event.get_absolute_url()).content.decode()
