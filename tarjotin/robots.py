from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_GET

# Admin and the associations' own dashboard are in every language (/admin/, /sv/admin/, …).
PRIVATE_PREFIXES = ["admin/", "omat/"]


@require_GET
def robots_txt(request):
    """Everything public may be crawled; admin and the dashboard may not."""
    language_prefixes = [""] + [f"{code}/" for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
    lines = ["User-agent: *", "Allow: /"]
    lines += [f"Disallow: /{language}{prefix}" for prefix in PRIVATE_PREFIXES for language in language_prefixes]
    lines += ["", f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
