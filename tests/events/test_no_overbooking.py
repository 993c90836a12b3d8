"""No overbooking, proven on PostgreSQL: 200 people press the button at once for 50 seats.

Each thread has its own database connection, so the sign-ups really race; only the row lock on the
date (`select_for_update` in Registration.sign_up) keeps the counts right. SQLite has one writer
at a time and no row locks, so the race cannot happen there and the test is skipped.
"""

import datetime
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection, connections
from django.utils import timezone

from events.models import Registration, SignupSettings
from services.models import Listing
from tests.factories import make_association, make_listing

PEOPLE, SEATS = 200, 50
# Threads racing at any moment, each on its own connection. The server allows 100 connections and
# is shared, so 200 at once would fail to connect rather than race; 30 keep the lock busy all along.
WORKERS = 30

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks and real concurrency need PostgreSQL"),
]


def _race(fn, items, workers=WORKERS):
    def run(item):
        try:
            return fn(item)
        finally:
            connections.close_all()  # each thread's own connection

    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(run, items))


@pytest.fixture
def full_date():
    association = make_association("Kilpajuoksijat")
    start = timezone.now() + datetime.timedelta(days=3)
    event = make_listing(
        association, kind=Listing.Kind.EVENT, registration_required=True, capacity=SEATS,
        starts_at=start, ends_at=start + datetime.timedelta(hours=2),
    )
    SignupSettings.objects.create(event=event, is_open=True)
    return event.occurrences.get()


def test_200_simultaneous_sign_ups_for_50_seats_confirm_exactly_50_and_queue_150(full_date):
    _race(lambda n: Registration.sign_up(full_date, name=f"Henkilö {n}", email=f"h{n}@example.fi"), range(PEOPLE))

    rows = list(Registration.objects.filter(occurrence=full_date))
    confirmed = [r for r in rows if r.status == Registration.Status.CONFIRMED]
    waiting = sorted(r.position for r in rows if r.status == Registration.Status.WAITING)
    assert len(rows) == PEOPLE and len({r.email for r in rows}) == PEOPLE
    assert len(confirmed) == SEATS
    assert waiting == list(range(1, PEOPLE - SEATS + 1))


def test_cancelling_10_at_once_promotes_exactly_10_and_the_queue_stays_contiguous(full_date):
    for n in range(PEOPLE):
        Registration.sign_up(full_date, name=f"Henkilö {n}", email=f"h{n}@example.fi")
    leaving = list(Registration.objects.filter(occurrence=full_date, status=Registration.Status.CONFIRMED)[:10])

    promoted = _race(lambda r: r.cancel(), leaving, workers=10)

    assert sum(len(p) for p in promoted) == 10
    statuses = Registration.objects.filter(occurrence=full_date)
    assert statuses.filter(status=Registration.Status.CONFIRMED).count() == SEATS
    waiting = sorted(statuses.filter(status=Registration.Status.WAITING).values_list("position", flat=True))
    assert waiting == list(range(1, PEOPLE - SEATS - 10 + 1))
