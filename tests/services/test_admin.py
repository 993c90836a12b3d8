import datetime

import pytest
from django.contrib import admin
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from events.models import Event, Registration
from moderation.models import ListingForReview, ListingPublishedWithoutReview
from services import search
from services.models import (
    Activity,
    CatalogueRevision,
    Listing,
    Place,
    VolunteerInterest,
    VolunteerRole,
)
from tests.factories import admin_url, make_listing
from tests.factories import form_data

MODELS = [model for model in admin.site._registry if model._meta.app_label in ("services", "events", "moderation")]
LISTING_ADMINS = [Listing, Activity, Event, VolunteerRole]


@pytest.fixture
def one_of_each(association, activity):
    event = make_listing(association, kind=Listing.Kind.EVENT, title="Kevätjuhla")
    role = make_listing(association, kind=Listing.Kind.VOLUNTEER_ROLE, title="Ulkoiluystävä")
    Registration.sign_up(event.occurrences.get(), name="Maija", email="maija@example.fi")
    VolunteerInterest.objects.create(role=role, name="Ville", contact="040 1")


def test_each_listing_kind_has_an_admin():
    assert set(LISTING_ADMINS) <= set(MODELS)


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_admin_pages_load_for_liaison(liaison_client, one_of_each, model):
    obj = model.objects.first()

    assert liaison_client.get(admin_url(model, "changelist")).status_code == 200
    if model in (Listing, ListingForReview, ListingPublishedWithoutReview):
        return  # Read-mostly; their own tests below and in test_moderation_queue.py.
    assert liaison_client.get(admin_url(model, "add")).status_code == 200
    assert liaison_client.get(admin_url(model, "change", obj.pk)).status_code == 200


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_search_and_every_filter_work(liaison_client, one_of_each, model):
    url = admin_url(model, "changelist")
    assert liaison_client.get(url, {"q": "Nurmijärven"}).status_code == 200
    changelist = liaison_client.get(url).context["cl"]
    for spec in changelist.filter_specs:
        for choice in spec.choices(changelist):
            assert liaison_client.get(url + choice["query_string"]).status_code == 200


def test_search_finds_listing_by_association_name(liaison_client, activity, other_association):
    make_listing(other_association, title="Marttailta", municipalities=("forssa",))

    response = liaison_client.get(admin_url(Activity, "changelist"), {"q": "eläkkeensaajat"})

    assert list(response.context["cl"].result_list) == [activity]


def test_all_listings_admin_filters_by_kind(liaison_client, one_of_each):
    response = liaison_client.get(admin_url(Listing, "changelist"), {"kind__exact": Listing.Kind.EVENT})

    assert [listing.title for listing in response.context["cl"].result_list] == ["Kevätjuhla"]


@pytest.mark.parametrize(
    ("kind", "url_name"),
    [
        (Listing.Kind.ACTIVITY, "admin:services_activity_change"),
        (Listing.Kind.EVENT, "admin:events_event_change"),
        (Listing.Kind.VOLUNTEER_ROLE, "admin:services_volunteerrole_change"),
    ],
)
def test_all_listings_admin_opens_listing_in_admin_of_its_kind(liaison_client, association, kind, url_name):
    listing = make_listing(association, kind=kind)

    response = liaison_client.get(admin_url(Listing, "change", listing.pk))

    assert response.status_code == 302
    assert response.url == reverse(url_name, args=[listing.pk])


def test_all_listings_admin_adds_nothing_itself(liaison_client):
    assert liaison_client.get(admin_url(Listing, "add")).status_code == 403


def test_event_changelist_drills_down_by_start_date(liaison_client, one_of_each):
    start = Event.objects.get().starts_at

    response = liaison_client.get(admin_url(Event, "changelist"), {"starts_at__year": start.year})

    assert response.status_code == 200
    assert response.context["cl"].result_count == 1


def test_status_is_shown_as_text_not_colour_alone(liaison_client, activity):
    response = liaison_client.get(admin_url(Activity, "changelist"))

    assert 'alt=""' in response.text
    assert "julkaistu</td>" in response.text


def test_liaison_adds_activity_and_its_kind_is_set(liaison_client, association, liaison):
    response = liaison_client.post(admin_url(Activity, "add"), form_data(association, weekdays=["1", "3"]))

    assert response.status_code == 302
    listing = Listing.objects.get()
    assert listing.kind == Listing.Kind.ACTIVITY
    assert listing.weekdays == [1, 3]
    assert listing.created_by == liaison
    assert [m.slug for m in listing.municipalities.all()] == ["nurmijarvi"]


def test_listing_saved_in_admin_is_searchable_and_refreshes_catalogue(liaison_client, association):
    revision = CatalogueRevision.current()

    liaison_client.post(admin_url(Activity, "add"), form_data(association, schedule="Torstaisin", tags="muisti"))

    listing = Listing.objects.get()
    assert search.matching_ids("muistikahvila eläkkeensaajat") == [listing.pk]
    assert CatalogueRevision.current() != revision


