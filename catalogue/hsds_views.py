"""/api/hsds/: the HSDS 3.0 API's read endpoints over catalogue/hsds.py, paged as the standard pages.

`updated_since` (as in /api/v1/) and the standard's own `modified_after` are the same filter.
"""

from django.db.models import Q
from django.http import JsonResponse
from django.utils.translation import gettext as _

from catalogue import hsds
from catalogue.api_http import api_view, error_response, number_param, time_param

PAGE_PARAMS = {"page", "per_page", "updated_since", "modified_after"}
MAX_PER_PAGE = 100


def _json(data, status=200):
    return JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})


def _page(request, rows, to_json):
    page = number_param(request, "page", 1, 10**6)
    size = number_param(request, "per_page", 50, MAX_PER_PAGE)
    total = rows.count()
    pages = max(1, -(-total // size))
    contents = [to_json(row) for row in rows[(page - 1) * size : page * size]]
    return _json(
        {
            "total_items": total,
            "total_pages": pages,
            "page_number": page,
            "size": len(contents),
            "first_page": page == 1,
            "last_page": page >= pages,
            "empty": not contents,
            "contents": contents,
        }
    )


def _one(rows, kind, id, to_json):
    """The row whose HSDS id is `id` (ids are derived, so the lookup goes through our own ids)."""
    for pk in rows.values_list("pk", flat=True):
        if hsds.hsds_id(kind, pk) == id:
            return _json(to_json(rows.get(pk=pk)))
    return error_response(404, _("Ei löytynyt, tai tieto ei ole julkinen."))


@api_view()
def root(request):
    base = request.build_absolute_uri("/api/hsds/")
    return _json({"version": "3.0", "services": base + "services/", "organizations": base + "organizations/"})


def _services(request):
    rows = hsds.services()
    since = time_param(request, "updated_since", "modified_after")
    if since:
        rows = rows.filter(Q(updated_at__gte=since) | Q(association__updated_at__gte=since))
    organization = request.GET.get("organization_id")
    if organization:
        pks = [pk for pk in hsds.organizations().values_list("pk", flat=True) if hsds.hsds_id("organization", pk) == organization]
        rows = rows.filter(association_id__in=pks)
    return rows


@api_view(PAGE_PARAMS | {"organization_id"})
def service_list(request):
    return _page(request, _services(request), lambda listing: hsds.service_json(listing, request))


@api_view()
def service_detail(request, id):
    return _one(hsds.services(), "service", id, lambda listing: hsds.service_json(listing, request))


@api_view(PAGE_PARAMS)
def organization_list(request):
    rows = hsds.organizations()
    since = time_param(request, "updated_since", "modified_after")
    if since:
        rows = rows.filter(updated_at__gte=since)
    return _page(request, rows, lambda association: hsds.organization_json(association, request))


@api_view()
def organization_detail(request, id):
    return _one(hsds.organizations(), "organization", id, lambda association: hsds.organization_json(association, request))


@api_view(PAGE_PARAMS)
def location_list(request):
    rows = hsds.locations()
    since = time_param(request, "updated_since", "modified_after")
    if since:
        rows = rows.filter(listings__in=_services(request)).distinct()
    return _page(request, rows, hsds.location_json)


@api_view()
def location_detail(request, id):
    return _one(hsds.locations(), "location", id, hsds.location_json)


@api_view(PAGE_PARAMS | {"organization_id"})
def service_at_location_list(request):
    rows = _services(request).filter(place__isnull=False).select_related("place__municipality__region")
    return _page(request, rows, hsds.service_at_location_json)


@api_view()
def service_at_location_detail(request, id):
    rows = hsds.services().filter(place__isnull=False).select_related("place__municipality__region")
    return _one(rows, "service-at-location", id, hsds.service_at_location_json)
