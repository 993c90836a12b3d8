"""What the public reads: the catalogue, detail pages, the association directory and calendar files."""

from django.urls import path

from catalogue import association_views, detail_views, tray_views, views, widget_views
from services.models import Listing

app_name = "catalogue"

urlpatterns = [
    path("", views.catalogue_page, name="catalogue"),
    path("kalenteri.ics", views.catalogue_ics, name="catalogue-ics"),
    path("tarjotin/", tray_views.tray_page, name="tray"),
    path("tarjotin/tuloste/", tray_views.tray_handout, name="tray-handout"),
    path("tarjotin/laheta/", tray_views.tray_email, name="tray-email"),
    path("syote.atom", widget_views.SearchFeed(), name="catalogue-atom"),
    path("upotus/", widget_views.embed, name="embed"),
    path("upotus/koodi/", widget_views.embed_code, name="embed-code"),
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
    path("toiminta/<int:pk>/kalenteri.ics", detail_views.activity_ics, name="activity-ics"),
    path("yhdistykset/", association_views.association_list, name="association-list"),
    path("yhdistykset/<slug:slug>/", association_views.association_detail, name="association-detail"),
    path("yhdistykset/<slug:slug>/kalenteri.ics", association_views.association_ics, name="association-ics"),
    path("yhdistykset/<slug:slug>/syote.atom", widget_views.AssociationFeed(), name="association-atom"),
]
