"""Full-text search in Finnish, Swedish and English, the same on SQLite and PostgreSQL.

Words are prepared in Python (services.morphology) and the database matches whole tokens or
prefixes. Each listing keeps four token columns:

    search_title           base forms and compound parts of the title and of the names of its
                           vocabulary terms and municipalities in fi/sv/en     (weight A)
    search_title_stems     the same texts' words Voikko does not know: the word, its Snowball
                           stems and stem tails; derivation roots of known words (weight B)
    search_document        as search_title, for summary, description, tags and association
    search_document_stems  as search_title_stems, for those                    (weight D; C above)

A query word Voikko knows (`kahvilassa`) matches its base forms exactly in the base-form columns
(`kahvila`, also a compound's part: muistikahvila), its derivation roots (`harrastus` finds
`harrastekerho`), and, as typed, the start of words Voikko does not know. A word it does not know
(`äldre`, `Tusby`, a half-typed `ikäihm`) matches the start of any token through its Snowball
stem less one letter or as typed, which is how all search worked before Voikko.

SQLite: an FTS5 table over the four columns (bm25 with column weights); PostgreSQL: a stored,
weighted tsvector (ts_rank); both built by migration services 0012. Both see the same tokens and
the same query, so both find exactly the same listings.
"""

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from django.db import connection

from services import morphology

_WORD = re.compile(r"[^\W_]+", re.UNICODE)

# Compounds Voikko does not know ("syystanssit" when it is misspelt, Swedish "kamratstöd"): every
# tail of a long stem is indexed too, marked with TAIL so that only query words long enough to
# mean something (MIN_TAIL_QUERY letters) look inside words.
TAIL = "zq"
# Derivation roots, marked so that only a known query word's roots match them, and exactly.
ROOT = "zd"
MIN_HEAD = 3  # letters a compound's first part has at least
MIN_TAIL = 4  # letters of the shortest tail indexed
MIN_TAIL_QUERY = 4
MAX_QUERY_WORDS = 12
STOPWORDS = frozenset(
    "ja tai on ei se ne että kun jos mutta myös sekä joka jotka olla the and or of for in to a an och eller i på för att med".split()
)
# Everyday words for what the vocabularies name otherwise: "elderly" for "Older people".
SYNONYMS = {
    "elderly": ("older",),
    "seniors": ("older",),
    "senior": ("older",),
    "aged": ("older",),
    "pensioners": ("older",),
    "lonely": ("loneliness",),
    "seniorer": ("äldre",),
    "pensionärer": ("äldre",),
    "ensam": ("ensamhet",),
}

FIELDS = ("search_title", "search_title_stems", "search_document", "search_document_stems")
EXACT_COLUMNS = ("search_title", "search_document")
STEM_COLUMNS = ("search_title_stems", "search_document_stems")
_WEIGHTS = {"search_title": "A", "search_title_stems": "B", "search_document": "C", "search_document_stems": "D"}
# The listing's vocabularies whose names, in every language, are searched like its title.
TERM_RELATIONS = ("target_groups", "themes", "life_situations", "activity_types", "municipalities")
TERM_LANGUAGES = ("name_fi", "name_sv", "name_en")


def words(text: str) -> list[str]:
    return _WORD.findall((text or "").lower())


