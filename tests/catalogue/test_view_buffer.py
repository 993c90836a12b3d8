"""Views are added up in each process and written together every few seconds.

A page view is then no write transaction of its own; the figures on Omat sivut are a few
seconds behind, and nothing counted is lost when a worker leaves.
"""

import datetime
import importlib.util
import random
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.db import connection, connections
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from catalogue import view_counting
from services.models import ListingMonthlyViews
from tests.factories import make_association, make_listing

FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"


def views_of(listing):
    return sum(ListingMonthlyViews.objects.filter(listing=listing).values_list("count", flat=True))


@pytest.fixture
def written_every_minute(settings):
    settings.VIEW_COUNTS_WRITTEN_EVERY = 60
    view_counting.write_views()  # starts the interval now


def test_views_are_written_together_once_the_interval_has_passed(activity, written_every_minute, monkeypatch):
    ListingMonthlyViews.objects.create(listing=activity, month=timezone.localdate().replace(day=1), count=10)
    for _ in range(3):
        Client().get(activity.get_absolute_url(), HTTP_USER_AGENT=FIREFOX)
    assert views_of(activity) == 10

    monkeypatch.setattr(view_counting, "_written_at", time.monotonic() - 60)
    with CaptureQueriesContext(connection) as queries:
        Client().get(activity.get_absolute_url(), HTTP_USER_AGENT=FIREFOX)

    assert views_of(activity) == 14
    assert len([q for q in queries if ListingMonthlyViews._meta.db_table in q["sql"]]) == 1  # one UPDATE for four
    Client().get(activity.get_absolute_url(), HTTP_USER_AGENT=FIREFOX)
    assert views_of(activity) == 14  # the next ones wait for the next interval


def test_a_worker_leaving_writes_the_views_it_holds(activity, written_every_minute):
    Client().get(activity.get_absolute_url(), HTTP_USER_AGENT=FIREFOX)
    spec = importlib.util.spec_from_file_location("gunicorn_conf", Path(django_settings.BASE_DIR) / "gunicorn.conf.py")
    gunicorn_conf = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gunicorn_conf)

    gunicorn_conf.worker_exit(server=None, worker=None)

    assert views_of(activity) == 1


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks and real concurrency need PostgreSQL")
def test_workers_writing_the_same_listings_at_once_neither_deadlock_nor_lose_a_view():
    association = make_association("Laskijat")
    listings = [make_listing(association, title=f"Kerho {n}").pk for n in range(20)]
    month = timezone.localdate().replace(day=1)
    last_month = (month - datetime.timedelta(days=1)).replace(day=1)
    keys = [(pk, m) for pk in listings for m in (month, last_month)]  # half the rows are created in the race

    def worker(seed):
        rng = random.Random(seed)
        try:
            for _ in range(10):
                view_counting.write(Counter(dict.fromkeys(rng.sample(keys, len(keys)), 1)))
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(worker, range(8)))

    counts = list(ListingMonthlyViews.objects.values_list("count", flat=True))
    assert len(counts) == len(keys) and set(counts) == {8 * 10}
