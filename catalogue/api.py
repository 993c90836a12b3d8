"""The public read API, /api/v1/: the catalogue's search, filters and facet counts as JSON.

Plain Django views: the API is small and read-only, and shares CatalogueFilter and the
catalogue index with the HTML page, so both always answer the same.
"""

from django import forms
from django.db.models import Prefetch
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from associations.models import Association
from catalogue import index
from catalogue.association_views import DirectorySearchForm
from catalogue.filters import CatalogueFilter
from events.models import Occurrence
from services.models import Listing
from catalogue.views import catalogue_state

MAX_PAGE_SIZE = 100


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
        "url": request.build_absolute_uri(listing.get_absolute_url()),
        "association": {
            "slug": listing.association.slug,
            "name": listing.association.name,
            "url": request.build_absolute_uri(listing.association.get_absolute_url()),
        },
        "municipalities": _terms(getattr(listing, "municipalities_list")),
        "target_groups": _terms(getattr(listing, "target_groups_list")),
        "themes": _terms(getattr(listing, "themes_list")),
        "life_situations": _terms(getattr(listing, "life_situations_list")),
        "activity_types": _terms(getattr(listing, "activity_types_list")),
        "languages": _terms(getattr(listing, "languages_list")),
        "tags": sorted(tag.name for tag in listing.tag_list),
        "place": place
        and {
            "name": place.name,
            "street_address": place.street_address,
            "postal_code": place.postal_code,
            "municipality": place.municipality.name,
            "is_accessible": place.is_accessible,
            "accessibility": place.accessibility,
            "latitude": float(place.latitude) if place.latitude is not None else None,
            "longitude": float(place.longitude) if place.longitude is not None else None,
        },
        "is_online": listing.is_online,
        "online_url": listing.online_url,
        "accessibility_notes": listing.accessibility_notes,
        "is_free": listing.is_free,
        "price": listing.price,
        "registration_required": listing.registration_required,
        "registration_info": listing.registration_info,
        "contact": {"name": listing.contact_name, "email": listing.contact_email, "phone": listing.contact_phone},
        "last_confirmed_on": listing.last_confirmed_on.isoformat(),
        "published_at": listing.published_at.isoformat() if listing.published_at else None,
    }
    if listing.kind == Listing.Kind.ACTIVITY:
        data.update(
            schedule=listing.schedule,
            weekdays=[index.WEEKDAY_SLUGS[d] for d in listing.weekdays],
            times_of_day=[index.TIME_SLUGS[t] for t in listing.times_of_day],
        )
    elif listing.kind == Listing.Kind.EVENT:
        data.update(
            starts_at=listing.starts_at.isoformat(),
            ends_at=listing.ends_at.isoformat() if listing.ends_at else None,
            dates=[{"starts_at": d.starts_at.isoformat(), "ends_at": d.ends_at.isoformat()} for d in listing.upcoming_dates],
            capacity=listing.capacity,
            registration_opens_at=listing.registration_opens_at and listing.registration_opens_at.isoformat(),
            registration_closes_at=listing.registration_closes_at and listing.registration_closes_at.isoformat(),
        )
    else:
        data.update(
            time_commitment=listing.time_commitment,
            training_offered=listing.training_offered,
            requirements=listing.requirements,
        )
    return data


def _listings(queryset):
    # to_attr keeps plain lists: reading a prefetched manager with .all() clones a queryset each time.
    return queryset.select_related("association", "place__municipality").prefetch_related(
        *[Prefetch(name, to_attr=f"{name}_list") for name in Listing.CONTENT_M2M], Prefetch("tags", to_attr="tag_list"),
        Prefetch("occurrences", queryset=Occurrence.objects.upcoming(), to_attr="upcoming_dates"),
    )


class PageForm(forms.Form):
    """The paging parameters of the list endpoints: whole numbers, or a 400 that says so."""

    page = forms.IntegerField(
        required=False, min_value=1, error_messages={"invalid": _("Anna sivunumero kokonaislukuna.")}
    )
    page_size = forms.IntegerField(
        required=False, min_value=1, error_messages={"invalid": _("Anna sivun koko kokonaislukuna.")}
    )


def _paging(request, default_size=index.PAGE_SIZE):
    """(page, page size, errors): a page size over the maximum is the maximum."""
    form = PageForm(request.GET)
    if not form.is_valid():
        return 1, default_size, _errors(form)
    size = min(form.cleaned_data["page_size"] or default_size, MAX_PAGE_SIZE)
    return form.cleaned_data["page"] or 1, size, {}


def _errors(form):
    return {name: [str(e) for e in errors] for name, errors in form.errors.items()}


