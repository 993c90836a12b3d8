from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET


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
