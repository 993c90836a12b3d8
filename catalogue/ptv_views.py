"""/api/ptv/services/: the PTV export over HTTP, for an integration that pulls it."""

from django.http import JsonResponse
from django.utils.translation import gettext as _

from catalogue import ptv
from catalogue.api_http import ApiError, api_view, page_links

PER_PAGE = 100


@api_view({"page"})
def service_list(request):
    page = request.GET.get("page", "1")
    if not page.isdigit() or int(page) < 1:
        raise ApiError(400, _("Tarkista parametrit."), {"page": [_("Anna sivun numero, esimerkiksi 2.")]})
    rows = ptv.candidates()
    total = rows.count()
    pages = max(1, -(-total // PER_PAGE))
    page = min(int(page), pages)
    chunk = rows[(page - 1) * PER_PAGE : page * PER_PAGE]
    services, skipped = ptv.export(chunk, lambda listing: request.build_absolute_uri(listing.get_absolute_url()))
    body = {"count": total, "page": page, "pages": pages, **page_links(request, page, pages), "services": services, "skipped": skipped}
    return JsonResponse(body, json_dumps_params={"ensure_ascii": False})
