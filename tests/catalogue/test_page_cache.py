"""Visitors without a session get pages kept per catalogue version, with tokens of their own."""

import datetime
import re
import time

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from accounts.models import Counsellor
from catalogue import index as catalogue_index
from catalogue import detail_views, views
from events import page_state as event_state
from events.models import Registration, SignupSettings
from services.models import Listing, VolunteerInterest
from tests.events.conftest import occurrence, signup_event, sign_up  # noqa: F401 - fixtures
from tests.factories import make_listing, make_user

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
NONCE = re.compile(r' nonce="([^"]+)"')


@pytest.fixture(autouse=True)
def warm_index(db):
    catalogue_index.holder.get()  # built at start-up, before a worker takes requests


@pytest.fixture
def role(association):
    return make_listing(association, kind=Listing.Kind.VOLUNTEER_ROLE, title="Ystävä ikäihmiselle", contact_email="vapaaehtoiset@example.fi")


def test_the_second_visitor_gets_the_page_without_queries(client, activity, django_assert_max_num_queries):
    first = client.get("/?q=kerho")

    with django_assert_max_num_queries(1):  # at most the revision check, once a second
        second = Client().get("/?q=kerho")

    assert second.status_code == 200
    assert _without_tokens(second.text) == _without_tokens(first.text)


def test_a_kept_page_gives_each_visitor_working_tokens_of_their_own(role, django_capture_on_commit_callbacks):
    Client().get(role.get_absolute_url())  # keeps the page
    visitor = Client(enforce_csrf_checks=True, HTTP_USER_AGENT="Mozilla/5.0 Firefox/133.0")
    page = visitor.get(role.get_absolute_url())

    tokens = TOKEN.findall(page.text)
    assert len(tokens) >= 2 and len(set(tokens)) == len(tokens)
    with django_capture_on_commit_callbacks(execute=True):
        response = visitor.post(
            reverse("services:role-interest", args=[role.pk]),
            {"name": "Ville Vapaa", "contact": "040 765 4321", "message": "", "consent": "on", "website": "", "csrfmiddlewaretoken": tokens[-1]},
        )
    assert response.status_code == 302 and VolunteerInterest.objects.filter(name="Ville Vapaa").exists()


def test_a_kept_page_has_the_nonce_its_policy_names(client, activity):
    client.get("/")
    response = Client().get("/")

    nonces = set(NONCE.findall(response.text))
    assert len(nonces) == 1
    assert f"'nonce-{nonces.pop()}'" in response["Content-Security-Policy"]


def test_a_change_to_the_catalogue_shows_at_once(client, association, activity):
    client.get("/")

    make_listing(association, title="Uusi lukupiiri")

    assert "Uusi lukupiiri" in Client().get("/").text


def test_a_change_elsewhere_leaves_a_page_as_it_was_without_making_it_again(client, association, activity, monkeypatch):
    search = "/?municipality=nurmijarvi&target_group=ikaihmiset"
    made = []
    make_page = views.results_page
    monkeypatch.setattr(views, "results_page", lambda *args: made.append(args) or make_page(*args))
    before = client.get(search).text

    make_listing(association, title="Lukupiiri Tuusulassa", municipalities=("tuusula",))
    after = Client().get(search)

    assert len(made) == 1
    assert _without_tokens(after.text) == _without_tokens(before)

    activity.title = "Kohtaamispaikka ikäihmisille ja omaishoitajille"
    activity.save()
    assert "ikäihmisille ja omaishoitajille" in Client().get(search).text
    assert len(made) == 2


def test_a_listing_page_is_made_again_only_when_what_it_shows_changes(association, other_association, activity, monkeypatch):
    sibling = make_listing(association, title="Lukupiiri")
    made = []
    make_context = detail_views.listing_context
    monkeypatch.setattr(detail_views, "listing_context", lambda *args, **kwargs: made.append(args) or make_context(*args, **kwargs))
    before = Client().get(activity.get_absolute_url()).text

    make_listing(other_association, title="Kuoro Tuusulassa")  # another association's
    assert _without_tokens(Client().get(activity.get_absolute_url()).text) == _without_tokens(before)
    assert len(made) == 1

    sibling.title = "Lukupiiri ja kirjasto"  # named among the association's other listings
    sibling.save()
    assert "Lukupiiri ja kirjasto" in Client().get(activity.get_absolute_url()).text

    association.name = "Nurmijärven Seniorit ry"
    association.save()
    assert "Nurmijärven Seniorit ry" in Client().get(activity.get_absolute_url()).text
    assert len(made) == 3


def test_views_of_a_kept_listing_page_are_still_counted(activity):
    Client().get(activity.get_absolute_url())
    for _ in range(2):
        Client().get(activity.get_absolute_url(), HTTP_USER_AGENT="Mozilla/5.0 Firefox/133.0")

    assert sum(activity.monthly_views.values_list("count", flat=True)) == 2


def test_a_counsellor_gets_the_page_made_for_them(client, activity, liaison):
    activity.professional_contact = "Soita suoraan Ainolle"
    activity.save()
    Client().get(activity.get_absolute_url())
    counsellor = make_user("paula.ohjaaja@keusote.example")
    Counsellor.objects.create(user=counsellor, organisation="Keusote").approve(by=liaison)
    client.force_login(counsellor)

    assert "Soita suoraan Ainolle" in client.get(activity.get_absolute_url()).text
    assert "Soita suoraan Ainolle" not in Client().get(activity.get_absolute_url()).text