@lru_cache(maxsize=200_000)
def tokens_for_word(word: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The tokens one word adds to the base-form column and to the stem column (cached)."""
    analysis = morphology.analyse(word)
    if analysis is not None:
        return tuple(sorted(analysis.base_forms | analysis.parts)), tuple(sorted(ROOT + root for root in analysis.roots))
    found = {word} | {morphology.stem(word, language) for language in ("fi", "sv", "en")}
    stem = morphology.stem(word)
    for at in range(MIN_HEAD, len(stem) - MIN_TAIL + 1):
        found.add(TAIL + stem[at:])
    return (), tuple(sorted(found))


def columns_for(texts) -> tuple[str, str]:
    """The base-form column and the stem column of some texts."""
    exact: list[str] = []
    stems: list[str] = []
    for text in texts:
        for word in words(text):
            word_exact, word_stems = tokens_for_word(word)
            exact.extend(word_exact)
            stems.extend(word_stems)
    return " ".join(exact), " ".join(stems)


def document_fields(*, title_texts, body_texts) -> dict[str, str]:
    """The four search columns of a listing from its texts."""
    title, title_stems = columns_for(title_texts)
    body, body_stems = columns_for(body_texts)
    return dict(zip(FIELDS, (title, title_stems, body, body_stems)))


def listing_fields(listing, *, tags=None, term_names=None) -> dict[str, str]:
    """The search columns of one listing. `tags` and `term_names` are given when the listing is not
    saved yet (demo data); otherwise they are read from the (prefetched) relations."""
    if tags is None:
        tags = [tag.name for tag in listing.tags.all()]
    if term_names is None:
        term_names = [
            getattr(term, language)
            for relation in TERM_RELATIONS
            for term in getattr(listing, relation).all()
            for language in TERM_LANGUAGES
        ]
    return document_fields(
        title_texts=[listing.title, *term_names],
        body_texts=[listing.summary, listing.description, " ".join(tags), listing.association.name],
    )


CHUNK = 2000


def reindex(listings) -> int:
    """Rebuild the search columns of the given listings (a queryset or list); returns the count."""
    listings = list(listings)
    changed = 0
    for start in range(0, len(listings), CHUNK):
        changed += _reindex_chunk(listings[start : start + CHUNK])
    return changed


def _reindex_chunk(listings) -> int:
    # Names and tags as plain rows: instantiating every term of 2,000 listings would cost more
    # than everything else here, Voikko included.
    tags, term_names = _related_names([listing.pk for listing in listings])
    rows = []
    for listing in listings:
        fields = listing_fields(listing, tags=tags.get(listing.pk, []), term_names=term_names.get(listing.pk, []))
        if any(getattr(listing, name) != value for name, value in fields.items()):
            for name, value in fields.items():
                setattr(listing, name, value)
            rows.append([*fields.values(), listing.pk])
    # One plain UPDATE per row: bulk_update's CASE over four text columns is several times slower.
    with connection.cursor() as cursor:
        assignments = ", ".join(f"{name} = %s" for name in FIELDS)
        cursor.executemany(f"UPDATE services_listing SET {assignments} WHERE id = %s", rows)  # noqa: S608 - names are constants
    return len(rows)


def _related_names(ids) -> tuple[dict, dict]:
    """{listing id: tag names} and {listing id: names of its terms in every language}."""
    from django.contrib.contenttypes.models import ContentType
    from taggit.models import TaggedItem

    from services.models import Listing

    tags, term_names = {}, {}
    content_type = ContentType.objects.get_for_model(Listing)
    for listing_id, name in TaggedItem.objects.filter(content_type=content_type, object_id__in=ids).values_list("object_id", "tag__name"):
        tags.setdefault(listing_id, []).append(name)
    for relation in TERM_RELATIONS:
        field = Listing._meta.get_field(relation)
        owner, term = field.m2m_field_name(), field.m2m_reverse_field_name()
        names = [f"{term}__{language}" for language in TERM_LANGUAGES]
        for listing_id, *found in field.remote_field.through.objects.filter(**{f"{owner}_id__in": ids}).values_list(f"{owner}_id", *names):
            term_names.setdefault(listing_id, []).extend(found)
    return tags, term_names


@dataclass(frozen=True)
class QueryWord:
    """How one query word may match: whole tokens in some columns, prefixes in others."""

    exact: tuple[str, ...] = ()  # base forms, in the base-form columns
    roots: tuple[str, ...] = ()  # derivation roots, in the stem columns
    stem_prefixes: tuple[str, ...] = ()  # the typed word, in the stem columns
    prefixes: tuple[str, ...] = ()  # any column

    def __add__(self, other):
        return QueryWord(*(tuple(sorted(set(mine) | set(theirs))) for mine, theirs in zip(self.astuple(), other.astuple())))

    def astuple(self):
        return self.exact, self.roots, self.stem_prefixes, self.prefixes


def _covered(prefixes) -> tuple[str, ...]:
    """Drop a prefix already covered by a shorter one."""
    return tuple(sorted(p for p in prefixes if not any(q != p and p.startswith(q) for q in prefixes)))


@lru_cache(maxsize=20_000)
def query_word(word: str) -> QueryWord:
    """The alternatives of one query word, e.g. kahvilassa -> exactly kahvila, or kahvilassa* where unknown."""
    analysis = morphology.analyse(word)
    if analysis is not None:
        found = QueryWord(
            exact=tuple(sorted(analysis.base_forms)),
            roots=tuple(sorted(ROOT + root for root in analysis.derived_from)),
            stem_prefixes=(word,),
        )
    else:
        stem = morphology.stem(word)
        shortened = stem if len(stem) <= 4 else stem[:-1]
        prefixes = {word, shortened}
        if len(shortened) >= MIN_TAIL_QUERY:
            prefixes.add(TAIL + shortened)
        found = QueryWord(prefixes=_covered(prefixes))
    for synonym in SYNONYMS.get(word, ()):
        found = found + query_word(synonym)
    return found


def parse_query(query: str) -> list[QueryWord]:
    """One QueryWord per meaningful query word; all of them must match."""
    terms = [w for w in words(query)[:MAX_QUERY_WORDS] if w not in STOPWORDS and len(w) >= 2]
    return [query_word(w) for w in terms]


def _match_expression(terms: list[QueryWord], vendor: str) -> str:
    """The query in FTS5 MATCH or tsquery syntax; both say the same, column by column."""
    if vendor == "postgresql":
        exact, stems = ("".join(_WEIGHTS[c] for c in columns) for columns in (EXACT_COLUMNS, STEM_COLUMNS))
        forms = (f"'@':{exact}", f"'@':{stems}", f"'@':*{stems}", "'@':*")
        either, both = " | ", " & "
    else:
        exact, stems = ("{" + " ".join(columns) + "} : " for columns in (EXACT_COLUMNS, STEM_COLUMNS))
        forms = (exact + '"@"', stems + '"@"', stems + '"@"*', '"@"*')
        either, both = " OR ", " AND "
    # In QueryWord's order: exact, roots, stem_prefixes, prefixes. Tokens hold letters and digits only.
    return both.join(
        "(" + either.join(form.replace("@", token) for form, tokens in zip(forms, term.astuple()) for token in tokens) + ")"
        for term in terms
    )


# PostgreSQL's ts_rank scores a listing by its own text alone, so the ranks of listings not edited
# stay as they were and kept matches can be brought up to date listing by listing
# (catalogue/text_matches.py); SQLite's bm25 weighs words by the whole collection, so there an
# edit can reorder every match and kept matches are asked for again whole (fast in SQLite).
RANKS_ARE_PER_LISTING = connection.vendor == "postgresql"


def ranked_matches(query: str, among=None) -> list[tuple[float, int]] | None:
    """(rank, id) of the listings matching the query, best (lowest rank) first; None when the
    query has no words. `among` limits the search to those listing ids.

    Every listing status is searched; the catalogue keeps only what is public.
    """
    terms = parse_query(query)
    if not terms:
        return None
    if among is not None and not among:
        return []
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            among_sql, params = ("AND id = ANY(%s) ", [list(among)]) if among is not None else ("", [])
            cursor.execute(
                "SELECT -ts_rank(search_vector, query), id FROM services_listing, to_tsquery('simple', %s) query "
                f"WHERE search_vector @@ query {among_sql}ORDER BY 1, 2",
                [_match_expression(terms, "postgresql"), *params],
            )
        else:
            among_sql = f"AND rowid IN ({', '.join(['%s'] * len(among))}) " if among is not None else ""
            cursor.execute(
                "SELECT bm25(services_listing_fts, 10.0, 4.0, 2.0, 1.0), rowid FROM services_listing_fts "
                f"WHERE services_listing_fts MATCH %s {among_sql}ORDER BY 1, 2",
                [_match_expression(terms, "sqlite"), *(among or ())],
            )
        return cursor.fetchall()


def matching_ids(query: str) -> list[int] | None:
    """Ids of all listings matching the query, best first; None when the query has no words."""
    matches = ranked_matches(query)
    return None if matches is None else [pk for _rank, pk in matches]


def highlight_terms(query: str) -> list[str]:
    """Prefixes to mark in snippets of the results."""
    prefixes = set()
    for term in parse_query(query):
        prefixes.update(term.exact + term.stem_prefixes)
        prefixes.update(p.removeprefix(TAIL) for p in term.prefixes)
    return sorted(prefixes, key=len, reverse=True)


@dataclass(frozen=True)
class Suggestion:
    """Something to try when a search finds nothing."""

    key: str  # the URL parameter to set: "q" for a corrected spelling, a facet key for a term
    value: str  # the new query, or the term's slug
    label: str


MAX_SUGGESTIONS = 3
MIN_SIMILARITY = 0.75  # difflib ratio: "kamratstod" ~ "kamratstöd", "vertaistukiryma" ~ "vertaistukiryhmä"


def suggestions(query: str, *, terms: dict, language: str, results_for) -> list[Suggestion]:
    """Corrected spellings (Voikko) and the closest vocabulary terms, of those that would give results.

    `terms` is {facet key: [(slug, {language: name})]}; `results_for(key, value)` counts the
    results of setting that parameter instead of the query, the other filters kept.
    """
    found = []
    for corrected in _corrected_queries(query)[:MAX_SUGGESTIONS]:
        if results_for("q", corrected):
            found.append(Suggestion("q", corrected, corrected))
    wanted = " ".join(words(query))
    scored = sorted(
        (
            (-max(_similarity(wanted, name) for name in names.values() if name), key, slug, names[language] or names["fi"])
            for key, vocabulary in terms.items()
            for slug, names in vocabulary
        )
    )
    for score, key, slug, label in scored:
        if -score < MIN_SIMILARITY or len(found) >= 2 * MAX_SUGGESTIONS:
            break
        if results_for(key, slug):
            found.append(Suggestion(key, slug, label))
    return found


@lru_cache(maxsize=50_000)
def _similarity(wanted: str, name: str) -> float:
    """How close the query is to a term's name or to one word of it; 0 when not close enough.

    Every vocabulary term is compared with every query that finds nothing, so the cheap upper
    bounds rule most pairs out before the full comparison, and answers are remembered.
    """
    name = " ".join(words(name))
    best = 0.0
    for candidate in [name, *name.split()]:
        matcher = SequenceMatcher(None, wanted, candidate)
        if matcher.real_quick_ratio() >= MIN_SIMILARITY and matcher.quick_ratio() >= MIN_SIMILARITY:
            best = max(best, matcher.ratio())
    return best


def _corrected_queries(query: str) -> list[str]:
    """The query with one misspelt Finnish word corrected, best first (Voikko's suggestions)."""
    corrected = []
    for word in dict.fromkeys(words(query)[:MAX_QUERY_WORDS]):
        for correction in morphology.spelling_suggestions(word):
            corrected.append(re.sub(rf"(?i)(?<!\w){re.escape(word)}(?!\w)", lambda _match: correction, query, count=1))
    return corrected


SQLITE_TRIGGERS = {
    "services_listing_fts_insert": """CREATE TRIGGER services_listing_fts_insert AFTER INSERT ON services_listing BEGIN
        INSERT INTO services_listing_fts(rowid, {columns}) VALUES (new.id, {new});
    END""",
    "services_listing_fts_delete": """CREATE TRIGGER services_listing_fts_delete AFTER DELETE ON services_listing BEGIN
        INSERT INTO services_listing_fts(services_listing_fts, rowid, {columns}) VALUES ('delete', old.id, {old});
    END""",
    "services_listing_fts_update": """CREATE TRIGGER services_listing_fts_update AFTER UPDATE OF {columns} ON services_listing BEGIN
        INSERT INTO services_listing_fts(services_listing_fts, rowid, {columns}) VALUES ('delete', old.id, {old});
        INSERT INTO services_listing_fts(rowid, {columns}) VALUES (new.id, {new});
    END""",
}
SQLITE_TRIGGERS = {
    name: sql.format(
        columns=", ".join(FIELDS), new=", ".join(f"new.{f}" for f in FIELDS), old=", ".join(f"old.{f}" for f in FIELDS)
    )
    for name, sql in SQLITE_TRIGGERS.items()
}


def ensure_sqlite_triggers(using="default", **kwargs) -> None:
    """Re-create the FTS triggers that SQLite loses whenever a migration rebuilds the listing table.

    Connected to post_migrate: a migration that adds a column to services_listing copies the
    table, and the copy has no triggers. The index is rebuilt when any were missing.
    """
    from django.db import connections

    connection = connections[using]
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")
        present = {row[0] for row in cursor.fetchall()}
        if "services_listing_fts" not in present:
            return  # the migration that creates the index has not run yet
        cursor.execute("SELECT * FROM services_listing_fts LIMIT 0")
        if [column[0] for column in cursor.description] != list(FIELDS):
            return  # the index of an earlier migration, which migration 0012 replaces
        missing = [name for name in SQLITE_TRIGGERS if name not in present]
        for name in missing:
            cursor.execute(SQLITE_TRIGGERS[name])
        if missing:
            cursor.execute("INSERT INTO services_listing_fts(services_listing_fts) VALUES ('rebuild')")
