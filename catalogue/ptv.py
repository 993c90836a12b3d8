"""Ongoing activities in the shape of a Suomi.fi Palvelutietovaranto (PTV) service.

Exportable: public activities of associations that have a Y-tunnus (PTV identifies the
responsible organisation by it) whose texts fit PTV's limits (`Listing.ptv_warnings`); the rest
are reported as skipped, with the reasons, so the association can shorten them. Codes become the
URIs PTV expects: service classes and target groups as in shared/vocabularies/README.md,
YSO concepts as YSO URIs.
"""


from catalogue.api import with_content
from services.models import Listing

PTV_URI = "http://urn.fi/URN:NBN:fi:au:ptvl:{code}"
YSO_URI = "http://www.yso.fi/onto/yso/{concept}"
CLASSIFIED = ("themes", "activity_types", "life_situations")


def candidates():
    """Public activities of associations with a Y-tunnus, everything export_json reads prefetched."""
    activities = Listing.objects.published().filter(kind=Listing.Kind.ACTIVITY).exclude(association__business_id="")
    return with_content(activities).order_by("pk")


def _codes(listing, attribute) -> list[str]:
    found = []
    for name in CLASSIFIED:
        for term in getattr(listing, f"{name}_list"):
            found += [code for code in getattr(term, attribute) if code not in found]
    return found


def _texts(listing, kind, field, languages):
    return [{"type": kind, "language": language, "value": value} for language in languages if (value := listing.text_in(field, language))]


def service_json(listing, url: str) -> dict:
    languages = listing.text_languages
    descriptions = _texts(listing, "Summary", "summary", languages)
    if listing.description:
        descriptions.append({"type": "Description", "language": "fi", "value": listing.description})
    if not listing.is_free and listing.price:
        descriptions.append({"type": "ChargeTypeAdditionalInfo", "language": "fi", "value": listing.price})
    return {
        "sourceId": f"hyvinvointitarjotin-{listing.pk}",
        "type": "Service",
        "publishingStatus": "Published",
        "serviceNames": _texts(listing, "Name", "title", languages),
        "serviceDescriptions": descriptions,
        "serviceChargeType": "Free" if listing.is_free else "Charged",
        "languages": sorted({term.code.split("-")[0] for term in listing.languages_list if term.code} or {"fi"}),
        "areaType": "LimitedType",
        "areas": [{"type": "Municipality", "areaCodes": [m.code for m in listing.municipalities_list]}],
        "targetGroups": [PTV_URI.format(code=t.code) for t in listing.target_groups_list if t.code.startswith("KR")],
        "serviceClasses": [PTV_URI.format(code=code) for code in _codes(listing, "ptv_codes")],
        "ontologyTerms": [YSO_URI.format(concept=c.removeprefix("yso:")) for c in _codes(listing, "yso_ids")],
        "keywords": [{"language": "fi", "value": tag.name} for tag in listing.tag_list],
        "organizations": [
            {"roleType": "Responsible", "businessCode": listing.association.business_id, "organizationName": listing.association.name}
        ],
        "serviceWebPage": url,
        "lastConfirmed": listing.last_confirmed_on.isoformat(),
    }


def export(listings, url_of) -> tuple[list[dict], list[dict]]:
    """(services, skipped) for these listings; `url_of(listing)` gives its public address."""
    services, skipped = [], []
    for listing in listings:
        reasons = listing.ptv_warnings()
        if reasons:
            skipped.append({"sourceId": f"hyvinvointitarjotin-{listing.pk}", "title": listing.title, "reasons": [str(r) for r in reasons]})
        else:
            services.append(service_json(listing, url_of(listing)))
    return services, skipped
