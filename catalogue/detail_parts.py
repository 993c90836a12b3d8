"""The parts of a listing's public page that are the same for every visitor, rendered once.

A listing's page is read far more often than the listing changes, and most of its cost is in
what every visitor sees alike: the place, the classifications, the description, the schema.org
data and the association's other listings (nine queries and most of the template). Each process
keeps those parts in the "fragments" cache, keyed like the catalogue's cards by the listing's
version in the catalogue index (catalogue/cards.py), so that a change to the listing gives them
new keys; the other listings are keyed by the version of the whole catalogue, since any of them
may change. What differs per visitor or per moment (the sign-up form, the interest form with its
CSRF token, the counsellor's section, whether an event has ended) is rendered on every request.
"""

import hashlib

from django.core.cache import caches
from django.db.models import prefetch_related_objects
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from catalogue import index as catalogue_index
from catalogue import jsonld
from services.models import Listing

OTHER_LISTINGS_SHOWN = 5
TEMPLATES = {
    "where": "catalogue/_detail_where.html",
    "about": "catalogue/_detail_about.html",
    "text": "catalogue/_detail_text.html",
}
RELATIONS = (
    "target_groups", "themes", "life_situations", "activity_types", "languages", "municipalities", "tags",
    "association__municipalities",
)


def current_listings(association):
    """An association's public listings, leaving out events that have already ended."""
    public = Listing.objects.published().filter(association=association)
    return public.exclude(kind=Listing.Kind.EVENT) | public.upcoming()


def other_listings(listing):
    others = current_listings(listing.association_id).exclude(pk=listing.pk)
    return others.select_related("place__municipality")[:OTHER_LISTINGS_SHOWN]


def _keys(listing, context) -> dict[str, str]:
    """Cache keys of the parts of a published listing's page."""
    index = catalogue_index.holder.get()
    # A published listing outside the catalogue (an event that has ended) has no version of its
    # own there; the whole catalogue's version changes with any change to a published listing.
    version = index.version_of(listing.pk) or f"all-{index.version}"
    # An event's upcoming dates are in its schema.org data; the addresses carry the host.
    varying = "|".join([context["absolute_url"], *context.get("dates", ())])
    own = f"{listing.pk}:{version}:{timezone.localdate()}:{hashlib.blake2s(varying.encode(), digest_size=8).hexdigest()}"
    language = get_language()
    keys = {name: f"detail:{name}:{language}:{own}" for name in (*TEMPLATES, "jsonld")}
    ended = index.ended_count(timezone.now())
    keys["others"] = f"detail:others:{language}:{listing.pk}:{index.version}:{ended}"
    return keys


def _render(name, listing, context, *, others_of, association_url):
    if name == "jsonld":
        data = jsonld.listing_jsonld(listing, url=context["absolute_url"], association_url=association_url)
        return jsonld.script_json(data)
    if name == "others":
        return render_to_string("catalogue/_detail_others.html", {**context, "other_listings": other_listings(others_of)})
    return render_to_string(TEMPLATES[name], context)


def rendered_parts(listing, context, *, others_of, association_url: str, reuse: bool) -> dict:
    """The parts by name (where, about, text, others, jsonld), from the cache where they are when
    `reuse`; `others_of` is the published listing whose siblings are shown (a preview's original)."""
    keys = _keys(listing, context) if reuse else {}
    cache = caches["fragments"]
    parts = {}
    if keys:
        found = cache.get_many(list(keys.values()))
        parts = {name: found[key] for name, key in keys.items() if key in found}
    missing = [name for name in (*TEMPLATES, "jsonld", "others") if name not in parts]
    if missing:
        if set(missing) - {"others"}:
            prefetch_related_objects([listing], *RELATIONS)
        context = {**context, "LANGUAGE_CODE": get_language()}
        fresh = {name: _render(name, listing, context, others_of=others_of, association_url=association_url) for name in missing}
        if keys:
            cache.set_many({keys[name]: html for name, html in fresh.items()})
        parts.update(fresh)
    return {name: mark_safe(html) for name, html in parts.items()}  # noqa: S308 - rendered by our templates and jsonld.script_json
