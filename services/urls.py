from django.urls import include, path

from services import detail_views, freshness_views, moderation_views, views
from services.models import Listing

app_name = "services"

urlpatterns = [
    path("", views.catalogue_page, name="catalogue"),
    path("kalenteri.ics", views.catalogue_ics, name="catalogue-ics"),
    # One view for the three kinds; the Finnish path segment says which kind the URL is for,
    # and a listing reached through the wrong one is redirected to its canonical address.
    path(
        "toiminta/<int:pk>/<slug:slug>/",
        detail_views.listing_detail,
        {"kind": Listing.Kind.ACTIVITY},
        name="activity-detail",
    ),
    path(
        "tapahtumat/<int:pk>/<slug:slug>/",
        detail_views.listing_detail,
        {"kind": Listing.Kind.EVENT},
        name="event-detail",
    ),
    path(
        "vapaaehtoistehtavat/<int:pk>/<slug:slug>/",
        detail_views.listing_detail,
        {"kind": Listing.Kind.VOLUNTEER_ROLE},
        name="role-detail",
    ),
    path("tapahtumat/<int:pk>/kalenteri.ics", detail_views.event_ics, name="event-ics"),
    # The liaison's look at a listing that is not public yet (staff only).
    path("tarkastus/<int:pk>/esikatselu/", moderation_views.listing_preview, name="staff-preview"),
    # The one-click "still valid" link of freshness reminders: signed, expiring, no login.
    path("vahvista/<str:token>/", freshness_views.listing_confirm_by_link, name="freshness-confirm"),
    # The association's own pages for creating and editing listings (services/edit_urls.py).
    path("", include("services.edit_urls")),
]
