"""Our public data in the shape of Open Referral HSDS 3.0: services, organizations, locations.

HSDS knows services, not events or volunteer roles, so its services are the public activities.
Ids are uuid5 of our own ids, the same on every harvest. Fields we have no value for are left
out rather than sent empty, because the standard types them as strings or numbers.
"""

import uuid

from django.db.models import Prefetch

from associations.models import Association
from services.models import Listing, Place

# Never change: every id a harvester holds is derived from it.
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:hyvinvointitarjotin:hsds")
BYDAY = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
# The same parts of the day as the catalogue's time-of-day filter (catalogue/filters.py).
HOURS = [("08:00", "12:00"), ("12:00", "17:00"), ("17:00", "21:00")]


def hsds_id(kind: str, pk) -> str:
    return str(uuid.uuid5(NAMESPACE, f"{kind}:{pk}"))


def _present(data: dict) -> dict:
    return {key: value for key, value in data.items() if value not in (None, "", [])}


def services():
    return (
        Listing.objects.published()
        .filter(kind=Listing.Kind.ACTIVITY)
        .defer("search_document")
        .select_related("association", "place__municipality")
        .prefetch_related(
            *[Prefetch(name, to_attr=f"{name}_list") for name in ("municipalities", "languages", "themes", "activity_types", "life_situations")]
        )
        .order_by("pk")
    )


def organizations():
    return Association.objects.approved().order_by("pk")


def locations():
    """Places where a public activity meets."""
    used = services().filter(place__isnull=False).values("place_id")
    return Place.objects.filter(pk__in=used).select_related("municipality__region").order_by("pk")


def schedule_json(listing) -> list[dict]:
    if not listing.weekdays and not listing.schedule:
        return []
    schedule = {"id": hsds_id("schedule", listing.pk), "service_id": hsds_id("service", listing.pk), "description": listing.schedule}
    if listing.weekdays:
        schedule.update(freq="WEEKLY", wkst="MO", interval=1, byday=",".join(BYDAY[d] for d in sorted(listing.weekdays)))
    if listing.times_of_day:
        parts = sorted(listing.times_of_day)
        schedule.update(opens_at=HOURS[parts[0]][0], closes_at=HOURS[parts[-1]][1])
    return [_present(schedule)]


def service_json(listing, request) -> dict:
    service_id = hsds_id("service", listing.pk)
    cost = {"id": hsds_id("cost", listing.pk), "service_id": service_id, "option": "free" if listing.is_free else listing.price}
    if listing.is_free:
        cost.update(amount=0, currency="EUR")
    data = {
        "id": service_id,
        "organization_id": hsds_id("organization", listing.association_id),
        "name": listing.title,
        "alternate_name": listing.summary,
        "description": listing.description or listing.summary,
        "url": request.build_absolute_uri(listing.get_absolute_url()),
        "email": listing.contact_email,
        "status": "active",
        "application_process": listing.registration_info,
        "fees_description": "" if listing.is_free else listing.price,
        "assured_date": listing.last_confirmed_on.isoformat(),
        "last_modified": listing.updated_at.isoformat(),
        "phones": listing.contact_phone
        and [{"id": hsds_id("phone", listing.pk), "service_id": service_id, "number": listing.contact_phone}],
        "contacts": (listing.contact_name or listing.contact_email)
        and [_present({"id": hsds_id("contact", listing.pk), "service_id": service_id, "name": listing.contact_name, "email": listing.contact_email})],
        "schedules": schedule_json(listing),
        "service_areas": [
            {
                "id": hsds_id("service-area", f"{listing.pk}:{m.pk}"),
                "service_id": service_id,
                "name": m.name_fi,
                "description": f"Kunta {m.code} (Tilastokeskus)",
                "extent_type": "other",
            }
            for m in listing.municipalities_list
        ],
        "service_at_locations": listing.place_id
        and [{"id": hsds_id("service-at-location", listing.pk), "service_id": service_id, "location_id": hsds_id("location", listing.place_id)}],
        "languages": [
            {"id": hsds_id("language", f"{listing.pk}:{lang.pk}"), "service_id": service_id, "name": lang.name_fi, "code": lang.code.split("-")[0]}
            for lang in listing.languages_list
        ],
        "cost_options": [_present(cost)],
        "attributes": attributes_json(listing, service_id),
    }
    return _present(data)


def attributes_json(listing, service_id) -> list[dict]:
    """Classifications as HSDS attributes; the terms' codes (PTV, YSO) are their taxonomy terms."""
    attributes = []
    for vocabulary in ("themes", "activity_types", "life_situations"):
        for term in getattr(listing, f"{vocabulary}_list"):
            term_id = hsds_id("taxonomy-term", f"{vocabulary}:{term.pk}")
            attributes.append(
                {
                    "id": hsds_id("attribute", f"{listing.pk}:{vocabulary}:{term.pk}"),
                    "link_id": service_id,
                    "link_type": "service",
                    "link_entity": "service",
                    "taxonomy_term_id": term_id,
                    "value": term.name_fi,
                    "taxonomy_term": _present(
                        {"id": term_id, "name": term.name_fi, "description": term.name_fi, "code": term.code, "taxonomy": vocabulary, "language": "fi"}
                    ),
                }
            )
    return attributes


def organization_json(association, request) -> dict:
    organization_id = hsds_id("organization", association.pk)
    identifiers = association.business_id and [
        {
            "id": hsds_id("organization-identifier", association.pk),
            "organization_id": organization_id,
            "identifier_scheme": "FI-Y",
            "identifier_type": "Y-tunnus",
            "identifier": association.business_id,
        }
    ]
    return _present(
        {
            "id": organization_id,
            "name": association.name,
            "description": association.description or association.name,
            "email": association.email,
            "website": association.website,
            "uri": request.build_absolute_uri(association.get_absolute_url()),
            "legal_status": "rekisteröity yhdistys",
            "phones": association.phone
            and [{"id": hsds_id("organization-phone", association.pk), "organization_id": organization_id, "number": association.phone}],
            "organization_identifiers": identifiers,
        }
    )


def location_json(place) -> dict:
    location_id = hsds_id("location", place.pk)
    return _present(
        {
            "id": location_id,
            "location_type": "physical",
            "organization_id": place.association_id and hsds_id("organization", place.association_id),
            "name": place.name,
            "latitude": float(place.latitude) if place.latitude is not None else None,
            "longitude": float(place.longitude) if place.longitude is not None else None,
            "addresses": [
                {
                    "id": hsds_id("address", place.pk),
                    "location_id": location_id,
                    "address_1": place.street_address,
                    "city": place.municipality.name_fi,
                    "state_province": place.municipality.region.name_fi,
                    "postal_code": place.postal_code,
                    "country": "FI",
                    "address_type": "physical",
                }
            ],
            "accessibility": (place.is_accessible or place.accessibility)
            and [
                _present(
                    {
                        "id": hsds_id("accessibility", place.pk),
                        "location_id": location_id,
                        "description": "Esteetön" if place.is_accessible else "",
                        "details": place.accessibility,
                    }
                )
            ],
        }
    )


def service_at_location_json(listing) -> dict:
    return {
        "id": hsds_id("service-at-location", listing.pk),
        "service_id": hsds_id("service", listing.pk),
        "location_id": hsds_id("location", listing.place_id),
        "schedules": schedule_json(listing),
        "location": location_json(listing.place),
    }
