"""Two requests on one listing at the same moment, with real threads and two database connections.

Each test holds the first request's transaction open after its step, as a slow request would,
and lets the second run meanwhile. Without row locks the second acted on the state it had
loaded; with them it waits, then sees what the first did. PostgreSQL only: SQLite has no row
locks (`select_for_update` is a no-op there) and lets one writer in at a time anyway.
"""

import importlib
import threading
import time

import pytest
from django.apps import apps
from django.core import mail
from django.db import connection, connections, transaction
from django.urls import reverse

from services import actions
from services.models import ChangedSinceShown, IllegalTransition, Listing, ListingTransition
from tests.dashboard.edit_helpers import activity_data, seen
from tests.factories import make_listing

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL; SQLite has none"),
]
HOLD = 0.5  # seconds the first transaction stays open after its step


@pytest.fixture(autouse=True)
def seeded_vocabularies():
    """The vocabularies the migrations seed (a transactional test starts from a flushed database)."""
    if not apps.get_model("vocabularies", "Municipality").objects.exists():
        importlib.import_module("vocabularies.migrations.0002_seed_vocabularies").seed(apps, None)


def run_both(first, second):
    """Run `first` in a transaction held open a moment after it, and `second` while it is held."""
    started, outcomes = threading.Event(), {}

    def run(name, step, hold):
        try:
            with transaction.atomic():
                outcomes[name] = step()
                if hold:
                    started.set()
                    time.sleep(HOLD)
        except Exception as error:  # noqa: BLE001 - the outcome under test may be any refusal
            outcomes[name] = error
        finally:
            started.set()
            connections.close_all()

    threads = [threading.Thread(target=run, args=("first", first, True))]
    threads.append(threading.Thread(target=lambda: started.wait(5) and run("second", second, False)))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    return outcomes


def test_publishing_twice_at_once_publishes_once_and_mails_once(association, liaison, editor):
    pending = make_listing(association, status=Listing.Status.PENDING)
    first, second = Listing.objects.get(pk=pending.pk), Listing.objects.get(pk=pending.pk)
    mail.outbox = []

    outcomes = run_both(
        lambda: actions.publish_listing(listing=first, by=liaison), lambda: actions.publish_listing(listing=second, by=liaison)
    )

    assert isinstance(outcomes["first"], Listing) and isinstance(outcomes["second"], IllegalTransition)
    assert ListingTransition.objects.filter(listing=pending, to_status=Listing.Status.PUBLISHED).count() == 1
    assert len(mail.outbox) == 1


def test_publishing_one_working_copy_twice_at_once_applies_it_once(association, liaison, editor):
    published = make_listing(association)
    copy = published.start_editing(by=editor)
    copy.submit(by=editor)
    first, second = Listing.objects.get(pk=copy.pk), Listing.objects.get(pk=copy.pk)

    outcomes = run_both(
        lambda: actions.publish_listing(listing=first, by=liaison), lambda: actions.publish_listing(listing=second, by=liaison)
    )

    assert outcomes["first"] == published and isinstance(outcomes["second"], ChangedSinceShown)
    assert ListingTransition.objects.filter(listing=published, to_status=Listing.Status.PUBLISHED).count() == 1


def test_a_members_save_racing_a_publish_does_not_bring_the_working_copy_back(client, association, liaison, editor):
    published = make_listing(association)
    copy = published.start_editing(by=editor)
    copy.submit(by=editor)
    client.force_login(editor)
    data = activity_data(title="Tallennettu julkaisun aikana") | seen(published)
    waiting = Listing.objects.get(pk=copy.pk)

    outcomes = run_both(
        lambda: actions.publish_listing(listing=waiting, by=liaison),
        lambda: client.post(reverse("dashboard:listing-edit", args=[published.pk]), data),
    )

    assert outcomes["first"] == published and outcomes["second"].status_code == 409
    assert not Listing.objects.filter(working_copy_of=published).exists()
    assert "Ilmoitusta on muutettu sen jälkeen, kun avasit sen" in outcomes["second"].content.decode()


def test_two_members_starting_to_edit_a_published_listing_make_one_working_copy(association, editor, assoc_admin):
    published = make_listing(association)
    first, second = Listing.objects.get(pk=published.pk), Listing.objects.get(pk=published.pk)

    outcomes = run_both(lambda: first.start_editing(by=editor), lambda: second.start_editing(by=assoc_admin))

    assert outcomes["first"].pk == outcomes["second"].pk
    assert Listing.objects.filter(working_copy_of=published).count() == 1
