"""The public read API, /api/v1/: the catalogue's search, filters and facet counts, typed.

django-ninja turns the schemas in api_schemas.py into the OpenAPI document and its docs page.
The listing search validates its parameters with the page's own CatalogueFilter and answers from
the same in-process index, so page and API always agree. What every endpoint does around its
answer (unknown parameters, language, rate, 304) is catalogue/api_http.py.
"""

import datetime

from django.db.models import Prefetch, Q
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from ninja import NinjaAPI, Query, Schema
from ninja.decorators import decorate_view
from ninja.errors import ValidationError
from pydantic import Field, create_model

from associations.models import Association
from catalogue import index
from catalogue.api_http import ApiError, api_view, aware, error_response, page_links
from catalogue.api_schemas import AssociationOut, AssociationPage, ErrorOut, ListingOut, ListingPage, RemovedPage
from catalogue.association_views import DirectorySearchForm
from catalogue.filters import CatalogueFilter
from catalogue.models import RemovedListing
from catalogue.views import catalogue_state
from events.models import Occurrence
from services.models import Listing

MAX_PAGE_SIZE = 100
ERRORS = {400: ErrorOut, 404: ErrorOut, 429: ErrorOut}

api = NinjaAPI(
    title="Hyvinvointitarjotin API",
    version="1",
    description=(
        "Read-only open data: published activities, events and volunteer roles of local associations, "
        "with the catalogue's filters and facet counts. Answers in Finnish, Swedish or English "
        "(`lang` or `Accept-Language`). Harvest with `updated_since` and `/removed/`."
    ),
    urls_namespace="api",
    # Our own docs page (catalogue/api_docs.py) replaces Swagger UI, which fails WCAG checks.
    docs_url=None,
)


@api.exception_handler(ValidationError)
def _invalid(request, exc):
    errors = {}
    for error in exc.errors:
        name = str(error["loc"][-1]) if error.get("loc") else "request"
        errors.setdefault(name, []).append(_("Virheellinen arvo: %(reason)s") % {"reason": error["msg"]})
    return error_response(400, _("Tarkista parametrit."), errors)


@api.exception_handler(ApiError)
def _refused(request, exc):
    return error_response(exc.status, exc.detail, exc.errors)


@api.exception_handler(Http404)
def _not_found(request, exc):
    return error_response(404, _("Ei löytynyt, tai tieto ei ole julkinen."))


class Paging(Schema):
    page: int = Field(1, ge=1)
    page_size: int = Field(index.PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE)
    updated_since: datetime.datetime | None = Field(
        None, description="Only what changed at or after this time (ISO 8601; without a zone, Finnish time)"
    )


def _filter_field(name, filter_):
    """A CatalogueFilter filter as a documented query parameter; CatalogueFilter still validates it."""
    description = str(filter_.label)
    if name in ("date_from", "date_to"):
        return (str | None, Field(None, description=description, json_schema_extra={"format": "date"}))
    if "choices" in filter_.extra and isinstance(filter_.extra["choices"], list):
        values = [value for value, _label in filter_.extra["choices"]]
        multiple = filter_.field_class.__name__.startswith("Multiple")
        schema = {"items": {"type": "string", "enum": values}} if multiple else {"enum": values}
        return ((list[str] | None) if multiple else (str | None), Field(None, description=description, json_schema_extra=schema))
    if filter_.field_class.__name__.startswith("Multiple"):
        return (list[str] | None, Field(None, description=description + " (slugs; see the facets of any answer)"))
    return (str | None, Field(None, description=description))


ListingQuery = create_model(
    "ListingQuery", __base__=Paging, **{name: _filter_field(name, f) for name, f in CatalogueFilter.base_filters.items()}
)
LISTING_PARAMS = set(ListingQuery.model_fields)


def _terms(terms):
    return [{"slug": t.slug, "name": t.name, "code": t.code} for t in terms]


