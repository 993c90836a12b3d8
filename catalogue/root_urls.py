"""The catalogue's addresses that are the same in every language: the read API and the sitemap."""

from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from catalogue.sitemaps import SITEMAPS

urlpatterns = [
    path("api/v1/", include("catalogue.api_urls")),
    path("api/hsds/", include("catalogue.hsds_urls")),
    # One sitemap for all languages: it lists the /sv/ and /en/ pages itself.
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
]
