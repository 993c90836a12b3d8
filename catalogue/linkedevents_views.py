"""/api/linkedevents/v1/: events, and the places and keywords they link to, as LinkedEvents serves them.

Parameters as LinkedEvents names them: `start` and `end` (a date, or `today`), `keyword`
(comma-separated ids), `last_modified_since` (also `updated_since`), `page`, `page_size`.
"""

import datetime

from django.db.models import Q
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.dateparse import parse_date
from django.utils.translation import gettext as _

from catalogue import linkedevents
from catalogue.api_http import ApiError, api_view, error_response, number_param, page_links, time_param
from services.models import Listing, Place
from vocabularies.models import Language

EVENT_PARAMS = {"page", "page_size", "start", "end", "keyword", "last_modified_since", "updated_since"}
MAX_PAGE_SIZE = 100


def _json(data):
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})


def _refuse(name, message):
    raise ApiError(400, _("Tarkista parametrit."), {name: [message]})


def _day(request, name) -> datetime.date | None:
    value = request.GET.get(name)
    if not value:
        return None
    day = timezone.localdate() if value in ("today", "now") else parse_date(value)
    if day is None:
        _refuse(name, _("Anna päivä muodossa 2026-03-01 tai today."))
    return day


def _filtered(request):
    start, end = _day(request, "start"), _day(request, "end")
    tz = timezone.get_current_timezone()
    # Without a start, what has not ended yet.
    rows = linkedevents.events().filter(ends_at__gte=datetime.datetime.combine(start, datetime.time.min, tz) if start else timezone.now())
    if end:
        rows = rows.filter(starts_at__lt=datetime.datetime.combine(end + datetime.timedelta(days=1), datetime.time.min, tz))
    moment = time_param(request, "last_modified_since", "updated_since")
    if moment:
        rows = rows.filter(Q(updated_at__gte=moment) | Q(association__updated_at__gte=moment))
    keywords = [k.strip() for k in request.GET.get("keyword", "").split(",") if k.strip()]
    if keywords:
        condition = Q(pk__in=[])
        for keyword in keywords:
            for field, term in linkedevents.terms_for_keyword(keyword):
                condition |= Q(**{field: term})
        rows = rows.filter(condition).distinct()
    return rows


@api_view(EVENT_PARAMS)
def event_list(request):
    rows = _filtered(request)
    page, size = number_param(request, "page", 1, 10**6), number_param(request, "page_size", 20, MAX_PAGE_SIZE)
    total = rows.count()
    pages = max(1, -(-total // size))
    data = [linkedevents.event_json(listing, request) for listing in rows[(page - 1) * size : page * size]]
    return _json({"meta": {"count": total, **page_links(request, page, pages)}, "data": data})


@api_view()
def event_detail(request, id):
    pk = id.removeprefix(f"{linkedevents.SOURCE}:")
    if not pk.isdigit():
        return error_response(404, _("Ei löytynyt, tai tieto ei ole julkinen."))
    listing = get_object_or_404(linkedevents.events(), pk=int(pk))
    return _json(linkedevents.event_json(listing, request))


@api_view()
def place_detail(request, id):
    pk = id.removeprefix(f"{linkedevents.SOURCE}:place-")
    if not pk.isdigit():
        return error_response(404, _("Ei löytynyt, tai tieto ei ole julkinen."))
    places = Place.objects.filter(listings__in=Listing.objects.published()).distinct().select_related("municipality")
    return _json(linkedevents.place_json(get_object_or_404(places, pk=int(pk)), request))


@api_view()
def language_detail(request, id):
    language = Language.objects.filter(code__startswith=id).order_by("code").first()
    if language is None or len(id) < 2:
        return error_response(404, _("Ei löytynyt, tai tieto ei ole julkinen."))
    names = {code: name for code in ("fi", "sv", "en") if (name := getattr(language, f"name_{code}"))}
    return _json({"id": id, "@id": request.build_absolute_uri(request.path), "@type": "Language", "name": names})


@api_view()
def keyword_detail(request, id):
    found = linkedevents.terms_for_keyword(id)
    if not found:
        return error_response(404, _("Ei löytynyt, tai tieto ei ole julkinen."))
    return _json(linkedevents.keyword_json(id, found[0][1], request))
