"""The catalogue: faceted search over every public listing.

Counting facets in SQL means rebuilding the filtered set once per facet, which is slow on a large
region. Instead each process keeps, per facet option, the set of public listings that have it,
as a Python integer used as a bitset (bit n = the n-th listing in default order). Selecting is
AND/OR of integers and counting is `int.bit_count()`, so a whole page of facet counts costs
microseconds. A change to `CatalogueRevision` is applied from its log (index_changes.py).
Options within a facet are OR, facets are AND; an option's count is the number of results it
would give with the other facets' selections kept.
"""

import bisect
import datetime
import functools
import operator
import threading
import time
from dataclasses import dataclass, field

from django.db import connection
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from catalogue import place_index
from catalogue.facets import (  # noqa: F401 - the facets are the index's vocabulary for its callers too
    FACET_KEYS,
    FACETS,
    FIXED_FACETS,
    MEETS_IN,
    TIME_SLUGS,
    VOCABULARY_FACETS,
    WEEKDAY_SLUGS,
    Facet,
    fixed_options,
)
from catalogue.index_rows import (
    ended_event_associations, public_rows, row_options, row_point, sort_key, upcoming_dates, vocabulary_links,
)
from catalogue.result_order import nth_bits, page_in_order
from catalogue.text_matches import TextMatches
from services import search
from services.models import CatalogueChange, CatalogueRevision, Listing

PAGE_SIZE = 20
MAX_AGE = 3600  # seconds: a safety net for changes that forgot to bump the revision
ENDED_EVENTS_KEPT = 200  # ended events masked at search time before they are taken out
REVISION_CHECK_INTERVAL = 1.0  # seconds between reads of the revision number per process
MAX_CACHED_QUERIES = 2000

