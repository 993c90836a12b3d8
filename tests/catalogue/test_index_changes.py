"""A change costs what it changes: each process applies the changed listings to its index."""

import dataclasses
import datetime
import random
import threading

import pytest
from django.utils import timezone

from catalogue import index, invalidation
from services.actions import check_freshness
from services.models import CatalogueChange, CatalogueRevision, Listing
from tests.factories import make_listing
from vocabularies.actions import merge_terms
from vocabularies.models import Language, Municipality, TargetGroup, Theme

COMPARED = ["ids", "keys", "position", "bits", "event_days", "terms", "everything", "events", "roles", "event_ends", "ends_of", "association_of"]


def assert_same_as_a_fresh_build(current):
    fresh = index.build_index(current.revision)
    for name in COMPARED:
        assert getattr(current, name) == getattr(fresh, name), name


@pytest.fixture
def full_builds(monkeypatch):
    """How many times the whole index was read from the database."""
    built = []
    real = index.build_index

    def counting(revision):
        built.append(revision)
        return real(revision)

    monkeypatch.setattr(index, "build_index", counting)
    return built


def followed():
    """The index as the next request after a change sees it."""
    index.holder.recheck()
    return index.holder.get()


class Changes:
    """Random steps of a day in the catalogue: the ones an association or the liaison takes."""

    def __init__(self, rng, association, place, liaison):
        self.rng, self.association, self.place, self.liaison = rng, association, place, liaison

    def listings(self, **filters):
        return list(Listing.objects.filter(association=self.association, working_copy_of__isnull=True, **filters).order_by("pk"))

    def classify(self, listing):
        rng = self.rng
        listing.municipalities.set(rng.sample(list(Municipality.objects.all()), rng.randint(1, 3)))
        listing.target_groups.set(rng.sample(list(TargetGroup.objects.all()), rng.randint(0, 2)))
        listing.themes.set(rng.sample(list(Theme.objects.all()), rng.randint(0, 2)))
        listing.languages.set(rng.sample(list(Language.objects.all()), 1))

    def create(self):
        rng = self.rng
        kind = rng.choice(list(Listing.Kind))
        fields = dict(is_free=rng.random() < 0.7, weekdays=rng.sample(range(7), rng.randint(0, 2)), times_of_day=[rng.randrange(3)])
        if kind == Listing.Kind.EVENT:
            start = timezone.now() + datetime.timedelta(days=rng.randint(0, 40), hours=rng.randint(1, 10))
            fields.update(starts_at=start, ends_at=start + datetime.timedelta(days=rng.choice([0, 0, 2]), hours=2), weekdays=[], times_of_day=[])
        if rng.random() < 0.5:
            fields["place"] = self.place
        listing = make_listing(self.association, kind=kind, **fields)
        self.classify(listing)
        return "create"

    def edit(self):
        listing = self.rng.choice(self.listings(status=Listing.Status.PUBLISHED) or [None])
        if listing is None:
            return self.create()
        listing.is_free = not listing.is_free
        listing.is_online = self.rng.random() < 0.5
        listing.last_confirmed_on = timezone.localdate() - datetime.timedelta(days=self.rng.randint(0, 30))
        listing.save()
        self.classify(listing)
        return "edit"

    def publish(self):
        listing = make_listing(self.association, status=Listing.Status.PENDING, weekdays=[self.rng.randrange(7)])
        self.classify(listing)
        listing.publish(by=self.liaison)
        return "publish"

    def archive(self):
        listing = self.rng.choice(self.listings(status=Listing.Status.PUBLISHED) or [None])
        if listing is None:
            return self.create()
        listing.archive(by=self.liaison)
        return "archive"

    def hide_as_stale(self):
        listing = self.rng.choice(self.listings(status=Listing.Status.PUBLISHED) or [None])
        if listing is None:
            return self.create()
        Listing.objects.filter(pk=listing.pk).update(last_confirmed_on=datetime.date(2020, 1, 1))
        check_freshness()
        return "hide"

    def merge_vocabulary(self):
        keep, other = self.rng.sample(list(Theme.objects.all()), 2)
        merge_terms(keep=keep, others=[other])
        return "merge"

    def any(self):
        steps = [self.create, self.edit, self.edit, self.publish, self.archive, self.hide_as_stale, self.merge_vocabulary]
        return self.rng.choice(steps)()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_an_index_kept_up_to_date_by_changes_equals_a_fresh_build(seed, world, association, place, liaison, full_builds):
    changes = Changes(random.Random(seed), association, place, liaison)
    for _ in range(6):
        changes.create()
    followed()

    for _ in range(30):
        before = len(full_builds)
        step = changes.any()
        current = followed()
        if step != "merge":  # a vocabulary change is the one step that rebuilds whole
            assert len(full_builds) == before, step
        assert_same_as_a_fresh_build(current)


def test_a_published_listing_is_found_by_the_next_search_without_a_full_build(world, association, liaison, full_builds):
    index.holder.get()
    listing = make_listing(association, title="Uusi kävelyryhmä", status=Listing.Status.PENDING, municipalities=["forssa"])

    listing.publish(by=liaison)
    result = index.search_catalogue({"municipality": ["forssa"]})

    assert listing.pk in result.ids
    assert len(full_builds) == 1


