"""Fixtures of the sign-up tests: a published event that takes sign-ups, with two seats a date."""

import datetime

import pytest
from django.utils import timezone

from events.models import Registration, SignupSettings
from services.models import Listing
from tests.factories import make_listing


@pytest.fixture
def signup_event(association):
    start = (timezone.localtime() + datetime.timedelta(days=7)).replace(hour=18, minute=0, second=0, microsecond=0)
    event = make_listing(
        association, kind=Listing.Kind.EVENT, title="Syystanssit", registration_required=True, capacity=2,
        starts_at=start, ends_at=start + datetime.timedelta(hours=2),
    )
    SignupSettings.objects.create(event=event, is_open=True)
    return event


@pytest.fixture
def occurrence(signup_event):
    return signup_event.occurrences.get()


def sign_up(occurrence, name="Maija Meikäläinen", email="maija@example.fi", **details):
    return Registration.sign_up(occurrence, name=name, email=email, **details)
