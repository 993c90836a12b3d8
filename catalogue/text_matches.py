"""Full-text matches kept from one version of the catalogue index to the next.

The database ranks a query's matches (services/search.py). For a broad word at scale 100 that
costs PostgreSQL 150–600 ms, so each process keeps the ranked matches of recent queries. An edit
changes the search documents of a few listings only: a kept query is then brought up to date by
asking the database about those listings alone and merging them in by their rank, instead of
asking about every listing again, so that an edit costs what it changes here too. That holds
where a listing's rank depends on its own text alone (PostgreSQL; services/search.py); where it
depends on the whole collection (SQLite), a query is asked again whole after a text changed, and
brought up to date listing by listing only for changes that left every text as it was (a listing
published, confirmed or archived: its text may have changed while it was not public).
"""

import heapq
import threading
from dataclasses import dataclass, field

from services import search

MAX_QUERIES = 2000
MAX_CHANGES = 200  # edits remembered; a query kept from before them is asked again whole
MAX_STALE = 2000  # listings re-asked about at once; more, and the whole query is cheaper


@dataclass
class TextMatches:
    # query -> (generation when last brought up to date, [(rank, listing id)] best first, or None
    # for a query without words)
    entries: dict = field(default_factory=dict)
    # (generation, ids of the listings changed in it, whether any search document changed), oldest first
    changes: list = field(default_factory=list)
    generation: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __contains__(self, query: str) -> bool:
        return query in self.entries

    def listings_changed(self, listing_ids, *, texts_changed: bool = True) -> None:
        """Some listings changed: kept queries must ask about them again."""
        with self.lock:
            self.generation += 1
            self.changes.append((self.generation, frozenset(listing_ids), texts_changed))
            del self.changes[:-MAX_CHANGES]

    def ranked_ids(self, query: str) -> list[int] | None:
        """Ids of the listings matching the query, best first; None when it has no words."""
        entry = self.entries.get(query)
        if entry is not None and entry[1] is None:
            return None
        matches = self._brought_up_to_date(query, entry) if entry else None
        if matches is None:
            generation = self.generation
            matches = search.ranked_matches(query)
            self._keep(query, generation, matches)
        return None if matches is None else [pk for _rank, pk in matches]

    def _brought_up_to_date(self, query, entry):
        generation, matches = entry
        now = self.generation  # what is asked below covers at least the changes up to now
        if generation == now:
            return matches
        since = self._changed_since(generation)
        if since is None:
            return None
        stale, texts_changed = since
        if len(stale) > MAX_STALE or texts_changed and not search.RANKS_ARE_PER_LISTING:
            return None
        fresh = search.ranked_matches(query, among=stale)
        merged = list(heapq.merge((match for match in matches if match[1] not in stale), fresh))
        self._keep(query, now, merged)
        return merged

    def _changed_since(self, generation: int) -> tuple[set[int], bool] | None:
        """The listings changed after `generation` and whether any text changed, or None when
        that is forgotten."""
        with self.lock:
            if not self.changes or self.changes[0][0] > generation + 1:
                return None
            since = [(ids, texts) for number, ids, texts in self.changes if number > generation]
        return set().union(*(ids for ids, _texts in since)), any(texts for _ids, texts in since)

    def _keep(self, query, generation, matches) -> None:
        with self.lock:
            if query not in self.entries and len(self.entries) >= MAX_QUERIES:
                self.entries.pop(next(iter(self.entries)), None)
            self.entries[query] = (generation, matches)
