"""The association's own listing pages, under /omat/ beside the dashboard (services.urls includes these)."""

from django.urls import path

from services import edit_views

urlpatterns = [
    path("omat/<slug:slug>/uusi/<slug:kind_slug>/", edit_views.listing_create, name="listing-create"),
    path("omat/ilmoitus/<int:pk>/muokkaa/", edit_views.listing_edit, name="listing-edit"),
    path("omat/ilmoitus/<int:pk>/esikatselu/", edit_views.listing_preview, name="listing-preview"),
    path("omat/ilmoitus/<int:pk>/laheta/", edit_views.listing_submit, name="listing-submit"),
    path("omat/ilmoitus/<int:pk>/kopioi/", edit_views.listing_duplicate, name="listing-duplicate"),
    path("omat/ilmoitus/<int:pk>/arkistoi/", edit_views.listing_archive, name="listing-archive"),
    path("omat/ilmoitus/<int:pk>/palauta/", edit_views.listing_restore, name="listing-restore"),
    path("omat/ilmoitus/<int:pk>/vahvista/", edit_views.listing_confirm, name="listing-confirm"),
]
