"""Finnish-aware full-text search, the same on SQLite and PostgreSQL.

Finnish users type base forms (ikäihminen), inflected forms (ikäihmisille) and parts of
compounds (vertaistuki, ryhmä for vertaistukiryhmä). Database stemmers handle only some of
that, so the words are prepared in Python and the database matches prefixes:

- the document holds, for every word, its Snowball stem (Finnish, and Swedish/English where it
  differs), the word itself, and the tails of its stem (marked), for the parts of compounds;
- a query word matches any token starting with its stem shortened by one letter (the stem of an
  inflected form often differs in its last letter: ikäihmin/ikäihmis/ikäihmist), or with the
  word as typed (prefix search while typing, and Swedish and English words).

SQLite searches through FTS5, PostgreSQL through a stored tsvector column with a GIN index, both
over the same tokens (migration services 0003).
"""

import re
from functools import lru_cache

import snowballstemmer
from django.db import connection

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_STEMMERS = {lang: snowballstemmer.stemmer(name) for lang, name in [("fi", "finnish"), ("sv", "swedish"), ("en", "english")]}

# Finnish compounds: "tanssi" should find "syystanssit" and "ryhmä" "vertaistukiryhmä". Every
# tail of a long stem is indexed too, marked with TAIL so that only query words long enough to
# mean something (MIN_TAIL_QUERY letters) look inside words.
TAIL = "zq"
MIN_HEAD = 3  # letters a compound's first part has at least
MIN_TAIL = 4  # letters of the shortest tail indexed
MIN_TAIL_QUERY = 4
STOPWORDS = frozenset(
    "ja tai on ei se ne että kun jos mutta myös sekä joka jotka olla the and or of for in to a an och eller i på för att med".split()
)


def words(text: str) -> list[str]:
    return [w for w in _WORD.findall((text or "").lower())]


@lru_cache(maxsize=200_000)
def tokens_for_word(word: str) -> tuple[str, ...]:
    """Every index token one word contributes (cached: content repeats words a lot)."""
    found = {word}
    for stemmer in _STEMMERS.values():
        found.add(stemmer.stemWord(word))
    stem = _STEMMERS["fi"].stemWord(word)
    for at in range(MIN_HEAD, len(stem) - MIN_TAIL + 1):
        found.add(TAIL + stem[at:])
    return tuple(sorted(found))


def document_for(*texts: str) -> str:
    tokens: list[str] = []
    for text in texts:
        for word in words(text):
            tokens.extend(tokens_for_word(word))
    return " ".join(tokens)


def listing_document(listing, *, tags=None) -> str:
    """The search document of one listing; the title counts twice so it weighs more in ranking."""
    tag_names = tags if tags is not None else [tag.name for tag in listing.tags.all()]
    return document_for(
        listing.title,
        listing.title,
        listing.summary,
        listing.description,
        " ".join(tag_names),
        listing.association.name,
    )


def reindex(listings) -> int:
    """Rebuild the search document of the given listings (a queryset or list); returns the count."""
    from services.models import Listing

    changed = []
    for listing in listings:
        document = listing_document(listing)
        if document != listing.search_document:
            listing.search_document = document
            changed.append(listing)
    Listing.objects.bulk_update(changed, ["search_document"], batch_size=500)
    return len(changed)


@lru_cache(maxsize=20_000)
def query_prefixes(word: str) -> tuple[str, ...]:
    """The prefixes one query word may match, e.g. ikäihminen -> ('ikäihmi', 'ikäihminen')."""
    stem = _STEMMERS["fi"].stemWord(word)
    shortened = stem if len(stem) <= 4 else stem[:-1]
    prefixes = {word, shortened}
    if len(shortened) >= MIN_TAIL_QUERY:
        prefixes.add(TAIL + shortened)
    # Drop a prefix already covered by a shorter one.
    return tuple(sorted(p for p in prefixes if not any(q != p and p.startswith(q) for q in prefixes)))


def parse_query(query: str) -> list[tuple[str, ...]]:
    """One tuple of alternative prefixes per meaningful query word."""
    terms = [w for w in words(query)[:12] if w not in STOPWORDS and len(w) >= 2]
    return [query_prefixes(w) for w in terms]


def _sqlite_match(terms) -> str:
    return " AND ".join("(" + " OR ".join(f'"{p}"*' for p in alternatives) + ")" for alternatives in terms)


def _postgres_tsquery(terms) -> str:
    return " & ".join("(" + " | ".join(f"'{p}':*" for p in alternatives) + ")" for alternatives in terms)


def matching_ids(query: str) -> list[int] | None:
    """Ids of all listings matching the query, best first; None when the query has no words.

    Every listing status is searched; the catalogue keeps only what is public.
    """
    terms = parse_query(query)
    if not terms:
        return None
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT id FROM services_listing, to_tsquery('simple', %s) query "
                "WHERE search_vector @@ query ORDER BY ts_rank(search_vector, query) DESC, id",
                [_postgres_tsquery(terms)],
            )
        else:
            cursor.execute(
                "SELECT rowid FROM services_listing_fts WHERE services_listing_fts MATCH %s ORDER BY bm25(services_listing_fts), rowid",
                [_sqlite_match(terms)],
            )
        return [row[0] for row in cursor.fetchall()]


def highlight_terms(query: str) -> list[str]:
    """Prefixes to mark in snippets of the results."""
    prefixes = {p.removeprefix(TAIL) for alternatives in parse_query(query) for p in alternatives}
    return sorted(prefixes, key=len, reverse=True)


SQLITE_TRIGGERS = {
    "services_listing_fts_insert": """CREATE TRIGGER services_listing_fts_insert AFTER INSERT ON services_listing BEGIN
        INSERT INTO services_listing_fts(rowid, search_document) VALUES (new.id, new.search_document);
    END""",
    "services_listing_fts_delete": """CREATE TRIGGER services_listing_fts_delete AFTER DELETE ON services_listing BEGIN
        INSERT INTO services_listing_fts(services_listing_fts, rowid, search_document)
        VALUES ('delete', old.id, old.search_document);
    END""",
    "services_listing_fts_update": """CREATE TRIGGER services_listing_fts_update AFTER UPDATE OF search_document ON services_listing BEGIN
        INSERT INTO services_listing_fts(services_listing_fts, rowid, search_document)
        VALUES ('delete', old.id, old.search_document);
        INSERT INTO services_listing_fts(rowid, search_document) VALUES (new.id, new.search_document);
    END""",
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
        missing = [name for name in SQLITE_TRIGGERS if name not in present]
        for name in missing:
            cursor.execute(SQLITE_TRIGGERS[name])
        if missing:
            cursor.execute("INSERT INTO services_listing_fts(services_listing_fts) VALUES ('rebuild')")