@require_GET
def listing_list(request):
    form, cleaned, _page = catalogue_state(request)
    page, size, paging_errors = _paging(request)
    if form.errors or paging_errors:
        return JsonResponse({"errors": {**_errors(form), **paging_errors}}, status=400)
    result = index.search_catalogue(cleaned, page=page, page_size=size)
    rows = {listing.pk: listing for listing in _listings(Listing.objects.filter(pk__in=result.ids))}
    return JsonResponse(
        {
            "count": result.total,
            "page": result.page,
            "pages": result.pages,
            "results": [listing_json(rows[pk], request) for pk in result.ids if pk in rows],
            "facets": {
                facet.key: [
                    {"slug": o.slug, "label": o.label, "count": o.count, "selected": o.selected} for o in facet.options
                ]
                for facet in result.facets
            },
        },
        json_dumps_params={"ensure_ascii": False},
    )


@require_GET
def listing_detail(request, pk):
    listing = get_object_or_404(_listings(Listing.objects.published()), pk=pk)
    return JsonResponse(listing_json(listing, request), json_dumps_params={"ensure_ascii": False})


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
    }


@require_GET
def association_list(request):
    search = DirectorySearchForm(request.GET)
    page, size, paging_errors = _paging(request, 50)
    if not search.is_valid() or paging_errors:
        return JsonResponse({"errors": {**_errors(search), **paging_errors}}, status=400)
    associations = search.filter(Association.objects.approved().prefetch_related("municipalities").order_by("name"))
    total = associations.count()
    pages = max(1, -(-total // size))
    page = min(page, pages)
    rows = associations[(page - 1) * size : page * size]
    return JsonResponse(
        {"count": total, "page": page, "pages": pages, "results": [association_json(a, request) for a in rows]},
        json_dumps_params={"ensure_ascii": False},
    )


@require_GET
def association_detail(request, slug):
    association = get_object_or_404(Association.objects.approved().prefetch_related("municipalities"), slug=slug)
    return JsonResponse(association_json(association, request), json_dumps_params={"ensure_ascii": False})


@require_GET
def openapi(request):
    return JsonResponse(openapi_document(request), json_dumps_params={"ensure_ascii": False})


def openapi_document(request) -> dict:
    """The OpenAPI 3.1 description; the listing parameters come from CatalogueFilter itself."""
    parameters = []
    for name, filter_ in CatalogueFilter.base_filters.items():
        schema = {"type": "string"}
        if hasattr(filter_, "extra") and "choices" in filter_.extra and filter_.field_class.__name__.startswith("Multiple"):
            schema = {"type": "array", "items": {"type": "string"}}
        if name in ("date_from", "date_to"):
            schema = {"type": "string", "format": "date"}
        parameters.append({"name": name, "in": "query", "required": False, "description": str(filter_.label), "schema": schema})
    parameters += [
        {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1}},
        {"name": "page_size", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE}},
    ]
    paged = {"type": "object", "properties": {"count": {"type": "integer"}, "page": {"type": "integer"}, "pages": {"type": "integer"}, "results": {"type": "array", "items": {"type": "object"}}}}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Hyvinvointitarjotin API",
            "version": "1",
            "description": "Read-only access to published activities, events, volunteer roles and associations.",
        },
        "servers": [{"url": request.build_absolute_uri("/api/v1/")}],
        "paths": {
            "/listings/": {
                "get": {
                    "summary": "Search listings with the catalogue's filters and facet counts",
                    "parameters": parameters,
                    "responses": {"200": {"description": "A page of listings", "content": {"application/json": {"schema": paged}}}, "400": {"description": "Invalid filter values"}},
                }
            },
            "/listings/{id}/": {
                "get": {
                    "summary": "One published listing",
                    "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}],
                    "responses": {"200": {"description": "The listing"}, "404": {"description": "Not published or not found"}},
                }
            },
            "/associations/": {
                "get": {
                    "summary": "Approved associations",
                    "parameters": [
                        {"name": "q", "in": "query", "schema": {"type": "string"}},
                        {"name": "municipality", "in": "query", "schema": {"type": "string"}},
                        {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1}},
                        {"name": "page_size", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE}},
                    ],
                    "responses": {
                        "200": {"description": "A page of associations", "content": {"application/json": {"schema": paged}}},
                        "400": {"description": "Invalid parameter values, with the reasons"},
                    },
                }
            },
            "/associations/{slug}/": {
                "get": {
                    "summary": "One association",
                    "parameters": [{"name": "slug", "in": "path", "required": True, "schema": {"type": "string"}}],
                    "responses": {"200": {"description": "The association"}, "404": {"description": "Not found"}},
                }
            },
        },
    }
