"""The demo_data command: realistic, deterministic, re-runnable demo content."""

import datetime
import os
import re
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db.models import Count
from django.utils import timezone

from accounts.models import User
from associations.models import Association, Membership
from services.models import Listing, Place, TimeOfDay
from demo.generate import DEMO_DOMAIN, generate
from demo.load import DEMO_PASSWORD, LIAISON_EMAIL, MEMBER_EMAIL

TODAY = datetime.date(2026, 3, 2)
# Fragments of weekday names in the four languages the schedules are written in.
WEEKDAY_WORDS = [
    ("maanant", "måndag", "monday"), ("tiista", "tisdag", "tuesday"), ("keskiviik", "onsdag", "wednesday"),
    ("torsta", "torsdag", "thursday"), ("perjanta", "fredag", "friday"), ("lauanta", "lördag", "saturday"),
    ("sunnunta", "söndag", "sunday"),
]


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def run(*args) -> str:
    out = StringIO()
    call_command("demo_data", *args, stdout=out)
    return out.getvalue()


def snapshot():
    return list(
        Listing.objects.order_by("pk").values_list("title", "association__name", "description", "starts_at", "status")
    )


def test_scale_one_gives_the_documented_sizes(db):
    output = run("--scale", "1")

    assert Association.objects.filter(email__endswith="@" + DEMO_DOMAIN).count() == 30
    assert Listing.objects.filter(kind="activity").count() == 150
    assert Listing.objects.filter(kind="event").count() == 300
    assert Listing.objects.filter(kind="role").count() == 60
    assert "150 activities, 300 events, 60 volunteer roles" in output
    assert set(Association.objects.values_list("municipalities__slug", flat=True)) >= {
        "hyvinkaa", "jarvenpaa", "mantsala", "nurmijarvi", "pornainen", "tuusula",
        "forssa", "humppila", "jokioinen", "tammela", "ypaja",
    }
    assert Association.objects.filter(approved_at__isnull=True).exists()


def test_content_mixes_languages_statuses_and_places(db):
    run("--scale", "1")

    total = Listing.objects.count()
    swedish = Listing.objects.filter(languages__slug="svenska").count()
    english = Listing.objects.filter(languages__slug="english").exclude(languages__slug="suomi").count()
    assert 0.02 < swedish / total < 0.09
    assert 0.01 < english / total < 0.07
    assert Listing.objects.filter(languages__slug="selkosuomi").exists()
    assert Listing.objects.filter(languages__slug="viittomakieli").exists()
    statuses = dict(Listing.objects.values_list("status").annotate(n=Count("id")))
    assert statuses["published"] / total > 0.7
    assert {"draft", "pending", "returned", "archived"} <= set(statuses)
    assert Listing.objects.filter(is_online=True, place=None).exists()
    assert Listing.objects.filter(is_free=False).exclude(price="").exists()
    assert Place.objects.filter(is_accessible=True).count() > Place.objects.filter(is_accessible=False).count()
    assert Listing.objects.filter(tags__isnull=False).distinct().count() == total


def test_same_seed_gives_the_same_content(db):
    run("--scale", "0.3", "--seed", "7")
    first = snapshot()

    run("--scale", "0.3", "--seed", "7")

    assert snapshot() == first


def test_another_seed_gives_other_content():
    one = [p.fields["title"] for p in generate(scale=1, seed=1, today=TODAY).listings]
    other = [p.fields["title"] for p in generate(scale=1, seed=2, today=TODAY).listings]
    assert one != other