@dataclass
class Index:
    revision: str
    day: datetime.date
    built_at: float
    ids: list[int]
    keys: list[int]  # each listing's place in the default order (sort_key), beside ids
    position: dict[int, int]
    everything: int
    bits: dict[str, dict[str, int]]
    terms: dict[str, list[tuple[str, dict[str, str]]]]  # vocabulary facet -> [(slug, names by language)]
    event_days: dict[datetime.date, int]
    events: int
    roles: int
    event_ends: list[tuple[datetime.datetime, int]]  # (ends_at, listing id), soonest first
    # Each such event's time in event_ends, so that a change finds its entry without a scan.
    ends_of: dict[int, datetime.datetime] = field(default_factory=dict)
    # The revision at which each listing last changed since the full build: the version of its
    # rendered card, so that a change re-renders only the cards it touched.
    changed: dict[int, str] = field(default_factory=dict)
    # Each published listing's association (an ended event's too), and the revision at which one
    # of an association's public listings last changed: a listing's page names those listings.
    association_of: dict[int, int] = field(default_factory=dict)
    association_changed: dict[int, str] = field(default_factory=dict)
    # Recent full-text matches as (positions best first, bitset), from the ids the database ranked
    # (texts: kept from version to version, brought up to date per edit); most searches hit.
    matches: dict = field(default_factory=dict)
    texts: TextMatches = field(default_factory=TextMatches)
    # Where listings meet: listing id -> (latitude, longitude) of its place, for distances; and
    # the distances from recent "near" origins, computed once per origin for this index.
    points: dict[int, tuple[float, float]] = field(default_factory=dict)
    nearby: dict = field(default_factory=dict)
    # Each recent order's map from position to rank, for results too few to find by walking it.
    ranks: dict = field(default_factory=dict)

    def count_kinds(self) -> None:
        self.everything = (1 << len(self.ids)) - 1
        self.events = self.bits["kind"].get(Listing.Kind.EVENT, 0)
        self.roles = self.bits["kind"].get(Listing.Kind.VOLUNTEER_ROLE, 0)

    def bitset(self, positions) -> int:
        flags = bytearray((len(self.ids) + 8) // 8)
        for p in positions:
            flags[p >> 3] |= 1 << (p & 7)
        return int.from_bytes(flags, "little")

    def text_matches(self, query: str) -> tuple[list[int], int] | None:
        """Positions of the public listings matching the query, best first, and their bitset."""
        if query not in self.matches:
            ids = self.texts.ranked_ids(query)
            if ids is None:
                return None
            if len(self.matches) >= MAX_CACHED_QUERIES:
                self.matches.pop(next(iter(self.matches)), None)
            ranked = [self.position[pk] for pk in ids if pk in self.position]
            self.matches[query] = (ranked, self.bitset(ranked))
        return self.matches[query]

    def version_of(self, pk: int) -> str | None:
        """Changes whenever the listing's rendered parts may have (None: not in the catalogue)."""
        if pk not in self.position:
            return None
        return f"{self.day}-{self.built_at}-{self.changed.get(pk, '')}"

    def page_version(self, pk: int) -> str | None:
        """Changes whenever a published listing's page may have: the listing, in the catalogue or
        not (an event that has ended), or one of its association's public listings, which the page
        names (None: not a published listing)."""
        association = self.association_of.get(pk)
        if association is None:
            return None
        return f"{self.day}-{self.built_at}-{self.changed.get(pk, '')}-{self.association_changed.get(association, '')}"

    @property
    def version(self) -> str:
        """Changes whenever anything the catalogue shows may have."""
        return f"{self.revision}-{self.day}-{self.built_at}"

    def rank_of(self, key, order: list[int]) -> dict[int, int]:
        """Position -> place in `order`, kept for the index's lifetime under `key`."""
        if key not in self.ranks:
            if len(self.ranks) >= MAX_CACHED_QUERIES:
                self.ranks.pop(next(iter(self.ranks)), None)
            self.ranks[key] = dict(zip(order, range(len(order))))
        return self.ranks[key]

    def ended_count(self, now) -> int:
        """How many events have ended since the index was built."""
        return bisect.bisect_left(self.event_ends, (now, -1))

    def ended_since_build(self, now) -> int:
        """Events that have ended after the index was built: cleared from every result."""
        return self.bitset(self.position[pk] for _ends, pk in self.event_ends[: self.ended_count(now)])


def build_index(revision: str) -> Index:
    """Read every public listing once and lay out the facet bitsets."""
    now = timezone.now()
    today = timezone.localdate()
    # An event's dates that have not ended; its place in the order is its next date.
    spans = upcoming_dates(now)
    rows = sorted(((sort_key(row, today, spans.get(row[0], ())), row) for row in public_rows(now)), key=lambda pair: pair[0])
    ids = [row[0] for _key, row in rows]
    position = {pk: p for p, pk in enumerate(ids)}
    members: dict[str, dict[str, list[int]]] = {facet.key: {} for facet in FACETS}
    event_days: dict[datetime.date, list[int]] = {}
    event_ends = []
    points = {}
    for p, (_key, row) in enumerate(rows):
        options, days = row_options(row, spans.get(row[0], ()))
        for facet, option in options:
            members[facet].setdefault(option, []).append(p)
        for day in days:
            event_days.setdefault(day, []).append(p)
        if days:
            event_ends.append((row[10] or row[9], row[0]))
        if point := row_point(row):
            points[row[0]] = point
    for listing_id, facet, slug in vocabulary_links():
        p = position.get(listing_id)
        if p is not None:
            members[facet].setdefault(slug, []).append(p)

    terms = {
        facet.key: [
            (slug, {"fi": fi, "sv": sv or fi, "en": en or fi})
            for slug, fi, sv, en in facet.vocabulary.objects.values_list("slug", "name_fi", "name_sv", "name_en")
        ]
        for facet in VOCABULARY_FACETS
    }
    terms[MEETS_IN.key] = terms["municipality"]
    index = Index(
        revision=revision, day=today, built_at=time.monotonic(), ids=ids, keys=[key for key, _row in rows],
        position=position, everything=0, bits={}, terms=terms, event_days={}, events=0, roles=0,
        event_ends=sorted(event_ends),
        ends_of={pk: ends for ends, pk in event_ends},
        association_of={**ended_event_associations(now), **{row[0]: row[16] for _key, row in rows}},
        points=points,
    )
    index.bits = {facet: {option: index.bitset(ps) for option, ps in options.items()} for facet, options in members.items()}
    index.event_days = {day: index.bitset(ps) for day, ps in event_days.items()}
    index.count_kinds()
    return index


class _IndexHolder:
    """The process's current index, kept up to date without making a request wait for a build.

    A newer revision is applied from the change log (milliseconds); a full build is needed only at
    start-up, on a new day, after a vocabulary change or when the log no longer reaches back. In a
    served process (`warm_up()`) the first build happens before the process takes requests, and
    later full builds run in a background thread while requests keep using the previous index.
    """

    def __init__(self):
        self.index: Index | None = None
        self.checked_at, self.lock = 0.0, threading.Lock()
        self.in_background, self.builder = False, None

    def get(self) -> Index:
        if self.index is None:
            with self.lock:
                if self.index is None:
                    self.checked_at = time.monotonic()
                    self.index = self.build()
        elif time.monotonic() - self.checked_at >= REVISION_CHECK_INTERVAL:
            self.checked_at = time.monotonic()
            self.follow(CatalogueRevision.current())
        return self.index

    def follow(self, revision: str) -> None:
        from catalogue.index_changes import apply_changes, is_small  # it builds on this module

        index = self.index
        if index.day != timezone.localdate() or time.monotonic() - index.built_at > MAX_AGE:
            self.rebuild()
            return
        changed, texts_changed = set(), False
        if index.revision != revision:
            logged = CatalogueChange.listings_between(index.revision, revision)
            if logged is None or not is_small(logged[0]):
                self.rebuild()
                return
            changed, texts_changed = logged
        # Events that have ended are masked by every search; taking them out keeps the mask short.
        ended = index.event_ends[: bisect.bisect_left(index.event_ends, (timezone.now(), -1))]
        if len(ended) >= ENDED_EVENTS_KEPT:
            changed.update(pk for _ends, pk in ended)
        elif index.revision == revision:
            return
        updated = apply_changes(index, changed, revision, texts_changed=texts_changed)
        with self.lock:
            if self.index is index:  # not replaced meanwhile by a background build
                self.index = updated

    def build(self) -> Index:
        built, previous = build_index(CatalogueRevision.current()), self.index
        # The hourly and the daily build keep the full-text matches, told what changed meanwhile.
        logged = CatalogueChange.listings_between(previous.revision, built.revision) if previous else None
        if logged is not None:
            changed, texts_changed = logged
            previous.texts.listings_changed(changed, texts_changed=texts_changed)
            built.texts = previous.texts
        return built

    def rebuild(self) -> None:
        if not self.in_background:
            self.index = self.build()
        elif self.builder is None:
            self.builder = threading.Thread(target=self._build_in_background, name="catalogue-index", daemon=True)
            self.builder.start()

    def _build_in_background(self) -> None:
        try:
            built = self.build()
            with self.lock:
                self.index = built
            self.checked_at = 0.0  # changes made during the build are applied at the next request
        finally:
            connection.close()  # the thread's own database connection
            self.builder = None

    def recheck(self) -> None:  # this process has just changed the revision: look at the next request
        self.checked_at = 0.0

    def reset(self):
        self.index, self.checked_at = None, 0.0


holder = _IndexHolder()


def warm_up() -> None:
    """Build the index before a served process takes requests; rebuild in the background later."""
    holder.in_background = True
    holder.get()


@dataclass
class Option:
    slug: str
    label: str
    count: int
    selected: bool


@dataclass
class FacetResult:
    key: str
    label: str
    options: list[Option]

    @property
    def selected(self):
        return [option for option in self.options if option.selected]


@dataclass
class Result:
    total: int
    ids: list[int]  # the ids on this page, in order
    facets: list[FacetResult]
    page: int
    pages: int
    query: str
    relaxable: list[str]  # facets whose removal would give results when there are none
    suggestions: list  # search.Suggestion: other words or terms that would give results when there are none
    revision: str  # changes whenever what the catalogue shows may have changed
    distances: dict[int, float] = field(default_factory=dict)  # km to the page's listings from "near"
    versions: dict[int, str] = field(default_factory=dict)  # per listing on the page: changes whenever that listing may have


def vocabulary_choices(key: str) -> list[tuple[str, str]]:
    """Choices of a vocabulary facet from the index: validating them needs no query."""
    language = (get_language() or "fi")[:2]
    return [(slug, names[language]) for slug, names in holder.get().terms[key]]


def date_range(cleaned) -> tuple[datetime.date, datetime.date] | None:
    today = timezone.localdate()
    when = cleaned.get("when")
    if when == "today":
        return today, today
    if when == "week":
        return today, today + datetime.timedelta(days=6 - today.weekday())
    if when == "month":
        next_month = (today.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
        return today, next_month - datetime.timedelta(days=1)
    start, end = cleaned.get("date_from"), cleaned.get("date_to")
    if start or end:
        start = max(start or today, today)
        end = end or start + datetime.timedelta(days=365)
        return start, end
    return None


def _in_range(index: Index, span) -> int:
    """Events on a day of the range, and activities meeting on one of its weekdays."""
    start, end = span
    if end < start:
        return 0
    events = 0
    for offset in range(min((end - start).days, 400) + 1):
        events |= index.event_days.get(start + datetime.timedelta(days=offset), 0)
    activities = index.everything & ~index.events & ~index.roles
    if (end - start).days < 6:
        days = {(start + datetime.timedelta(days=o)).weekday() for o in range((end - start).days + 1)}
        weekday_bits = 0
        for day in days:
            weekday_bits |= index.bits["weekday"].get(WEEKDAY_SLUGS[day], 0)
        activities &= weekday_bits
    return events | activities


def search_catalogue(cleaned: dict, *, page: int = 1, page_size: int = PAGE_SIZE, only_ids=None) -> Result:
    """Run one catalogue search. `cleaned` is CatalogueFilter's cleaned data; `only_ids`, when
    given, narrows the results to those listings (the API's updated_since)."""
    index = holder.get()
    language = (get_language() or "fi")[:2]
    base = index.everything & ~index.ended_since_build(timezone.now())
    span = date_range(cleaned)
    if span:
        base &= _in_range(index, span)
    unsearched = base
    if only_ids is not None:
        base &= index.bitset(index.position[pk] for pk in only_ids if pk in index.position)

    query = (cleaned.get("q") or "").strip()
    ranked = None
    matched = index.text_matches(query) if query else None
    if matched is not None:
        ranked, bits = matched
        base &= bits

    selected = {key: list(cleaned.get(key) or []) for key in FACET_KEYS}
    ors = {}
    for key, slugs in selected.items():
        if slugs:
            union = 0
            for slug in slugs:
                union |= index.bits[key].get(slug, 0)
            ors[key] = union

    origin = cleaned.get("near")
    nearby = place_index.nearby(index, origin) if origin else None
    if nearby and cleaned.get("within"):
        ors["within"] = 0
        for km in cleaned["within"]:
            ors["within"] |= nearby.within.get(km, 0)

    def without(excluded):
        bits = base
        for key, union in ors.items():
            if key != excluded:
                bits &= union
        return bits

    results = without(None)
    facets = []
    labels = fixed_options()
    for facet in FACETS:
        others = without(facet.key)
        if facet.vocabulary:
            options = [(slug, names[language]) for slug, names in index.terms[facet.key]]
        else:
            options = labels[facet.key]
        facets.append(
            FacetResult(
                facet.key,
                facet.label,
                [
                    Option(slug, str(label), (others & index.bits[facet.key].get(slug, 0)).bit_count(), slug in selected[facet.key])
                    for slug, label in options
                ],
            )
        )

    if nearby:
        others = without("within")
        chosen = cleaned.get("within") or []
        options = [Option(km, str(label), (others & nearby.within[km]).bit_count(), km in chosen) for km, label in place_index.WITHIN_CHOICES]
        facets.append(FacetResult("within", str(_("Etäisyys")), options))

    total = results.bit_count()
    pages = max(1, -(-total // page_size))
    page = min(max(page, 1), pages)
    offset = (page - 1) * page_size
    if nearby and (cleaned.get("sort") == "distance" or ranked is None and not cleaned.get("sort")):
        positions = page_in_order(index, ("near", round(origin.latitude, 3), round(origin.longitude, 3)), nearby.order, results, total, offset, page_size)
    elif ranked is not None and cleaned.get("sort") != "soonest":
        positions = page_in_order(index, ("q", query), ranked, results, total, offset, page_size)
    else:
        positions = nth_bits(results, offset, page_size)

    relaxable, suggestions = [], []
    if total == 0:
        relaxable = [key for key in ors if without(key).bit_count() > 0]
    if total == 0 and query:
        filtered = functools.reduce(operator.and_, ors.values(), unsearched)

        def results_for(key, value):
            bits = (index.text_matches(value) or (None, 0))[1] if key == "q" else index.bits[key].get(value, 0)
            return (bits & filtered).bit_count()

        vocabularies = {facet.key: index.terms[facet.key] for facet in VOCABULARY_FACETS}
        suggestions = search.suggestions(query, terms=vocabularies, language=language, results_for=results_for)
    return Result(
        total=total,
        ids=[index.ids[p] for p in positions],
        facets=facets,
        page=page,
        pages=pages,
        query=query,
        relaxable=relaxable,
        suggestions=suggestions,
        revision=index.version,
        distances={index.ids[p]: nearby.distances[p] for p in positions if nearby and p in nearby.distances},
        versions={index.ids[p]: index.version_of(index.ids[p]) for p in positions},
    )

