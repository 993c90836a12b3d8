import sys

from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import Http404, HttpResponse, HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from django.views.static import serve


@never_cache
@require_GET
def healthz(request):
    """200 when the app and its database answer; 503 otherwise (for the load balancer)."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok"})


@never_cache
@require_GET
def livez(request):
    """200 while the process answers, without touching the database (liveness probe).

    Also the benchmark's baseline: one tiny template and no queries.
    """
    return render(request, "livez.txt", {"status": "ok"}, content_type="text/plain; charset=utf-8")


# Seconds a browser or client is asked to wait when the database does not answer.
RETRY_AFTER = 120


def server_error(request):
    """Django's 500 page, or a 503 "try again soon" page when the database does not answer.

    Django calls this for any uncaught exception, in a view or in a middleware (the session is
    saved in one), while the exception is still being handled. Like Django's own handler, it
    renders without the request: the page must not need the database that just failed.
    """
    if isinstance(sys.exc_info()[1], (OperationalError, InterfaceError)):
        response = HttpResponse(loader.render_to_string("503.html"), status=503)
        response["Retry-After"] = str(RETRY_AFTER)
        return response
    return HttpResponseServerError(loader.render_to_string("500.html"))


@require_GET
def media(request, path):
    """Uploaded files (association logos) from MEDIA_ROOT, also with DEBUG off.

    whitenoise serves only files that exist at start-up, so uploads need this view, or a web
    server rule for MEDIA_URL and SERVE_MEDIA=false (README, "Production"). Django's serve()
    refuses paths outside MEDIA_ROOT; logos are re-encoded PNG, JPEG or WebP images
    (associations/images.py), never markup.
    """
    if not settings.SERVE_MEDIA:
        raise Http404
    return serve(request, path, document_root=settings.MEDIA_ROOT)
