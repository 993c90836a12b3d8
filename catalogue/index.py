"""The catalogue: faceted search over every public listing.

Counting facets in SQL means rebuilding the filtered set once per facet, which is slow on a large
region. Instead each process keeps, per facet option, the set of public listings that have it,
as a Python integer used as a bitset (bit n = the n-th listing in default order). Selecting is
AND/OR of integers and counting is `int.bit_count()`, so a whole page of facet counts costs
microseconds. The index is rebuilt when `CatalogueRevision` changes (any process may bump it),
when the day changes, and at the latest after `MAX_AGE`.

Semantics: options within a facet are OR, facets are AND; an option's count is the number of
results it would give with the other facets' selections kept.
"""

import bisect
import datetime
import threading
import time
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from services import search
from services.models import CatalogueRevision, Listing, TimeOfDay, Weekday
from vocabularies import models as vocabularies

PAGE_SIZE = 20
MAX_AGE = 600  # seconds: a safety net for changes that forgot to bump the revision
REVISION_CHECK_INTERVAL = 1.0  # seconds between reads of the revision number per process
MAX_EVENT_DAYS = 62
MAX_CACHED_QUERIES = 2000  # a longer event is listed on its first two months only

WEEKDAY_SLUGS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
TIME_SLUGS = ["morning", "afternoon", "evening"]


@dataclass(frozen=True)
class Facet:
    key: str  # the URL parameter
    label: str
    vocabulary: type | None = None  # a vocabularies.Term model, or None for fixed options
    through: str = ""  # the Listing many-to-many field for vocabulary facets


VOCABULARY_FACETS = [
    Facet("municipality", _("Kunta"), vocabularies.Municipality, "municipalities"),
    Facet("target_group", _("Kenelle"), vocabularies.TargetGroup, "target_groups"),
    Facet("theme", _("Teema"), vocabularies.Theme, "themes"),
    Facet("life_situation", _("Elämäntilanne"), vocabularies.LifeSituation, "life_situations"),
    Facet("activity_type", _("Toimintamuoto"), vocabularies.ActivityType, "activity_types"),
    Facet("language", _("Kieli"), vocabularies.Language, "languages"),
]
FIXED_FACETS = [
    Facet("kind", _("Tyyppi")),
    Facet("weekday", _("Viikonpäivä")),
    Facet("time_of_day", _("Vuorokaudenaika")),
    Facet("cost", _("Hinta")),
    Facet("mode", _("Paikka")),
    Facet("registration", _("Ilmoittautuminen")),
    Facet("accessible", _("Esteettömyys")),
]
FACETS = [FIXED_FACETS[0], *VOCABULARY_FACETS, *FIXED_FACETS[1:]]
FACET_KEYS = [facet.key for facet in FACETS]


def fixed_options() -> dict[str, list[tuple[str, str]]]:
    """Options of the facets that are not vocabularies: (slug, label)."""
    return {
        "kind": [(value, label.capitalize()) for value, label in Listing.Kind.choices],
        "weekday": [(WEEKDAY_SLUGS[value], label.capitalize()) for value, label in Weekday.choices],
        "time_of_day": [(TIME_SLUGS[value], label.capitalize()) for value, label in TimeOfDay.choices],
        "cost": [("free", _("Maksuton"))],
        "mode": [("onsite", _("Paikan päällä")), ("online", _("Verkossa"))],
        "registration": [("required", _("Ilmoittautuminen tarvitaan")), ("not-required", _("Ei ilmoittautumista"))],
        "accessible": [("yes", _("Esteetön paikka"))],
    }


