"""The liaison's look at a listing as the public would see it, before it is public."""

from django.contrib import admin
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_GET

from catalogue import detail_views
from services.models import Listing


@require_GET
def listing_preview(request, pk):
    """The public detail page of any listing, whatever its status; for admin users only.

    Admin's own check (staff, active, second factor) decides, so the preview is exactly as
    protected as the queue that links to it.
    """
    if not admin.site.has_permission(request):
        return redirect_to_login(request.get_full_path(), reverse("admin:login"))
    listing = get_object_or_404(
        Listing.objects.select_related("association", "place__municipality", "working_copy_of").prefetch_related(
            "target_groups", "themes", "life_situations", "activity_types", "languages", "municipalities", "tags"
        ),
        pk=pk,
    )
    context = detail_views.listing_context(request, listing)
    context["review_url"] = reverse("admin:moderation_listingforreview_change", args=[listing.pk])
    return render(request, "moderation/listing_staff_preview.html", context)
