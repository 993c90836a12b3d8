"""Visitors without a session get pages kept per catalogue version, with tokens of their own."""

import datetime
import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from accounts.models import Counsellor
from catalogue import index as catalogue_index
from services.models import Listing, VolunteerInterest
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


def test_event_pages_are_made_for_each_request(client, association):
    event = make_listing(association, kind=Listing.Kind.EVENT, starts_at=timezone.now() + datetime.timedelta(days=3))
    client.get(event.get_absolute_url())

    with CaptureQueriesContext(connection) as queries:
        assert Client().get(event.get_absolute_url()).status_code == 200
    assert any("events_occurrence" in query["sql"] for query in queries)  # its dates, read again


def test_a_page_with_bad_parameters_is_not_kept(client, activity):
    assert client.get("/?date_from=9999-12-31").status_code == 400

    assert Client().get("/?date_from=9999-12-31").status_code == 400


def _without_tokens(html):
    return NONCE.sub("", TOKEN.sub("", html))
