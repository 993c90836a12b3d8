"""Public events in the shape of the LinkedEvents API (City of Helsinki and others), so that its
existing consumers can read ours: multilingual text objects, `@id` links to places and keywords
(YSO ids where the term has one), offers, and `meta`/`data` pages.

`occurrences()` is the one place that says when an event happens: when events get several
dates, it alone changes.
"""

from django.urls import reverse

from catalogue.api import with_content
from services.models import Listing

SOURCE = "hyvinvointitarjotin"
CLASSIFIED = ("themes", "activity_types", "life_situations")


def events():
    """Public events, soonest first."""
    return with_content(Listing.objects.published().filter(kind=Listing.Kind.EVENT)).order_by("starts_at", "pk")


def occurrences(listing) -> list[tuple]:
    """(start, end) of each time the event happens."""
    return [(listing.starts_at, listing.ends_at)]


def event_id(listing) -> str:
    return f"{SOURCE}:{listing.pk}"


def place_id(place) -> str:
    return f"{SOURCE}:place-{place.pk}"


def keyword_ids(term, vocabulary: str) -> list[str]:
    """A term's YSO concepts, or our own id when it has none."""
    yso = list(getattr(term, "yso_ids", []))
    if term.code.startswith("yso:") and term.code not in yso:
        yso.append(term.code)
    return yso or [f"{SOURCE}:{vocabulary}-{term.slug}"]


def terms_for_keyword(keyword: str) -> list[tuple[str, object]]:
    """(Listing field, term) pairs that a keyword id stands for."""
    found = []
    for vocabulary in (*CLASSIFIED, "target_groups"):
        model = Listing._meta.get_field(vocabulary).related_model
        if keyword.startswith(f"{SOURCE}:{vocabulary}-"):
            slug = keyword.removeprefix(f"{SOURCE}:{vocabulary}-")
            found += [(vocabulary, term) for term in model.objects.filter(slug=slug)]
        elif keyword.startswith("yso:"):
            found += [(vocabulary, term) for term in model.objects.all() if keyword in keyword_ids(term, vocabulary)]
    return found


def text(listing, field) -> dict:
    return {language: value for language in listing.text_languages if (value := listing.text_in(field, language))}


def _link(request, name, id) -> dict:
    return {"@id": request.build_absolute_uri(reverse(f"linkedevents:{name}-detail", args=[id]))}


def event_json(listing, request) -> dict:
    times = occurrences(listing)
    keywords = []
    for vocabulary in CLASSIFIED:
        for term in getattr(listing, f"{vocabulary}_list"):
            keywords += [k for k in keyword_ids(term, vocabulary) if k not in keywords]
    audience = []
    for term in listing.target_groups_list:
        audience += [k for k in keyword_ids(term, "target_groups") if k not in audience]
    language = listing.text_language
    return {
        "id": event_id(listing),
        "@id": request.build_absolute_uri(reverse("linkedevents:event-detail", args=[event_id(listing)])),
        "@context": "http://schema.org",
        "@type": "Event/LinkedEvent",
        "data_source": SOURCE,
        "publisher": f"{SOURCE}:{listing.association.slug}",
        "provider": {language: listing.association.name},
        "name": text(listing, "title"),
        "short_description": text(listing, "summary"),
        "description": {language: listing.description} if listing.description else {},
        "info_url": {language: request.build_absolute_uri(listing.get_absolute_url())},
        "start_time": times[0][0].isoformat(),
        "end_time": times[-1][1].isoformat() if times[-1][1] else None,
        "location": _link(request, "place", place_id(listing.place)) if listing.place_id else None,
        "location_extra_info": {language: listing.online_url} if listing.is_online and listing.online_url else None,
        "keywords": [_link(request, "keyword", k) for k in keywords],
        "audience": [_link(request, "keyword", k) for k in audience],
        "in_language": [_link(request, "language", code) for code in _languages(listing)],
        "offers": [
            {
                "is_free": listing.is_free,
                "price": None if listing.is_free else {language: listing.price},
                "info_url": None,
                "description": {language: listing.registration_info} if listing.registration_info else None,
            }
        ],
        "event_status": "EventScheduled",
        "type_id": "General",
        "super_event": None,
        "sub_events": [],
        "enrolment_start_time": listing.registration_opens_at and listing.registration_opens_at.isoformat(),
        "enrolment_end_time": listing.registration_closes_at and listing.registration_closes_at.isoformat(),
        "maximum_attendee_capacity": listing.capacity,
        "created_time": listing.created_at.isoformat(),
        "last_modified_time": listing.updated_at.isoformat(),
        "date_published": listing.published_at and listing.published_at.isoformat(),
    }


def _languages(listing) -> list[str]:
    codes = [term.code.split("-")[0] for term in listing.languages_list if term.code]
    return list(dict.fromkeys(codes)) or [listing.text_language]


def place_json(place, request) -> dict:
    return {
        "id": place_id(place),
        "@id": request.build_absolute_uri(reverse("linkedevents:place-detail", args=[place_id(place)])),
        "@type": "Place",
        "data_source": SOURCE,
        "name": {"fi": place.name},
        "street_address": {"fi": place.street_address},
        "postal_code": place.postal_code,
        "address_locality": {"fi": place.municipality.name_fi, "sv": place.municipality.name_sv or place.municipality.name_fi},
        "position": {"type": "Point", "coordinates": [float(place.longitude), float(place.latitude)]}
        if place.latitude is not None
        else None,
    }


def keyword_json(keyword: str, term, request) -> dict:
    return {
        "id": keyword,
        "@id": request.build_absolute_uri(reverse("linkedevents:keyword-detail", args=[keyword])),
        "@type": "Keyword",
        "data_source": keyword.split(":")[0],
        "name": {code: name for code in ("fi", "sv", "en") if (name := getattr(term, f"name_{code}"))},
    }
