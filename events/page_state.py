"""What may change an event's kept page without the catalogue changing (catalogue/page_cache.py).

Its dates with their places, the places taken and waiting on each, the sign-up settings, and
which of its moments (sign-up opening and closing, each date's start and end) have passed. The
state is read from the database at most once a second per process, as the catalogue index reads
its revision (catalogue/index.py): a sign-up made in another worker shows within a second, one
made in this process at once, and a moment as soon as it has passed.
"""

import datetime
import hashlib

from django.core.cache import caches
from django.db import connection, transaction
from django.db.models.signals import post_delete, post_save
from django.utils import timezone

from events.models import Occurrence, Registration, SignupSettings

FRESH_FOR = 1.0  # seconds

# Asked for every event page not read in the last second, so it is one plain query: built by
# the ORM it cost twenty times its database time. One row for each coming date (one row with
# empty dates when there are none), with the event's sign-up settings.
STATE_SQL = """
SELECT l.registration_opens_at, l.registration_closes_at, l.ends_at,
       s.is_open, s.contact, s.ask_people, s.max_people, s.ask_message, s.message_label, s.ask_consent,
       o.id, o.starts_at, o.ends_at, p.name,
       (SELECT SUM(r.people) FROM events_registration r WHERE r.occurrence_id = o.id AND r.status = %(confirmed)s),
       (SELECT SUM(r.people) FROM events_registration r WHERE r.occurrence_id = o.id AND r.status = %(waiting)s)
FROM services_listing l
LEFT JOIN events_signupsettings s ON s.event_id = l.id
LEFT JOIN events_occurrence o ON o.event_id = l.id AND o.ends_at >= %(now)s
LEFT JOIN services_place p ON p.id = o.place_id
WHERE l.id = %(event)s
ORDER BY o.starts_at, o.id
"""
MOMENTS = (0, 1, 2, 11, 12)  # the columns that are points in time


def _key(event_id: int) -> str:
    return f"event-state:{event_id}"


def _aware(moment):
    # SQLite gives its stored UTC times back without a zone when asked in plain SQL.
    return moment if moment is None or timezone.is_aware(moment) else moment.replace(tzinfo=datetime.UTC)


def _cursor():
    """On PostgreSQL, a cursor that sends the parameters apart from the query, so that the query
    is prepared once per connection (settings: prepare_threshold). Django's own cursors put them
    into the query's text, which PostgreSQL then plans again on every call: 0.9 ms instead of 0.2."""
    if connection.vendor != "postgresql":
        return connection.cursor()
    from django.db.backends.postgresql.base import ServerBindingCursor

    connection.close_if_health_check_failed()
    connection.ensure_connection()
    cursor = ServerBindingCursor(connection.connection)
    return connection.make_debug_cursor(cursor) if connection.queries_logged else connection.make_cursor(cursor)


def read(event_id: int, now) -> tuple[str | None, datetime.datetime | None]:
    """The event's state as a short digest, and the next moment at which it changes by itself
    (None: no such event, or nothing left to pass)."""
    lowest, highest = connection.ops.integer_field_range("BigAutoField")
    if not lowest <= event_id <= highest:  # an address no event can have
        return None, None
    params = {
        "now": connection.ops.adapt_datetimefield_value(now),
        "event": event_id,
        "confirmed": Registration.Status.CONFIRMED.value,
        "waiting": Registration.Status.WAITING.value,
    }
    with _cursor() as cursor:
        cursor.execute(STATE_SQL, params)
        rows = cursor.fetchall()
    if not rows:
        return None, None
    moments = {_aware(row[column]) for row in rows for column in MOMENTS} - {None}
    passed = sum(1 for moment in moments if moment <= now)
    coming = min((moment for moment in moments if moment > now), default=None)
    state = hashlib.blake2s(repr((rows, passed)).encode(), digest_size=12).hexdigest()
    return state, coming


def current(event_id: int, now) -> str | None:
    """The event's state, read again when a second has passed or one of its moments has."""
    memo = caches["fragments"]
    kept = memo.get(_key(event_id))
    if kept is not None and (kept[1] is None or now < kept[1]):
        return kept[0]
    state, coming = read(event_id, now)
    memo.set(_key(event_id), (state, coming), FRESH_FOR)
    return state


def forget(event_id: int) -> None:
    caches["fragments"].delete(_key(event_id))


def _event_of(instance) -> int | None:
    if not isinstance(instance, Registration):
        return instance.event_id
    if Registration.occurrence.is_cached(instance):
        return instance.occurrence.event_id
    return Occurrence.objects.filter(pk=instance.occurrence_id).values_list("event_id", flat=True).first()


def _changed(sender, instance, **kwargs):
    event_id = _event_of(instance)
    # After the commit: a page read before it would keep the old state for a second more.
    transaction.on_commit(lambda: forget(event_id))


def connect() -> None:
    for model in (Registration, Occurrence, SignupSettings):
        post_save.connect(_changed, sender=model, dispatch_uid=f"event-state-saved-{model._meta.label}")
        post_delete.connect(_changed, sender=model, dispatch_uid=f"event-state-deleted-{model._meta.label}")