def test_plan_does_not_depend_on_the_hash_seed():
    # Iterating a set would make the content differ between processes; run the plan in two.
    code = (
        "import datetime, hashlib; from demo.generate import generate; "
        "plan = generate(scale=0.3, seed=5, today=datetime.date(2026, 3, 2)); "
        "print(hashlib.sha256(repr([(a.fields, [p.name for p in a.places]) for a in plan.associations] "
        "+ [(p.fields, p.m2m, p.tags) for p in plan.listings]).encode()).hexdigest())"
    )
    root = Path(__file__).resolve().parents[2]
    digests = {
        subprocess.run(
            [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True,
            env={**os.environ, "PYTHONHASHSEED": hash_seed},
        ).stdout
        for hash_seed in ("1", "2")
    }
    assert len(digests) == 1


def test_rerun_replaces_demo_content_and_keeps_everything_else(db, activity):
    activity.tags.add("oma tunniste")
    run("--scale", "0.3")
    counts = Association.objects.count(), Listing.objects.count(), Place.objects.count()
    edited = Listing.objects.exclude(pk=activity.pk).first()
    edited.title = "Muokattu demossa"
    edited.save()  # leaves a version in the history

    run("--scale", "0.3")

    assert (Association.objects.count(), Listing.objects.count(), Place.objects.count()) == counts
    assert Listing.history.count() == activity.history.count() > 0
    activity.refresh_from_db()
    assert activity.association.name == "Nurmijärven Eläkkeensaajat"
    assert activity.place is not None
    assert list(activity.tags.names()) == ["oma tunniste"]
    assert User.objects.filter(email__in=[LIAISON_EMAIL, MEMBER_EMAIL]).count() == 2


def test_if_empty_does_nothing_when_an_association_exists(db, association):
    output = run("--if-empty")

    assert "not loaded" in output
    assert Association.objects.count() == 1
    assert not Listing.objects.exists()


def test_if_empty_loads_an_empty_database(db):
    run("--if-empty", "--scale", "0.2")

    assert Listing.objects.exists()


def test_events_end_after_they_start_and_close_registration_in_time(db):
    run("--scale", "1")

    events = Listing.objects.filter(kind="event")
    now = timezone.now()
    for event in events:
        assert event.ends_at > event.starts_at
        if event.registration_closes_at:
            assert event.registration_opens_at < event.registration_closes_at <= event.ends_at
        if event.capacity is not None:
            assert event.registration_required
        assert 7 <= timezone.localtime(event.starts_at).hour <= 19
    past = events.filter(ends_at__lt=now).count() / events.count()
    assert 0.2 < past < 0.45
    assert events.filter(starts_at__lt=now - datetime.timedelta(days=150)).exists()
    assert events.filter(starts_at__gt=now + datetime.timedelta(days=150)).exists()
    assert events.filter(registration_required=True, capacity__isnull=False).exists()


def test_activity_schedules_agree_with_weekdays_and_times_of_day(db):
    run("--scale", "1")

    for activity in Listing.objects.filter(kind="activity").exclude(weekdays=0):
        text = activity.schedule.lower()
        for day in (activity.weekdays[0], activity.weekdays[-1]):
            assert any(word in text for word in WEEKDAY_WORDS[day]), activity.schedule
        start_hour = int(re.search(r"(\d{1,2})(?:[.:]\d{2})?–", text).group(1))
        starts = TimeOfDay.MORNING if start_hour < 12 else TimeOfDay.AFTERNOON if start_hour < 17 else TimeOfDay.EVENING
        assert starts in activity.times_of_day, activity.schedule


def test_every_listing_place_and_association_passes_validation(db):
    run("--scale", "1")

    for listing in Listing.objects.prefetch_related("municipalities"):
        listing.full_clean()
        Listing.check_reach(municipalities=listing.municipalities.all(), is_online=listing.is_online)
    for place in Place.objects.all():
        place.full_clean()
    for association in Association.objects.all():
        association.full_clean()


def test_demo_users_can_log_in(db, client):
    output = run("--scale", "0.2")

    assert client.login(email=LIAISON_EMAIL, password=DEMO_PASSWORD)
    assert client.login(email=MEMBER_EMAIL, password=DEMO_PASSWORD)
    assert User.objects.get(email=LIAISON_EMAIL).is_superuser
    memberships = Membership.objects.filter(user__email=MEMBER_EMAIL, role=Membership.Role.ADMIN)
    assert memberships.count() == 2
    assert all(m.association.is_approved for m in memberships)
    assert f"{MEMBER_EMAIL} / {DEMO_PASSWORD}" in output
    assert "local use only" in output


def test_demo_member_signs_in_through_the_login_page_without_a_verification_mail(db, client, mailoutbox):
    run("--scale", "0.2")
    response = client.post("/tili/login/", {"login": MEMBER_EMAIL, "password": DEMO_PASSWORD})
    assert response.status_code == 302
    assert not mailoutbox
    assert client.get("/omat/").status_code == 200


def test_a_resident_finds_a_free_weekday_peer_group_for_the_elderly_in_nurmijarvi(db):
    from catalogue import index

    run("--scale", "1")
    index.holder.reset()
    result = index.search_catalogue(
        {"municipality": ["nurmijarvi"], "target_group": ["ikaihmiset"], "cost": ["free"],
         "activity_type": ["vertaistukiryhma"], "weekday": ["mon", "tue", "wed", "thu", "fri"]}
    )
    assert result.total >= 1
