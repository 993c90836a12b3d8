from django.urls import path, re_path
from django.views.generic import RedirectView

from moderation import views

app_name = "moderation"

urlpatterns = [
    # The liaison's look at a listing that is not public yet (staff only).
    path("tarkastus/<int:pk>/esikatselu/", views.listing_preview, name="staff-preview"),
    # The queue lived under the services app in admin until it got an app of its own; the
    # liaison's bookmarks keep working.
    re_path(
        r"^admin/services/(?P<rest>(?:listingforreview|listingpublishedwithoutreview|moderationdigest)/.*)$",
        RedirectView.as_view(url="/admin/moderation/%(rest)s", query_string=True, permanent=True),
    ),
]