def test_place_saved_in_admin_refreshes_catalogue(liaison_client, place):
    revision = CatalogueRevision.current()

    response = liaison_client.post(
        admin_url(Place, "change", place.pk),
        {
            "name": place.name,
            "street_address": place.street_address,
            "postal_code": place.postal_code,
            "municipality": place.municipality_id,
            "association": place.association_id,
            "accessibility": "",
        },
    )

    assert response.status_code == 302
    place.refresh_from_db()
    assert not place.is_accessible
    assert CatalogueRevision.current() != revision


def test_add_pages_do_not_offer_the_kind(liaison_client):
    for model in (Activity, Event, VolunteerRole):
        form = liaison_client.get(admin_url(model, "add")).context["adminform"].form
        assert "kind" not in form.fields


def test_event_ending_before_it_starts_is_not_saved(liaison_client, association):
    response = liaison_client.post(
        admin_url(Event, "add"),
        form_data(
            association,
            starts_at_0="2026-05-10",
            starts_at_1="18:00",
            ends_at_0="2026-05-10",
            ends_at_1="17:00",
        ),
    )

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["ends_at"] == ["Tapahtuman on päätyttävä alkamisen jälkeen."]
    assert "Tapahtuman on päätyttävä alkamisen jälkeen." in response.text
    assert not Listing.objects.exists()


def test_liaison_adds_event(liaison_client, association):
    response = liaison_client.post(
        admin_url(Event, "add"),
        form_data(association, starts_at_0="10.5.2026", starts_at_1="17.00", ends_at_0="10.5.2026", ends_at_1="19.00"),
    )

    assert response.status_code == 302
    event = Event.objects.get()
    assert event.kind == Listing.Kind.EVENT
    assert event.ends_at - event.starts_at == datetime.timedelta(hours=2)


def test_listing_without_municipality_and_not_online_is_not_saved(liaison_client, association):
    response = liaison_client.post(
        admin_url(VolunteerRole, "add"), form_data(association, municipalities=[], time_commitment="2 h viikossa")
    )

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["municipalities"] == [
        "Valitse vähintään yksi kunta tai merkitse, että toiminta on verkossa."
    ]
    assert not Listing.objects.exists()


def test_online_listing_needs_no_municipality(liaison_client, association):
    response = liaison_client.post(
        admin_url(VolunteerRole, "add"),
        form_data(association, municipalities=[], is_online="on", time_commitment="2 h viikossa"),
    )

    assert response.status_code == 302
    assert VolunteerRole.objects.get().is_online


def test_liaison_changes_listing(liaison_client, activity):
    data = form_data(
        activity.association,
        title="Kohtaamispaikka ikäihmisille ja omaisille",
        schedule=activity.schedule,
        place=activity.place.pk,
        status=Listing.Status.PUBLISHED,
        seen_version=activity.version,
    )

    response = liaison_client.post(admin_url(Activity, "change", activity.pk), data)

    assert response.status_code == 302
    activity.refresh_from_db()
    assert activity.title == "Kohtaamispaikka ikäihmisille ja omaisille"
    assert activity.kind == Listing.Kind.ACTIVITY


@pytest.mark.parametrize("model", LISTING_ADMINS, ids=lambda model: model.__name__)
def test_changelist_queries_do_not_grow_with_rows(liaison_client, association, model, django_assert_max_num_queries):
    url = admin_url(model, "changelist")

    def add_listings(count):
        for kind in [Listing.Kind.ACTIVITY, Listing.Kind.EVENT, Listing.Kind.VOLUNTEER_ROLE] * count:
            make_listing(association, kind=kind, municipalities=("nurmijarvi", "tuusula"))

    add_listings(3)
    with CaptureQueriesContext(connection) as few:
        liaison_client.get(url)
    add_listings(17)

    with django_assert_max_num_queries(len(few)):
        response = liaison_client.get(url)

    assert len(response.context["cl"].result_list) >= 20


def test_place_search_finds_by_address(liaison_client, place):
    response = liaison_client.get(admin_url(Place, "changelist"), {"q": "Keskustie"})

    assert list(response.context["cl"].result_list) == [place]


def test_listing_autocomplete_offers_places(liaison_client, place):
    response = liaison_client.get(
        reverse("admin:autocomplete"),
        {"app_label": "events", "model_name": "event", "field_name": "place", "term": "kirjasto"},
    )

    assert response.status_code == 200
    assert [result["id"] for result in response.json()["results"]] == [str(place.pk)]


def test_event_added_in_admin_with_only_a_span_gets_it_as_its_one_date(liaison_client, association):
    liaison_client.post(
        admin_url(Event, "add"),
        form_data(association, starts_at_0="10.5.2026", starts_at_1="17.00", ends_at_0="10.5.2026", ends_at_1="19.00"),
    )

    event = Event.objects.get()
    assert [(o.starts_at, o.ends_at) for o in event.occurrences.all()] == [(event.starts_at, event.ends_at)]