def test_an_event_page_is_kept_until_a_sign_up_takes_a_place(
    signup_event, occurrence, django_assert_max_num_queries, django_capture_on_commit_callbacks
):
    Client().get(signup_event.get_absolute_url())
    with django_assert_max_num_queries(1):  # the revision check; the event's state was read a moment ago
        assert "2 paikkaa vapaana" in Client().get(signup_event.get_absolute_url()).text

    with django_capture_on_commit_callbacks(execute=True):
        sign_up(occurrence, name="Aino")

    assert "1 paikka vapaana" in Client().get(signup_event.get_absolute_url()).text


def test_a_sign_up_in_another_worker_shows_within_a_second(signup_event, occurrence, monkeypatch):
    Client().get(signup_event.get_absolute_url())

    # Written by another process: nothing here hears of it.
    Registration.objects.bulk_create([Registration(occurrence=occurrence, name="Aino", status=Registration.Status.CONFIRMED)])

    assert "2 paikkaa vapaana" in Client().get(signup_event.get_absolute_url()).text
    a_second_later = time.time() + event_state.FRESH_FOR
    monkeypatch.setattr(time, "time", lambda: a_second_later)
    assert "1 paikka vapaana" in Client().get(signup_event.get_absolute_url()).text


def test_two_visitors_of_a_kept_event_page_sign_up_as_two(signup_event, occurrence):
    Client().get(signup_event.get_absolute_url())
    for name in ("Aino", "Eino"):
        visitor = Client(enforce_csrf_checks=True)
        page = visitor.get(signup_event.get_absolute_url()).text
        fields = dict(re.findall(r'name="(csrfmiddlewaretoken|submission)" value="([^"]+)"', page))
        response = visitor.post(
            reverse("events:event-signup", args=[signup_event.pk]),
            {"occurrence": occurrence.pk, "name": name, "email": f"{name.lower()}@example.fi", "website": "", **fields},
        )
        assert response.status_code == 302

    assert sorted(Registration.objects.values_list("name", flat=True)) == ["Aino", "Eino"]


SIGN_UP_FORM = 'name="occurrence"'


@pytest.mark.parametrize(
    "moment, shown_before, shown_after",
    [
        ("registration_opens_at", "Ilmoittautuminen ei ole vielä alkanut.", SIGN_UP_FORM),
        ("registration_closes_at", SIGN_UP_FORM, "Ilmoittautuminen on päättynyt."),
    ],
)
def test_an_event_page_opens_and_closes_its_sign_up_when_the_time_comes(
    signup_event, occurrence, monkeypatch, moment, shown_before, shown_after
):
    setattr(signup_event, moment, timezone.now() + datetime.timedelta(hours=1))
    signup_event.save()
    page = Client().get(signup_event.get_absolute_url()).text
    assert shown_before in page and shown_after not in page

    later = timezone.now() + datetime.timedelta(hours=2)
    monkeypatch.setattr(timezone, "now", lambda: later)

    page = Client().get(signup_event.get_absolute_url()).text
    assert shown_after in page and shown_before not in page


def test_a_date_that_has_begun_is_no_longer_offered(signup_event, occurrence, monkeypatch):
    second = signup_event.occurrences.create(
        starts_at=occurrence.starts_at + datetime.timedelta(days=7), ends_at=occurrence.ends_at + datetime.timedelta(days=7)
    )
    options = re.compile(r'name="occurrence" value="(\d+)"')
    # The same day, so that only the date's beginning can tell the two pages apart.
    before = occurrence.starts_at - datetime.timedelta(hours=1)
    monkeypatch.setattr(timezone, "now", lambda: before)
    assert options.findall(Client().get(signup_event.get_absolute_url()).text) == [str(occurrence.pk), str(second.pk)]

    begun = occurrence.starts_at + datetime.timedelta(minutes=30)
    monkeypatch.setattr(timezone, "now", lambda: begun)

    assert options.findall(Client().get(signup_event.get_absolute_url()).text) == [str(second.pk)]


def test_an_event_page_changes_with_its_sign_up_settings(signup_event, occurrence, django_capture_on_commit_callbacks):
    Client().get(signup_event.get_absolute_url())

    settings = SignupSettings.objects.get(event=signup_event)
    settings.is_open = False
    with django_capture_on_commit_callbacks(execute=True):
        settings.save()

    assert "ei voi ilmoittautua tässä palvelussa" in Client().get(signup_event.get_absolute_url()).text


def test_a_page_with_bad_parameters_is_not_kept(client, activity):
    assert client.get("/?date_from=9999-12-31").status_code == 400

    assert Client().get("/?date_from=9999-12-31").status_code == 400


def _without_tokens(html):
    return NONCE.sub("", TOKEN.sub("", html))


def test_an_ended_event_page_is_kept_and_says_it_has_ended(association, django_assert_max_num_queries):
    start = timezone.now() - datetime.timedelta(days=3)
    ended = make_listing(association, kind=Listing.Kind.EVENT, starts_at=start, ends_at=start + datetime.timedelta(hours=2))
    Client().get(ended.get_absolute_url())

    with django_assert_max_num_queries(2):
        assert "Tämä tapahtuma on jo päättynyt." in Client().get(ended.get_absolute_url()).text


def test_an_unpublished_listing_is_not_found_even_after_its_page_was_kept(activity):
    Client().get(activity.get_absolute_url())

    activity.status = Listing.Status.ARCHIVED
    activity.save()

    assert Client().get(activity.get_absolute_url()).status_code == 404
