"""Result cards of the catalogue, rendered once and reused.

A card depends only on its listing, the language and the words to highlight, so each process
keeps rendered cards in the "fragments" cache, keyed by the listing's version in the catalogue
index: a change to a listing gives its card a new key, a full rebuild gives every card one. A
page then reads its cards from memory and loads from the database only those it has not
rendered before.
"""

import hashlib

from django.conf import settings
from django.core.cache import caches
from django.db.models import Prefetch
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from events.models import Occurrence
from services.models import Listing
from catalogue.snippets import highlight
from vocabularies.models import Municipality


def _key(pk, *, version, query, language):
    words = hashlib.blake2s(query.encode(), digest_size=8).hexdigest() if query else ""
    return f"card:{version}:{language}:{pk}:{words}"


def listings_for_cards(ids):
    """The listings behind the given ids, with just what a card shows (three queries)."""
    return (
        Listing.objects.filter(pk__in=ids)
        .select_related("association", "place__municipality")
        .only(
            "kind", "title", "slug", "summary", "description", "is_online", "starts_at", "ends_at", "schedule",
            "time_commitment", "is_free", "price", "last_confirmed_on", "association__name", "place__is_accessible",
            "place__name", "place__street_address", "place__postal_code", "place__latitude", "place__longitude",
            "place__municipality__name_fi", "place__municipality__name_sv", "place__municipality__name_en",
            "text_language", "title_sv", "summary_sv", "title_en", "summary_en",
        )
        .prefetch_related(
            Prefetch("municipalities", queryset=Municipality.objects.only("name_fi", "name_sv", "name_en"), to_attr="municipality_list"),
            # An event's card shows its next date and how many more there are.
            Prefetch("occurrences", queryset=Occurrence.objects.upcoming(), to_attr="upcoming_dates"),
        )
    )


def render_cards(ids, *, versions: dict[int, str], query: str, prefixes: list[str]) -> list:
    """The HTML of one card per id, in the given order."""
    cache = caches["fragments"]
    language = get_language()
    keys = {pk: _key(pk, version=versions[pk], query=query, language=language) for pk in ids}
    cards = cache.get_many(list(keys.values()))
    missing = [pk for pk in ids if keys[pk] not in cards]
    if missing:
        fresh = {}
        for listing in listings_for_cards(missing):
            title, summary = listing.title_for_reader, listing.summary_for_reader
            listing.title_html = highlight(title.text, prefixes, length=200)
            # Texts not in the page's language are marked with theirs (WCAG 3.1.2).
            listing.title_lang = title.lang if title.foreign else ""
            listing.summary_lang = summary.lang if summary.foreign else ""
            text = f"{summary.text} {listing.description}" if prefixes else summary.text
            listing.snippet = highlight(text, prefixes)
            context = {"listing": listing, "site_url": settings.SITE_URL}
            fresh[keys[listing.pk]] = render_to_string("catalogue/_listing_card.html", context)
        cache.set_many(fresh)
        cards.update(fresh)
    return [mark_safe(cards[keys[pk]]) for pk in ids if keys[pk] in cards]  # noqa: S308 - rendered by our template
