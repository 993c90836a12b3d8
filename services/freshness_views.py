"""The page a freshness reminder links to: no login, a signed link, and a POST button to confirm."""

from django.core import signing
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from services import freshness
from services.models import Listing


@require_http_methods(["GET", "POST"])
def listing_confirm_by_link(request, token):
    """GET shows the listing and a button; POST confirms it (Listing.confirm). Nothing else is possible."""
    try:
        pk = freshness.listing_id_from_token(token)
    except signing.SignatureExpired:
        return render(request, "services/freshness_link_invalid.html", {"expired": True}, status=400)
    except signing.BadSignature:
        return render(request, "services/freshness_link_invalid.html", {"expired": False}, status=400)
    listing = Listing.objects.originals().select_related("association").filter(pk=pk).first()
    if listing is None or listing.status != Listing.Status.PUBLISHED:
        return render(request, "services/freshness_link_invalid.html", {"gone": True}, status=404)
    if request.method == "POST":
        listing.confirm(by=None)
        return render(request, "services/freshness_confirmed.html", {"listing": listing})
    return render(request, "services/freshness_confirm.html", {"listing": listing})
