from django.urls import path

from catalogue import hsds_views

app_name = "hsds"

urlpatterns = [
    path("", hsds_views.root, name="root"),
    path("services/", hsds_views.service_list, name="service-list"),
    path("services/<str:id>/", hsds_views.service_detail, name="service-detail"),
    path("organizations/", hsds_views.organization_list, name="organization-list"),
    path("organizations/<str:id>/", hsds_views.organization_detail, name="organization-detail"),
    path("locations/", hsds_views.location_list, name="location-list"),
    path("locations/<str:id>/", hsds_views.location_detail, name="location-detail"),
    path("service_at_locations/", hsds_views.service_at_location_list, name="service-at-location-list"),
    path("service_at_locations/<str:id>/", hsds_views.service_at_location_detail, name="service-at-location-detail"),
]