def listing_json(listing, request) -> dict:
    place = listing.place
    data = {
        "id": listing.pk,
        "kind": listing.kind,
        "title": listing.title,
        "summary": listing.summary,
        "description": listing.description,
        "text_language": listing.text_language,
        "text_languages": listing.text_languages,
        "translations": {
            code: {"title": listing.text_in("title", code), "summary": listing.text_in("summary", code)}
            for code in listing.text_languages[1:]
        },
        "url": request.build_absolute_uri(listing.get_absolute_url()),
        "association": {
            "slug": listing.association.slug,
            "name": listing.association.name,
            "url": request.build_absolute_uri(listing.association.get_absolute_url()),
        },
        **{name: _terms(getattr(listing, f"{name}_list")) for name in Listing.CONTENT_M2M},
        "tags": sorted(tag.name for tag in listing.tag_list),
        "place": place
        and {
            "name": place.name,
            "street_address": place.street_address,
            "postal_code": place.postal_code,
            "municipality": place.municipality.name,
            "is_accessible": place.is_accessible,
            "accessibility": place.accessibility,
            "latitude": place.latitude,
            "longitude": place.longitude,
        },
        "is_online": listing.is_online,
        "online_url": listing.online_url,
        "accessibility_notes": listing.accessibility_notes,
        "is_free": listing.is_free,
        "price": listing.price,
        "registration_required": listing.registration_required,
        "registration_info": listing.registration_info,
        "contact": {"name": listing.contact_name, "email": listing.contact_email, "phone": listing.contact_phone},
        "last_confirmed_on": listing.last_confirmed_on,
        "published_at": listing.published_at,
        "updated_at": listing.updated_at,
    }
    if listing.kind == Listing.Kind.ACTIVITY:
        data.update(
            schedule=listing.schedule,
            weekdays=[index.WEEKDAY_SLUGS[d] for d in listing.weekdays],
            times_of_day=[index.TIME_SLUGS[t] for t in listing.times_of_day],
        )
    elif listing.kind == Listing.Kind.EVENT:
        data.update(
            starts_at=listing.starts_at,
            ends_at=listing.ends_at,
            dates=[{"starts_at": d.starts_at, "ends_at": d.ends_at} for d in listing.upcoming_dates],
            capacity=listing.capacity,
            registration_opens_at=listing.registration_opens_at,
            registration_closes_at=listing.registration_closes_at,
        )
    else:
        data.update(
            time_commitment=listing.time_commitment,
            training_offered=listing.training_offered,
            requirements=listing.requirements,
        )
    return data


def with_content(queryset):
    """Listings with everything listing_json reads, in a constant number of queries."""
    # to_attr keeps plain lists: reading a prefetched manager with .all() clones a queryset each time.
    return queryset.defer("search_document").select_related("association", "place__municipality").prefetch_related(
        *[Prefetch(name, to_attr=f"{name}_list") for name in Listing.CONTENT_M2M], Prefetch("tags", to_attr="tag_list"),
        Prefetch("occurrences", queryset=Occurrence.objects.upcoming(), to_attr="upcoming_dates"),
    )


def changed_since(since: datetime.datetime) -> set[int]:
    """Public listings whose own content or association changed at or after `since`."""
    since = aware(since)
    changed = Listing.objects.published().filter(Q(updated_at__gte=since) | Q(association__updated_at__gte=since))
    return set(changed.values_list("pk", flat=True))


@api.get("/listings/", response={200: ListingPage, **ERRORS}, url_name="listing-list", summary="Search listings")
@decorate_view(api_view(LISTING_PARAMS))
def listing_list(request, filters: Query[ListingQuery]):
    """The catalogue's search: the same filters, order and facet counts as the catalogue page."""
    form, cleaned, _page = catalogue_state(request)
    if form.errors:
        errors = {name: [str(e) for e in errs] for name, errs in form.errors.items()}
        raise ApiError(400, _("Tarkista parametrit."), errors)
    only = changed_since(filters.updated_since) if filters.updated_since else None
    result = index.search_catalogue(cleaned, page=filters.page, page_size=filters.page_size, only_ids=only)
    rows = {listing.pk: listing for listing in with_content(Listing.objects.filter(pk__in=result.ids))}
    return {
        "count": result.total,
        "page": result.page,
        "pages": result.pages,
        **page_links(request, result.page, result.pages),
        "results": [listing_json(rows[pk], request) for pk in result.ids if pk in rows],
        "facets": {
            facet.key: [{"slug": o.slug, "label": o.label, "count": o.count, "selected": o.selected} for o in facet.options]
            for facet in result.facets
        },
    }


