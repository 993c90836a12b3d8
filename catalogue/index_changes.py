"""Bringing a catalogue index up to date with a few changed listings, without reading the rest.

A full build reads every public listing (seconds on a large region); applying a change reads
only the changed listings' rows and links, takes their old bits out of every bitset and puts
their new ones in at their place in the default order. Inserting bit p into a bitset shifts the
bits above it, which is one pass over a few kilobytes per bitset in C: a change of a handful of
listings costs milliseconds, whatever the size of the catalogue.
"""

import bisect
import dataclasses

from django.utils import timezone

from catalogue.index import Index
from catalogue.index_rows import (
    ended_event_associations, public_rows, row_options, row_point, sort_key, upcoming_dates, vocabulary_links,
)
from services.models import Listing

# More changed listings than this at once (a bulk import, a large association renamed): a full
# build is then cheaper than shifting every bitset once per listing.
MAX_CHANGED = 2000


def _without_bit(value: int, p: int, low: int) -> int:
    return (value & low) | ((value >> (p + 1)) << p)


def _with_bit(value: int, p: int, low: int, flag: int) -> int:
    return (value & low) | ((value >> p) << (p + 1)) | (flag << p)


def apply_changes(index: Index, changed_ids, revision: str, *, texts_changed: bool = True) -> Index:
    """A new index equal to a fresh build after the listings in `changed_ids` changed.

    The given index is left as it is: requests still using it keep a consistent view. The kept
    full-text matches are shared with the new index, told which listings to ask about again
    (catalogue/text_matches.py): also one whose text changed while it was not public.
    """
    changed_ids = set(changed_ids)
    index.texts.listings_changed(changed_ids, texts_changed=texts_changed)
    today = index.day
    now = timezone.now()
    rows = list(public_rows(now).filter(pk__in=changed_ids)) if changed_ids else []
    spans = upcoming_dates(now, listing_ids=[row[0] for row in rows if row[1] == Listing.Kind.EVENT]) if rows else {}
    points = dict(index.points)
    association_of = dict(index.association_of)
    # The associations whose public listings changed: those the changed listings were and are of.
    associations = {association_of.pop(pk) for pk in changed_ids if pk in association_of}
    for pk in changed_ids:
        points.pop(pk, None)
    links: dict[int, list[tuple[str, str]]] = {}
    if rows:
        for listing_id, facet, slug in vocabulary_links([row[0] for row in rows]):
            links.setdefault(listing_id, []).append((facet, slug))

    ids, keys = list(index.ids), list(index.keys)
    bits = {facet: dict(options) for facet, options in index.bits.items()}
    event_days = dict(index.event_days)

    def every_bitset():
        for options in bits.values():
            yield options
        yield event_days

    old_positions = [index.position[pk] for pk in changed_ids if pk in index.position]
    for p in sorted(old_positions, reverse=True):
        del ids[p], keys[p]
        low = (1 << p) - 1
        for options in every_bitset():
            for option, value in options.items():
                if value >> p:
                    options[option] = _without_bit(value, p, low)

    # Kept sorted by hand: a sort of every event per change would cost more than the change.
    event_ends, ends_of = index.event_ends, index.ends_of
    if any(pk in ends_of for pk in changed_ids) or any(row[1] == Listing.Kind.EVENT for row in rows):
        event_ends, ends_of = list(event_ends), dict(ends_of)
        for pk in changed_ids & ends_of.keys():
            del event_ends[bisect.bisect_left(event_ends, (ends_of.pop(pk), pk))]
    for row in rows:
        dates = spans.get(row[0], ())
        key = sort_key(row, today, dates)
        p = bisect.bisect_left(keys, key)
        ids.insert(p, row[0])
        keys.insert(p, key)
        options, days = row_options(row, dates)
        if point := row_point(row):
            points[row[0]] = point
        association_of[row[0]] = row[16]
        associations.add(row[16])
        options += links.get(row[0], [])
        for facet, option in options:
            bits[facet].setdefault(option, 0)
        for day in days:
            event_days.setdefault(day, 0)
        has = set(options)
        on_days = set(days)
        low = (1 << p) - 1
        for facet, facet_options in bits.items():
            for option, value in facet_options.items():
                flag = (facet, option) in has
                if flag or value >> p:
                    facet_options[option] = _with_bit(value, p, low, flag)
        for day, value in event_days.items():
            flag = day in on_days
            if flag or value >> p:
                event_days[day] = _with_bit(value, p, low, flag)
        if days:
            ends_of[row[0]] = row[10] or row[9]
            bisect.insort(event_ends, (ends_of[row[0]], row[0]))

    if left := changed_ids - {row[0] for row in rows}:
        association_of.update(ended_event_associations(now, left))

    updated = dataclasses.replace(
        index,
        revision=revision,
        ids=ids,
        keys=keys,
        position=dict(zip(ids, range(len(ids)))),
        bits={facet: {o: v for o, v in options.items() if v} for facet, options in bits.items()},
        event_days={day: v for day, v in event_days.items() if v},
        event_ends=event_ends,
        ends_of=ends_of,
        changed={**index.changed, **dict.fromkeys(changed_ids, revision)},
        association_of=association_of,
        association_changed={**index.association_changed, **dict.fromkeys(associations, revision)},
        matches={},
        texts=index.texts,
        points=points,
        nearby={},
        ranks={},  # positions moved: the orders they rank are the old index's
    )
    updated.count_kinds()
    return updated


def is_small(changed_ids) -> bool:
    return len(changed_ids) <= MAX_CHANGED

