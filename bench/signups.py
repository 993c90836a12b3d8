"""`make bench BENCH_ARGS=--signups`: the sign-up race as a load figure (PostgreSQL only).

200 people sign up for 50 seats at once, 50 at a time, each thread on its own database
connection, through the same code as the sign-up form (events.actions.sign_up: the date's row is
locked, the mail is queued after commit). Prints sign-ups/s and p50/p95/p99 of one sign-up,
and checks the outcome the test proves (tests/events/test_no_overbooking.py): exactly 50
confirmed, 150 in a contiguous queue. The event is made for the run and removed afterwards.
Run by bench/run.py with the environment of the scale's database.
"""

import datetime
import statistics
import sys
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
django.setup()

from django.db import connection, connections  # noqa: E402 - after django.setup()
from django.utils import timezone  # noqa: E402

from associations.models import Association  # noqa: E402
from events import actions  # noqa: E402
from events.models import Occurrence, Registration, SignupSettings  # noqa: E402
from services.models import Listing  # noqa: E402

PEOPLE, SEATS, CONCURRENCY = 200, 50, 50


def _event() -> Occurrence:
    start = timezone.now() + datetime.timedelta(days=30)
    event = Listing.objects.create(
        kind=Listing.Kind.EVENT, association=Association.objects.order_by("pk").first(), title="Kuormatesti",
        summary="Kuormatesti", status=Listing.Status.DRAFT, registration_required=True, capacity=SEATS,
        starts_at=start, ends_at=start + datetime.timedelta(hours=2),
    )
    SignupSettings.objects.create(event=event, is_open=True)
    return Occurrence.objects.create(event=event, starts_at=event.starts_at, ends_at=event.ends_at)


def _sign_up(args) -> float:
    occurrence, n = args
    started = time.perf_counter()
    try:
        actions.sign_up(occurrence=occurrence, submission=uuid.uuid4(),
                        details={"name": f"Kuorma {n}", "email": f"kuorma{n}@example.invalid"})
        return time.perf_counter() - started
    finally:
        connections.close_all()


def main():
    if connection.vendor != "postgresql":
        print("\n== sign-ups: skipped (the race needs PostgreSQL's row locks; set DATABASE_URL)")
        return
    occurrence = _event()
    try:
        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=CONCURRENCY) as pool:
            times = sorted(pool.map(_sign_up, [(occurrence, n) for n in range(PEOPLE)]))
        elapsed = time.perf_counter() - started
        rows = Registration.objects.filter(occurrence=occurrence)
        confirmed = rows.filter(status=Registration.Status.CONFIRMED).count()
        queue = sorted(rows.filter(status=Registration.Status.WAITING).values_list("position", flat=True))
        cuts = statistics.quantiles(times, n=100)
        print(f"\n== sign-ups: {PEOPLE} for {SEATS} seats, {CONCURRENCY} at a time, one connection each")
        print(f"sign-ups/s {PEOPLE / elapsed:7.0f}   p50 {cuts[49] * 1000:6.1f} ms   p95 {cuts[94] * 1000:6.1f} ms   "
              f"p99 {cuts[98] * 1000:6.1f} ms")
        ok = confirmed == SEATS and queue == list(range(1, PEOPLE - SEATS + 1))
        print(f"confirmed {confirmed}, waiting {len(queue)}, queue contiguous: {queue == list(range(1, len(queue) + 1))} "
              f"-> {'OK' if ok else 'OVERBOOKED OR QUEUE BROKEN'}")
    finally:
        Listing.objects.filter(pk=occurrence.event_id).delete()


if __name__ == "__main__":
    main()
