"""schema.org descriptions (JSON-LD) of listings and associations, for search engines.

Events are schema.org Events; an ongoing activity is a Service the association provides; a
volunteer role is a JobPosting with employmentType VOLUNTEER, which is how schema.org and the
search engines describe unpaid positions. Builders return plain dicts; `script_json` turns one
into text that is safe inside a <script> element.
"""

import json

from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe

from services.models import Listing

CONTEXT = "https://schema.org"

# "<" ends a script element early ("</script>"), "&" and ">" matter in XHTML and HTML comments.
_SCRIPT_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


def script_json(data: dict) -> SafeString:
    """JSON for inside <script type="application/ld+json">; no user text can end the element."""
    return mark_safe(json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_SCRIPT_ESCAPES))


def _postal_address(*, street_address, postal_code, locality) -> dict:
    address = {"@type": "PostalAddress", "addressCountry": "FI"}
    for key, value in (("streetAddress", street_address), ("postalCode", postal_code), ("addressLocality", locality)):
        if value:
            address[key] = value
    return address


def _place(place) -> dict:
    data = {
        "@type": "Place",
        "name": place.name,
        "address": _postal_address(
            street_address=place.street_address, postal_code=place.postal_code, locality=place.municipality.name
        ),
    }
    if place.latitude is not None:
        data["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(place.latitude),
            "longitude": float(place.longitude),
        }
    return data


def _locations(listing) -> list[dict]:
    locations = []
    if listing.place is not None:
        locations.append(_place(listing.place))
    if listing.is_online:
        online = {"@type": "VirtualLocation"}
        if listing.online_url:
            online["url"] = listing.online_url
        locations.append(online)
    return locations


def _organization(association, *, url: str | None = None) -> dict:
    data = {"@type": "Organization", "name": association.name}
    if url:
        data["url"] = url
    return data


def _offer(listing, *, url: str) -> dict:
    if listing.is_free:
        return {"@type": "Offer", "price": "0", "priceCurrency": "EUR", "url": url}
    # The price is free text ("5 € / kerta"), so it goes in the description, not in "price".
    return {"@type": "Offer", "description": listing.price, "url": url}


def _names(terms) -> list[str]:
    return [term.name for term in terms]


def _attendance_mode(listing) -> str:
    if listing.is_online and listing.place is not None:
        return "https://schema.org/MixedEventAttendanceMode"
    if listing.is_online:
        return "https://schema.org/OnlineEventAttendanceMode"
    return "https://schema.org/OfflineEventAttendanceMode"


def _moment(moment) -> str:
    return timezone.localtime(moment).isoformat(timespec="seconds")


def _event(listing, *, url: str, organization: dict) -> dict:
    # Dates not yet over, when the caller read them (events/page.py); else the listing's span.
    dates = getattr(listing, "upcoming_dates", None) or [listing]
    data = {
        "@type": "Event",
        "name": listing.title,
        "startDate": _moment(dates[0].starts_at),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": _attendance_mode(listing),
        "organizer": organization,
        "isAccessibleForFree": listing.is_free,
        "offers": _offer(listing, url=url),
    }
    if dates[0].ends_at:
        data["endDate"] = _moment(dates[0].ends_at)
    if len(dates) > 1:
        data["subEvent"] = [
            {"@type": "Event", "name": listing.title, "startDate": _moment(d.starts_at), "endDate": _moment(d.ends_at), "url": url}
            for d in dates
        ]
    if listing.capacity:
        data["maximumAttendeeCapacity"] = listing.capacity
    locations = _locations(listing)
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
    languages = _language_codes(listing)
    if languages:
        data["inLanguage"] = languages
    return data


def _service(listing, *, url: str, organization: dict) -> dict:
    data = {
        "@type": "Service",
        "name": listing.title,
        "provider": organization,
        "isAccessibleForFree": listing.is_free,
        "offers": _offer(listing, url=url),
    }
    if listing.schedule:
        data["hoursAvailable"] = listing.schedule
    locations = _locations(listing)
    if locations:
        data["availableChannel"] = [{"@type": "ServiceChannel", "serviceLocation": location} for location in locations]
    areas = _names(listing.municipalities.all())
    if areas:
        data["areaServed"] = [{"@type": "City", "name": area} for area in areas]
    languages = _language_codes(listing)
    if languages:
        data["availableLanguage"] = languages
    return data


def _volunteer_role(listing, *, organization: dict) -> dict:
    data = {
        "@type": "JobPosting",
        "title": listing.title,
        "employmentType": "VOLUNTEER",
        "hiringOrganization": organization,
        "workHours": listing.time_commitment,
    }
    if listing.published_at:
        data["datePosted"] = timezone.localdate(listing.published_at).isoformat()
    if listing.place is not None:
        data["jobLocation"] = _place(listing.place)
    else:
        data["jobLocation"] = [
            {"@type": "Place", "address": _postal_address(street_address="", postal_code="", locality=area)}
            for area in _names(listing.municipalities.all())
        ]
    if listing.is_online:
        data["jobLocationType"] = "TELECOMMUTE"
    if listing.requirements:
        data["qualifications"] = listing.requirements
    if listing.training_offered:
        data["educationRequirements"] = listing.training_offered
    return data


def _language_codes(listing) -> list[str]:
    # The vocabulary's code is a BCP 47 tag (fi, sv, fi-x-selko, fse), which schema.org expects.
    return [language.code or language.name for language in listing.languages.all()]


def listing_jsonld(listing: Listing, *, url: str, association_url: str) -> dict:
    """The schema.org description of one listing.

    Expects the listing's association and place__municipality selected and its languages,
    municipalities and target_groups prefetched. `url` and `association_url` are absolute.
    """
    organization = _organization(listing.association, url=association_url)
    if listing.kind == Listing.Kind.EVENT:
        data = _event(listing, url=url, organization=organization)
    elif listing.kind == Listing.Kind.VOLUNTEER_ROLE:
        data = _volunteer_role(listing, organization=organization)
    else:
        data = _service(listing, url=url, organization=organization)
    data = {"@context": CONTEXT, **data, "url": url, "description": listing.summary}
    audiences = _names(listing.target_groups.all())
    if audiences:
        data["audience"] = {"@type": "Audience", "audienceType": ", ".join(audiences)}
    return data


def association_jsonld(association, *, url: str) -> dict:
    """The schema.org Organization of an association; municipalities prefetched."""
    data = {"@context": CONTEXT, **_organization(association, url=url)}
    if association.description:
        data["description"] = association.description
    if association.email:
        data["email"] = association.email
    if association.phone:
        data["telephone"] = association.phone
    if association.website:
        data["sameAs"] = [association.website]
    if association.business_id:
        data["taxID"] = association.business_id
    if association.street_address or association.postal_code or association.post_office:
        data["address"] = _postal_address(
            street_address=association.street_address,
            postal_code=association.postal_code,
            locality=association.post_office,
        )
    areas = [municipality.name for municipality in association.municipalities.all()]
    if areas:
        data["areaServed"] = [{"@type": "City", "name": area} for area in areas]
    return data
