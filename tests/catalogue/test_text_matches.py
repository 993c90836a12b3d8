"""Kept full-text matches follow edits by asking the database about the edited listings alone."""

import random

import pytest

from catalogue import index
from services import search
from services.models import Listing
from tests.factories import make_listing

QUERIES = ["ikäihmisille", "tanssi", "kahvia", "ystävä", "kerho"]


@pytest.fixture
def asked(monkeypatch):
    """The listing ids each question to the database was limited to (None: every listing)."""
    questions = []
    real = search.ranked_matches

    def recording(query, among=None):
        questions.append(None if among is None else set(among))
        return real(query, among=among)

    monkeypatch.setattr(search, "ranked_matches", recording)
    return questions


@pytest.mark.skipif(not search.RANKS_ARE_PER_LISTING, reason="SQLite's bm25 ranks by the whole collection: asked again whole")
def test_an_edit_asks_only_about_the_edited_listing(world, asked):
    index.search_catalogue({"q": "kahvia"})
    dance = world[0]["dance"]

    dance.summary = "Lavatansseja, ja kahvia tauolla."
    dance.save()
    result = index.search_catalogue({"q": "kahvia"})

    assert asked == [None, {dance.pk}]
    assert dance.pk in result.ids


def test_a_listing_edited_while_a_draft_is_found_once_it_is_published(world, liaison):
    index.search_catalogue({"q": "karaoke"})
    listing = world[1]["draft"]

    listing.title = "Karaoke-ilta ikäihmisille"
    listing.status = Listing.Status.PENDING
    listing.save()
    listing.publish(by=liaison)

    assert index.search_catalogue({"q": "karaoke"}).ids == [listing.pk]


@pytest.mark.parametrize("seed", range(3))
def test_kept_matches_brought_up_to_date_rank_as_a_fresh_question(seed, world, association):
    rng = random.Random(seed)
    texts = ["Kerho ikäihmisille", "Tanssi ja kahvia", "Ystävä lapsiperheille", "Kahvia ja kerho", "Ystävätoiminta"]
    for query in QUERIES:
        index.search_catalogue({"q": query})
    for _step in range(8):
        listings = list(Listing.objects.filter(association=association, working_copy_of__isnull=True))
        if rng.random() < 0.3:
            make_listing(association, title=rng.choice(texts), summary=rng.choice(texts))
        else:
            listing = rng.choice(listings)
            listing.title, listing.summary = rng.choice(texts), rng.choice(texts)
            listing.save()
        query = rng.choice(QUERIES)
        index.search_catalogue({"q": query})

    current = index.holder.get()
    for query in QUERIES:
        public = [pk for pk in search.matching_ids(query) if pk in current.position]
        assert [pk for pk in current.texts.ranked_ids(query) if pk in current.position] == public, query


def test_the_hourly_build_keeps_the_matches_and_what_changed_meanwhile(world, association, asked):
    index.search_catalogue({"q": "kahvia"})
    added = make_listing(association, title="Kahvia ja pullaa")

    index.holder.rebuild()
    result = index.search_catalogue({"q": "kahvia"})

    assert added.pk in result.ids
    if search.RANKS_ARE_PER_LISTING:
        assert asked == [None, {added.pk}]


def test_a_change_that_left_every_text_asks_only_about_that_listing(world, asked):
    index.search_catalogue({"q": "kahvia"})
    cafe = world[0]["baby_cafe"]

    cafe.confirm()
    result = index.search_catalogue({"q": "kahvia"})

    assert asked == [None, {cafe.pk}]
    assert cafe.pk in result.ids
