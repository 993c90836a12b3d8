"""The rules a listing keeps wherever it is saved from: admin, forms or imports."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from events.models import Event
from services.models import Activity, Listing, Place, VolunteerRole
from tests.factories import make_listing
from vocabularies.models import Municipality


def errors_of(listing):
    with pytest.raises(ValidationError) as caught:
        listing.full_clean()
    return caught.value.message_dict


def test_an_event_must_end_after_it_starts(association):
    start = timezone.now() + datetime.timedelta(days=3)
    event = Event(association=association, title="Syystanssit", summary="Tanssia", starts_at=start, ends_at=start)
    assert "ends_at" in errors_of(event)


def test_the_database_refuses_an_event_ending_before_it_starts(association):
    start = timezone.now()
    with pytest.raises(IntegrityError), transaction.atomic():
        Event.objects.create(association=association, title="X", summary="Y", starts_at=start, ends_at=start - datetime.timedelta(hours=1))


def test_an_event_needs_a_start(association):
    assert "starts_at" in errors_of(Event(association=association, title="Syystanssit", summary="Tanssia"))


def test_registration_must_close_before_the_event_ends(association):
    start = timezone.now() + datetime.timedelta(days=3)
    event = Event(
        association=association, title="Retki", summary="Retki Nuuksioon", starts_at=start,
        ends_at=start + datetime.timedelta(hours=5), registration_required=True,
        registration_closes_at=start + datetime.timedelta(days=1),
    )
    assert "registration_closes_at" in errors_of(event)


def test_capacity_needs_registration(association):
    start = timezone.now() + datetime.timedelta(days=3)
    event = Event(association=association, title="Retki", summary="Retki", starts_at=start, ends_at=start + datetime.timedelta(hours=2), capacity=20)
    assert "capacity" in errors_of(event)


def test_an_activity_says_when_it_meets(association):
    activity = Activity(association=association, title="Kerho", summary="Kerho kaikille")
    assert "schedule" in errors_of(activity)
    activity.weekdays = [1]
    activity.full_clean()


def test_a_volunteer_role_says_how_much_time_it_takes(association):
    assert "time_commitment" in errors_of(VolunteerRole(association=association, title="Ystävä", summary="Ystäväksi"))


def test_a_paid_listing_states_its_price(association):
    activity = Activity(association=association, title="Kerho", summary="Kerho", schedule="Maanantaisin", is_free=False)
    assert "price" in errors_of(activity)


def test_a_listing_is_in_a_municipality_or_online():
    with pytest.raises(ValidationError) as caught:
        Listing.check_reach(municipalities=[], is_online=False)
    assert "municipalities" in caught.value.message_dict
    Listing.check_reach(municipalities=[], is_online=True)
    Listing.check_reach(municipalities=["nurmijarvi"], is_online=False)


def test_proxies_set_and_keep_their_kind(association):
    event = make_listing(association, kind=Listing.Kind.EVENT)
    role = make_listing(association, kind=Listing.Kind.VOLUNTEER_ROLE)
    assert list(Event.objects.all()) == [event]
    assert list(VolunteerRole.objects.all()) == [role]
    assert Activity.objects.count() == 0


def test_weekdays_round_trip_as_a_list(association):
    listing = make_listing(association, weekdays=[4, 0, 2])
    listing.refresh_from_db()
    assert listing.weekdays == [0, 2, 4]
    assert Listing.objects.filter(pk=listing.pk).values_list("weekdays", flat=True).get() == [0, 2, 4]


def test_only_published_listings_of_approved_associations_are_public(association, other_association):
    public = make_listing(association)
    make_listing(association, status=Listing.Status.PENDING)
    other_association.approved_at = None
    other_association.save()
    make_listing(other_association)
    assert list(Listing.objects.published()) == [public]


def test_a_place_has_both_coordinates_or_neither(association):
    place = Place(
        name="Kirjasto", street_address="Kirjastotie 1", postal_code="05800",
        municipality=Municipality.objects.get(slug="hyvinkaa"), latitude=Decimal("60.63"),
    )
    with pytest.raises(ValidationError):
        place.full_clean()
    place.longitude = Decimal("24.86")
    place.full_clean()
    assert "mlat=60.63" in place.map_url


def test_a_postal_code_has_five_digits(db):
    place = Place(name="Talo", street_address="Tie 1", postal_code="123", municipality=Municipality.objects.get(slug="forssa"))
    with pytest.raises(ValidationError) as caught:
        place.full_clean()
    assert "postal_code" in caught.value.message_dict


def test_a_listing_not_confirmed_for_a_year_is_stale(association, settings):
    settings.FRESHNESS_MONTHS = 12
    listing = make_listing(association, last_confirmed_on=datetime.date(2025, 1, 1))
    assert listing.is_stale(today=datetime.date(2026, 2, 1))
    assert not listing.is_stale(today=datetime.date(2025, 6, 1))
