"""The site's fixed pages: the accessibility statement and the privacy notice.

Their text lives in the templates (translatable), so the views only render them.
"""

from django.conf import settings
from django.shortcuts import render
from django.views.decorators.http import require_safe


@require_safe
def accessibility(request):
    """Saavutettavuusseloste, required by laki digitaalisten palvelujen tarjoamisesta (306/2019)."""
    return render(request, "pages/accessibility.html")


@require_safe
def privacy(request):
    """Tietosuojaseloste: the information GDPR articles 13 and 14 require."""
    # The retention of sign-ups and volunteer interests is a setting: the notice states the real one.
    return render(request, "pages/privacy.html", {"retention_days": settings.PERSONAL_DATA_RETENTION_DAYS})
