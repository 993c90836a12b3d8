"""The catalogue's addresses that are the same in every language: the read API and the sitemap."""

from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from catalogue import ptv_views
from catalogue.sitemaps import SITEMAPS

urlpatterns = [
    path("api/v1/", include("catalogue.api_urls")),
    path("api/hsds/", include("catalogue.hsds_urls")),
    path("api/linkedevents/v1/", include("catalogue.linkedevents_urls")),
    path("api/ptv/services/", ptv_views.service_list, name="ptv-services"),
    # One sitemap for all languages: it lists the /sv/ and /en/ pages itself.
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
]