@api.get("/listings/{pk}/", response={200: ListingOut, **ERRORS}, url_name="listing-detail", summary="One listing")
@decorate_view(api_view())
def listing_detail(request, pk: int):
    return listing_json(get_object_or_404(with_content(Listing.objects.published()), pk=pk), request)


class RemovedQuery(Schema):
    since: datetime.datetime = Field(description="Listings that left the public catalogue at or after this time")
    page: int = Field(1, ge=1)
    page_size: int = Field(MAX_PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE)


@api.get("/removed/", response={200: RemovedPage, **ERRORS}, url_name="removed-list", summary="Listings that left")
@decorate_view(api_view(RemovedQuery.model_fields))
def removed_list(request, filters: Query[RemovedQuery]):
    """Tombstones: listings a harvester may hold that are no longer public, oldest removal first."""
    rows = RemovedListing.since(aware(filters.since))
    return _paged(request, rows, filters, lambda row: {"id": row[0], "removed_at": row[1]})


def _paged(request, rows, filters, to_json):
    """A page of a list (or QuerySet) with its links."""
    total = len(rows) if isinstance(rows, list) else rows.count()
    pages = max(1, -(-total // filters.page_size))
    page = min(filters.page, pages)
    chunk = rows[(page - 1) * filters.page_size : page * filters.page_size]
    return {
        "count": total,
        "page": page,
        "pages": pages,
        **page_links(request, page, pages),
        "results": [to_json(row) for row in chunk],
    }


def association_json(association, request) -> dict:
    return {
        "slug": association.slug,
        "name": association.name,
        "business_id": association.business_id,
        "description": association.description,
        "municipalities": _terms(association.municipalities.all()),
        "email": association.email,
        "phone": association.phone,
        "website": association.website,
        "url": request.build_absolute_uri(association.get_absolute_url()),
        "updated_at": association.updated_at,
    }


class AssociationQuery(Paging):
    page_size: int = Field(50, ge=1, le=MAX_PAGE_SIZE)
    q: str | None = Field(None, max_length=200, description="Part of the name or the description")
    municipality: str | None = Field(None, description="Municipality slug")


@api.get("/associations/", response={200: AssociationPage, **ERRORS}, url_name="association-list", summary="Associations")
@decorate_view(api_view(AssociationQuery.model_fields))
def association_list(request, filters: Query[AssociationQuery]):
    """The association directory's search: by name or description, and municipality."""
    search = DirectorySearchForm({"q": filters.q or "", "municipality": filters.municipality or ""})
    if not search.is_valid():
        errors = {name: [str(e) for e in errs] for name, errs in search.errors.items()}
        raise ApiError(400, _("Tarkista parametrit."), errors)
    associations = search.filter(Association.objects.approved().prefetch_related("municipalities").order_by("name", "pk"))
    if filters.updated_since:
        associations = associations.filter(updated_at__gte=aware(filters.updated_since))
    return _paged(request, associations, filters, lambda a: association_json(a, request))


@api.get("/associations/{slug}/", response={200: AssociationOut, **ERRORS}, url_name="association-detail", summary="One association")
@decorate_view(api_view())
def association_detail(request, slug: str):
    association = get_object_or_404(Association.objects.approved().prefetch_related("municipalities"), slug=slug)
    return association_json(association, request)


def api_root(request):
    """Where to start: the documents and the collections."""
    links = {
        "openapi": reverse("api:openapi-json"),
        "docs": reverse("api:docs"),
        "listings": reverse("api:listing-list"),
        "removed": reverse("api:removed-list"),
        "associations": reverse("api:association-list"),
    }
    body = {name: request.build_absolute_uri(url) for name, url in links.items()}
    return JsonResponse(body)
