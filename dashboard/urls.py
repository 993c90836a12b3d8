"""Omat sivut: an association's listings, their editing, and its statistics (all under /omat/)."""

from django.urls import path

from dashboard import edit_views, views

app_name = "dashboard"

urlpatterns = [
    path("", views.home, name="home"),
    # Before "<slug:slug>/": an association could be called "ilmoitus".
    path("ilmoitus/<int:pk>/muokkaa/", edit_views.listing_edit, name="listing-edit"),
    path("ilmoitus/<int:pk>/esikatselu/", edit_views.listing_preview, name="listing-preview"),
    path("ilmoitus/<int:pk>/laheta/", edit_views.listing_submit, name="listing-submit"),
    path("ilmoitus/<int:pk>/kopioi/", edit_views.listing_duplicate, name="listing-duplicate"),
    path("ilmoitus/<int:pk>/arkistoi/", edit_views.listing_archive, name="listing-archive"),
    path("ilmoitus/<int:pk>/palauta/", edit_views.listing_restore, name="listing-restore"),
    path("ilmoitus/<int:pk>/vahvista/", edit_views.listing_confirm, name="listing-confirm"),
    path("<slug:slug>/", views.association_home, name="association"),
    path("<slug:slug>/uusi/<slug:kind_slug>/", edit_views.listing_create, name="listing-create"),
    path("<slug:slug>/tilastot/<int:year>/", views.statistics_csv, name="statistics-csv"),
]
