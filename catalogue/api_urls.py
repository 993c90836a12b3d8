from django.urls import path

from catalogue import api

app_name = "api"

urlpatterns = [
    path("", api.openapi, name="root"),
    path("openapi.json", api.openapi, name="openapi"),
    path("listings/", api.listing_list, name="listing-list"),
    path("listings/<int:pk>/", api.listing_detail, name="listing-detail"),
    path("associations/", api.association_list, name="association-list"),
    path("associations/<slug:slug>/", api.association_detail, name="association-detail"),
]