def test_ended_events_leave_the_index_as_a_change(world, association, full_builds, monkeypatch):
    monkeypatch.setattr(index, "ENDED_EVENTS_KEPT", 1)
    current = index.holder.get()
    dance = world[0]["dance"]
    today, later = timezone.localdate(), timezone.now() + datetime.timedelta(days=10)
    monkeypatch.setattr(timezone, "localdate", lambda: today)  # the same day, only the event is over
    monkeypatch.setattr(timezone, "now", lambda: later)

    updated = followed()

    assert dance.pk in current.position and dance.pk not in updated.position
    assert len(full_builds) == 1


def test_every_change_is_logged_with_the_revision_it_made(association):
    make_listing(association)
    revision = CatalogueRevision.current()

    logged = CatalogueChange.objects.order_by("revision").last()

    assert logged.revision == int(revision.split("@")[0])
    assert CatalogueChange.listings_between(revision, revision) == (set(), False)


def test_a_change_not_about_single_listings_asks_for_a_full_build(association):
    since = CatalogueRevision.current()
    CatalogueRevision.bump(listing_ids=[1])
    CatalogueRevision.bump()

    assert CatalogueChange.listings_between(since, CatalogueRevision.current()) is None


def test_a_log_pruned_past_the_index_asks_for_a_full_build(association):
    make_listing(association)
    since = CatalogueRevision.current()
    CatalogueRevision.bump(listing_ids=[1])
    CatalogueChange.objects.filter(revision__lte=int(since.split("@")[0])).delete()

    assert CatalogueChange.listings_between(since, CatalogueRevision.current()) is None


def test_a_counter_that_started_over_asks_for_a_full_build(association):
    make_listing(association)
    since = CatalogueRevision.current()
    CatalogueRevision.objects.all().delete()
    for _ in range(3):
        CatalogueRevision.bump(listing_ids=[1])

    assert CatalogueChange.listings_between(since, CatalogueRevision.current()) is None


def test_a_full_rebuild_runs_in_the_background_while_requests_use_the_previous_index(world, monkeypatch):
    monkeypatch.setattr(index.holder, "in_background", False)
    index.warm_up()
    previous = index.holder.get()
    allowed_to_finish = threading.Event()
    rebuilt = dataclasses.replace(previous, revision="rebuilt")

    def slow_build():  # in the builder thread, which cannot see this test's open transaction
        assert allowed_to_finish.wait(10)
        return rebuilt

    monkeypatch.setattr(index.holder, "build", slow_build)
    Theme.objects.create(slug="uusi-teema", name_fi="Uusi teema")

    during = followed()
    builder = index.holder.builder
    allowed_to_finish.set()
    builder.join(10)

    assert during is previous
    assert index.holder.index is rebuilt


def test_a_served_process_builds_its_index_before_taking_requests(world, monkeypatch):
    monkeypatch.setattr(index.holder, "in_background", False)

    index.warm_up()

    assert index.holder.index is not None and index.holder.in_background


def test_clearing_a_terms_listings_from_its_side_asks_for_a_full_build(world):
    since = CatalogueRevision.current()

    # Sent by clear() from the term's side (which django-simple-history cannot record for a term).
    invalidation._classification_changed(
        sender=Listing.themes.through, instance=Theme.objects.get(slug="vertaistuki"), action="post_clear", reverse=True, pk_set=None
    )

    assert CatalogueChange.listings_between(since, CatalogueRevision.current()) is None


def test_full_text_matches_outlive_a_change_that_left_every_text_as_it_was(world):
    index.search_catalogue({"q": "tanssi"})

    world[0]["baby_cafe"].confirm()

    assert "tanssi" in followed().texts


def test_an_edited_text_is_searched_in_the_database_again(world):
    index.search_catalogue({"q": "karaoke"})
    dance = world[0]["dance"]

    dance.title = "Tanssi-ilta ja karaoke"
    dance.save()
    result = index.search_catalogue({"q": "karaoke"})

    assert result.ids == [dance.pk]


def test_a_few_results_in_relevance_order_are_found_after_listings_moved(world, association):
    """A new listing moves every later one; the ranks of the previous index must not be reused."""
    before = index.search_catalogue({"q": "tanssi"})

    make_listing(association, title="Lukupiiri", municipalities=["forssa"])
    after = index.search_catalogue({"q": "tanssi"})

    assert before.ids and after.ids == before.ids


def test_a_listing_pages_version_follows_the_listing_and_its_associations_public_listings(association, other_association):
    ours, sibling = make_listing(association), make_listing(association, title="Lukupiiri")
    theirs = make_listing(other_association, title="Kuoro")
    before = index.holder.get().page_version(ours.pk)

    theirs.title = "Kuoro ja orkesteri"
    theirs.save()
    assert index.holder.get().page_version(ours.pk) == before

    sibling.status = Listing.Status.ARCHIVED  # leaves the catalogue, and the pages that named it
    sibling.save()
    assert index.holder.get().page_version(ours.pk) != before
    assert index.holder.get().page_version(sibling.pk) is None


def test_an_ended_events_page_has_a_version_that_follows_its_own_changes(association):
    start = timezone.now() - datetime.timedelta(days=2)
    ended = make_listing(association, kind=Listing.Kind.EVENT, starts_at=start, ends_at=start + datetime.timedelta(hours=2))
    before = index.holder.get().page_version(ended.pk)
    assert before is not None and ended.pk not in index.holder.get().position

    make_listing(association, title="Lukupiiri")
    assert index.holder.get().page_version(ended.pk) != before  # its association's listings, named on its page

    after = index.holder.get().page_version(ended.pk)
    ended.summary = "Kiitos kaikille mukana olleille!"
    ended.save()
    assert index.holder.get().page_version(ended.pk) != after
