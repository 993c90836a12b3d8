"""Search quality over a fixed corpus in Finnish, Swedish and English, on either database.

`make search-report` prints precision and recall per tier from the same cases.
"""

import pytest

from services import morphology, search
from services.models import Listing
from tests.search.corpus import QUERIES, TIERS, create_listings, found, report

pytestmark = pytest.mark.django_db

# Every query word of the corpus, and some more that look inside words or are half typed.
WORDS = sorted({w for _tier, query, _hits, _misses in QUERIES for w in search.words(query)}) + [
    "kahv", "kirj", "ystäv", "tuusul", "kamrat", "old", "peer", "vauva", "aamu", "lehti", "vinkit", "metsä", "zq", "zd",
]


@pytest.fixture
def corpus():
    return create_listings()


def test_every_judged_query_finds_its_listings_and_avoids_its_traps(corpus):
    failures = []
    for tier, query, hits, misses in QUERIES:
        got = set(found(query, corpus))
        if hits - got or misses & got:
            failures.append(f"{tier}: {query!r} missed {sorted(hits - got)}, wrongly found {sorted(misses & got)}")
    assert failures == []


def test_the_test_set_covers_every_tier_with_at_least_sixty_queries():
    assert len(QUERIES) >= 60
    assert {tier for tier, *_rest in QUERIES} == set(TIERS)


def _reference_matches(query, listings):
    """What the token rules say a query finds, evaluated in Python over the stored columns."""
    matched = set()
    for listing in listings:
        columns = {name: getattr(listing, name).split() for name in search.FIELDS}
        exact = {t for name in search.EXACT_COLUMNS for t in columns[name]}
        stems = {t for name in search.STEM_COLUMNS for t in columns[name]}
        every = exact | stems
        if all(
            set(term.exact) & exact
            or set(term.roots) & stems
            or any(t.startswith(p) for t in stems for p in term.stem_prefixes)
            or any(t.startswith(p) for t in every for p in term.prefixes)
            for term in search.parse_query(query)
        ):
            matched.add(listing.pk)
    return matched


def test_the_database_finds_exactly_what_the_token_rules_say_so_sqlite_and_postgresql_agree(corpus):
    listings = list(Listing.objects.filter(pk__in=corpus))
    for word in WORDS:
        assert set(search.matching_ids(word)) == _reference_matches(word, listings), word


def test_search_report_prints_precision_and_recall_per_tier(corpus, capsys):
    rows = report(corpus)
    with capsys.disabled():
        print(f"\n{'tier':<28}{'queries':>8}{'precision':>11}{'recall':>8}")
        for tier, count, precision, recall in rows:
            print(f"{tier:<28}{count:>8}{precision:>11.0%}{recall:>8.0%}")
    assert [row[0] for row in rows] == TIERS


def test_without_voikko_search_falls_back_to_snowball_stems_and_says_so_once(corpus, monkeypatch, caplog):
    monkeypatch.setattr(morphology, "_local", type(morphology._local)())
    monkeypatch.setattr(morphology, "_warned", type(morphology._warned)())
    monkeypatch.setattr(morphology, "_open_voikko", _failing_open(morphology._open_voikko))
    for cached in (morphology.analyse, search.tokens_for_word, search.query_word):
        cached.cache_clear()
    try:
        search.reindex(Listing.objects.filter(pk__in=corpus).select_related("association"))
        assert {"keskusteluryhma", "ystavapalvelu"} <= set(found("ikäihmisille", corpus))
        assert {"keskusteluryhma"} <= set(found("kamratstöd äldre", corpus))
        assert morphology.voikko() is None and morphology.voikko() is None
    finally:
        for cached in (morphology.analyse, search.tokens_for_word, search.query_word):
            cached.cache_clear()
    assert [r.getMessage()[:40] for r in caplog.records if r.name == "services.morphology"] == [
        "Finnish morphology (Voikko) is not avail"
    ]


def _failing_open(real_open):
    """_open_voikko as on a machine without the library: its import fails."""

    def open_without_library():
        import builtins

        real_import = builtins.__import__

        def refuse(name, *args, **kwargs):
            if name == "libvoikko":
                raise ImportError("No module named 'libvoikko'")
            return real_import(name, *args, **kwargs)

        builtins.__import__ = refuse
        try:
            return real_open()
        finally:
            builtins.__import__ = real_import

    return open_without_library