@dataclass
class Index:
    revision: str
    day: datetime.date
    built_at: float
    ids: list[int]
    position: dict[int, int]
    everything: int
    bits: dict[str, dict[str, int]]
    terms: dict[str, list[tuple[str, dict[str, str]]]]  # vocabulary facet -> [(slug, names by language)]
    event_days: dict[datetime.date, int]
    events: int
    roles: int
    event_ends: list[tuple[datetime.datetime, int]]  # (ends_at, position), soonest first
    # Recent full-text matches as (positions best first, bitset). They belong to this index, so a
    # new revision starts with none; people repeat the same words, so most searches hit.
    matches: dict = field(default_factory=dict)

    def bitset(self, positions) -> int:
        flags = bytearray((len(self.ids) + 8) // 8)
        for p in positions:
            flags[p >> 3] |= 1 << (p & 7)
        return int.from_bytes(flags, "little")

    def text_matches(self, query: str) -> tuple[list[int], int] | None:
        """Positions of the public listings matching the query, best first, and their bitset."""
        if query not in self.matches:
            ids = search.matching_ids(query)
            if ids is None:
                return None
            ranked = [self.position[pk] for pk in ids if pk in self.position]
            if len(self.matches) >= MAX_CACHED_QUERIES:
                self.matches.pop(next(iter(self.matches)))
            self.matches[query] = (ranked, self.bitset(ranked))
        return self.matches[query]

    def ended_since_build(self, now) -> int:
        """Events that have ended after the index was built: cleared from every result."""
        cut = bisect.bisect_left(self.event_ends, (now, -1))
        return self.bitset(p for _ends, p in self.event_ends[:cut])


def _local_day(moment) -> datetime.date:
    return timezone.localtime(moment).date()


def build_index(revision: str) -> Index:
    """Read every public listing once and lay out the facet bitsets."""
    now = timezone.now()
    today = timezone.localdate()
    rows = list(
        Listing.objects.published()
        .exclude(kind=Listing.Kind.EVENT, ends_at__lt=now)
        .values_list(
            "id", "kind", "is_free", "is_online", "place_id", "place__is_accessible", "registration_required",
            "weekdays", "times_of_day", "starts_at", "ends_at", "published_at", "last_confirmed_on",
        )
    )

    def sort_key(row):
        # Soonest or newest first: an event n days ahead sits beside an activity published or
        # confirmed n days ago.
        kind, starts_at, published_at, confirmed = row[1], row[9], row[11], row[12]
        if kind == Listing.Kind.EVENT:
            return (max((_local_day(starts_at) - today).days, 0), -row[0])
        latest = max(_local_day(published_at) if published_at else confirmed, confirmed)
        return ((today - latest).days, -row[0])

    rows.sort(key=sort_key)
    ids = [row[0] for row in rows]
    position = {pk: p for p, pk in enumerate(ids)}
    members: dict[str, dict[str, list[int]]] = {facet.key: {} for facet in FACETS}

    def add(facet, option, p):
        members[facet].setdefault(option, []).append(p)

    event_days: dict[datetime.date, list[int]] = {}
    event_ends = []
    for p, (pk, kind, is_free, is_online, place_id, accessible, registration, weekdays, times, starts, ends, *_rest) in enumerate(rows):
        add("kind", kind, p)
        if is_free:
            add("cost", "free", p)
        if place_id:
            add("mode", "onsite", p)
        if is_online:
            add("mode", "online", p)
        if accessible:
            add("accessible", "yes", p)
        add("registration", "required" if registration else "not-required", p)
        if kind == Listing.Kind.EVENT and starts:
            weekdays = [timezone.localtime(starts).weekday()]
            times = [TimeOfDay.of(starts)]
            first, last = _local_day(starts), _local_day(ends or starts)
            for offset in range(min((last - first).days, MAX_EVENT_DAYS) + 1):
                event_days.setdefault(first + datetime.timedelta(days=offset), []).append(p)
            event_ends.append((ends or starts, p))
        for day in weekdays:
            add("weekday", WEEKDAY_SLUGS[day], p)
        for moment in times:
            add("time_of_day", TIME_SLUGS[moment], p)

    terms = {}
    for facet in VOCABULARY_FACETS:
        vocabulary = facet.vocabulary
        slugs = dict(vocabulary.objects.values_list("pk", "slug"))
        terms[facet.key] = [
            (slug, {"fi": fi, "sv": sv or fi, "en": en or fi})
            for slug, fi, sv, en in vocabulary.objects.values_list("slug", "name_fi", "name_sv", "name_en")
        ]
        through = getattr(Listing, facet.through).through
        term_column = f"{vocabulary._meta.model_name}_id"
        for listing_id, term_id in through.objects.values_list("listing_id", term_column).iterator(chunk_size=10_000):
            p = position.get(listing_id)
            if p is not None:
                add(facet.key, slugs[term_id], p)

    index = Index(
        revision=revision,
        day=today,
        built_at=time.monotonic(),
        ids=ids,
        position=position,
        everything=0,
        bits={},
        terms=terms,
        event_days={},
        events=0,
        roles=0,
        event_ends=sorted(event_ends),
    )
    index.everything = (1 << len(ids)) - 1
    index.bits = {facet: {option: index.bitset(ps) for option, ps in options.items()} for facet, options in members.items()}
    index.event_days = {day: index.bitset(ps) for day, ps in event_days.items()}
    index.events = index.bits["kind"].get(Listing.Kind.EVENT, 0)
    index.roles = index.bits["kind"].get(Listing.Kind.VOLUNTEER_ROLE, 0)
    return index


class _IndexHolder:
    """The process's current index, rebuilt by one thread at a time."""

    def __init__(self):
        self.index: Index | None = None
        self.checked_at = 0.0
        self.revision = ""
        self.lock = threading.Lock()

    def get(self) -> Index:
        now = time.monotonic()
        if now - self.checked_at >= REVISION_CHECK_INTERVAL or self.index is None:
            self.revision = CatalogueRevision.current()
            self.checked_at = now
        index = self.index
        if (
            index is None
            or index.revision != self.revision
            or index.day != timezone.localdate()
            or now - index.built_at > MAX_AGE
            or len(index.event_ends) and index.event_ends[min(500, len(index.event_ends) - 1)][0] < timezone.now()
        ):
            with self.lock:
                if self.index is index:
                    self.index = build_index(self.revision)
                index = self.index
        return index

    def reset(self):
        self.index = None
        self.checked_at = 0.0


holder = _IndexHolder()


def changed() -> None:
    """Call after anything that may change what the catalogue shows."""
    CatalogueRevision.bump()
    holder.reset()


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
    revision: str  # changes whenever what the catalogue shows may have changed


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


def _page_of_ranked(ranked: list[int], results: int, size: int, offset: int, count: int) -> list[int]:
    """The ranked positions that are in the results, from the offset-th on (stops early)."""
    flags = results.to_bytes((size + 8) // 8, "little")
    page, seen = [], 0
    for p in ranked:
        if flags[p >> 3] >> (p & 7) & 1:
            if seen >= offset:
                page.append(p)
                if len(page) == count:
                    break
            seen += 1
    return page


def _nth_bits(value: int, start: int, count: int) -> list[int]:
    """Positions of the set bits number start..start+count-1 (lowest first)."""
    found = []
    binary = bin(value)[:1:-1]  # lowest bit first
    at = -1
    seen = 0
    while len(found) < count:
        at = binary.find("1", at + 1)
        if at < 0:
            break
        if seen >= start:
            found.append(at)
        seen += 1
    return found


def search_catalogue(cleaned: dict, *, page: int = 1, page_size: int = PAGE_SIZE, only_ids=None) -> Result:
    """Run one catalogue search. `cleaned` is CatalogueFilter's cleaned data; `only_ids`, when
    given, narrows the results to those listings (the API's updated_since)."""
    index = holder.get()
    language = (get_language() or "fi")[:2]
    base = index.everything & ~index.ended_since_build(timezone.now())
    if only_ids is not None:
        base &= index.bitset(index.position[pk] for pk in only_ids if pk in index.position)

    query = (cleaned.get("q") or "").strip()
    ranked = None
    matched = index.text_matches(query) if query else None
    if matched is not None:
        ranked, bits = matched
        base &= bits
    span = date_range(cleaned)
    if span:
        base &= _in_range(index, span)

    selected = {key: list(cleaned.get(key) or []) for key in FACET_KEYS}
    ors = {}
    for key, slugs in selected.items():
        if slugs:
            union = 0
            for slug in slugs:
                union |= index.bits[key].get(slug, 0)
            ors[key] = union

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

    total = results.bit_count()
    pages = max(1, -(-total // page_size))
    page = min(max(page, 1), pages)
    offset = (page - 1) * page_size
    if ranked is not None and cleaned.get("sort") != "soonest":
        positions = _page_of_ranked(ranked, results, len(index.ids), offset, page_size)
    else:
        positions = _nth_bits(results, offset, page_size)

    relaxable = []
    if total == 0:
        relaxable = [key for key in ors if without(key).bit_count() > 0]
    return Result(
        total=total,
        ids=[index.ids[p] for p in positions],
        facets=facets,
        page=page,
        pages=pages,
        query=query,
        relaxable=relaxable,
        revision=f"{index.revision}-{index.day}-{index.built_at}",
    )

