"""What every open-data endpoint does around its answer: the same for /api/v1/, HSDS and LinkedEvents.

`api_view` refuses unknown parameters, limits the rate per client, answers in the language asked
(`lang`, else `Accept-Language`, else Finnish) and answers 304 when the client's copy is current.
The version of every answer is the catalogue index's: it changes whenever public data may have
changed (catalogue/invalidation.py) and when the day or the set of ended events changes.
"""

import datetime
import functools
import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import JsonResponse
from django.utils import timezone, translation
from django.utils.dateparse import parse_datetime
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import http_date, urlencode
from django.utils.translation import gettext as _

from catalogue import index
from services.models import CatalogueRevision

LANGUAGES = ("fi", "sv", "en")
# Parameters every endpoint takes besides its own.
COMMON_PARAMS = {"lang"}


class ApiError(Exception):
    def __init__(self, status: int, detail: str, errors: dict | None = None):
        super().__init__(detail)
        self.status, self.detail, self.errors = status, detail, errors


def error_response(status: int, detail: str, errors: dict | None = None) -> JsonResponse:
    body = {"detail": detail}
    if errors:
        body["errors"] = errors
    return JsonResponse(body, status=status, json_dumps_params={"ensure_ascii": False})


def response_language(request) -> str:
    asked = request.GET.get("lang")
    if asked is not None:
        if asked not in LANGUAGES:
            raise ApiError(400, _("Kieli on fi, sv tai en."), {"lang": [_("Kieli on fi, sv tai en.")]})
        return asked
    for code, _quality in translation.trans_real.parse_accept_lang_header(request.headers.get("Accept-Language", "")):
        if code[:2] in LANGUAGES:
            return code[:2]
    return "fi"


def _client_address(request) -> str:
    # Behind the load balancer the client is the last address it added (BEHIND_PROXY).
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if forwarded and settings.USE_X_FORWARDED_HOST:
        return forwarded.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")


def _over_rate(request) -> int:
    """Seconds until the client may ask again, or 0 when it is within API_RATE_PER_MINUTE."""
    minute = int(timezone.now().timestamp() // 60)
    key = f"api-rate:{_client_address(request)}:{minute}"
    cache.add(key, 0, timeout=90)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        return 0
    if count > settings.API_RATE_PER_MINUTE:
        return 60 - int(timezone.now().timestamp()) % 60
    return 0


def version_of_data() -> tuple[str, datetime.datetime | None]:
    """An opaque version of everything public, and when it last changed."""
    current = index.holder.get()
    changed_at = CatalogueRevision.objects.filter(pk=1).values_list("changed_at", flat=True).first()
    return f"{current.revision}-{current.day}-{current.built_at}", changed_at


def api_view(params=()):
    """Wrap an endpoint that takes the query parameters `params` (see the module docstring)."""
    allowed = COMMON_PARAMS | set(params)

    def decorate(view):
        @functools.wraps(view)
        def wrapper(request, *args, **kwargs):
            retry_after = _over_rate(request)
            if retry_after:
                response = error_response(429, _("Liian monta pyyntöä. Yritä uudelleen hetken kuluttua."))
                response["Retry-After"] = str(retry_after)
                return response
            unknown = sorted(set(request.GET) - allowed)
            if unknown:
                message = _("Tuntematon parametri. Sallitut: %(allowed)s.") % {"allowed": ", ".join(sorted(allowed))}
                return error_response(400, message, {name: [message] for name in unknown})
            try:
                language = response_language(request)
            except ApiError as error:
                return error_response(error.status, error.detail, error.errors)
            version, changed_at = version_of_data()
            etag = '"' + hashlib.sha1(f"{version}|{language}|{request.get_full_path()}".encode()).hexdigest()[:32] + '"'
            last_modified = int(changed_at.timestamp()) if changed_at else None
            with translation.override(language):
                response = get_conditional_response(request, etag=etag, last_modified=last_modified)
                if response is None:
                    try:
                        response = view(request, *args, **kwargs)
                    except ApiError as error:
                        response = error_response(error.status, error.detail, error.errors)
            if response.status_code in (200, 304):
                response["ETag"] = etag
                if last_modified:
                    response["Last-Modified"] = http_date(last_modified)
            response["Content-Language"] = language
            patch_vary_headers(response, ["Accept-Language"])
            return response

        return wrapper

    return decorate


def page_links(request, page: int, pages: int) -> dict:
    """Absolute addresses of the next and previous pages, with every other parameter kept."""

    def link(number):
        pairs = [(k, v) for k in request.GET for v in request.GET.getlist(k) if k != "page"]
        return request.build_absolute_uri(request.path + "?" + urlencode([*pairs, ("page", number)]))

    return {"next": link(page + 1) if page < pages else None, "previous": link(page - 1) if page > 1 else None}


def number_param(request, name: str, default: int, maximum: int) -> int:
    value = request.GET.get(name, str(default))
    if not value.isdigit() or not 1 <= int(value) <= maximum:
        message = _("Anna kokonaisluku väliltä 1–%(max)s.") % {"max": maximum}
        raise ApiError(400, _("Tarkista parametrit."), {name: [message]})
    return int(value)


def time_param(request, *names) -> datetime.datetime | None:
    """The first of these parameters that is given, as a time (a date alone is its midnight)."""
    for name in names:
        value = request.GET.get(name)
        if value:
            moment = parse_datetime(value) or (parse_datetime(value + "T00:00") if len(value) == 10 else None)
            if moment is None:
                message = _("Anna aika muodossa 2026-03-01T12:00:00+02:00.")
                raise ApiError(400, _("Tarkista parametrit."), {name: [message]})
            return aware(moment)
    return None


def aware(moment: datetime.datetime) -> datetime.datetime:
    """A time without a zone is Finnish time."""
    return timezone.make_aware(moment) if timezone.is_naive(moment) else moment
