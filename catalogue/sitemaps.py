"""/sitemap.xml: every public page, in Finnish with Swedish and English alternates.

Without the sites framework, Django's sitemap view takes the domain and protocol from the
request (RequestSite), so the same code serves any deployment.
"""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from associations.models import Association
from services.models import Listing


class _Translated(Sitemap):
    # Each page is listed in every language of settings.LANGUAGES, with hreflang alternates.
    i18n = True
    alternates = True
    x_default = True


class StaticPagesSitemap(_Translated):
    changefreq = "daily"

    def items(self):
        return ["catalogue:catalogue", "catalogue:association-list", "pages:accessibility", "pages:privacy"]

    def location(self, item):
        return reverse(item)


class ListingSitemap(_Translated):
    changefreq = "weekly"

    def items(self):
        return Listing.objects.published().only("pk", "slug", "kind", "updated_at").order_by("pk")

    def lastmod(self, listing):
        return listing.updated_at


class AssociationSitemap(_Translated):
    changefreq = "weekly"

    def items(self):
        return Association.objects.approved().only("slug", "updated_at").order_by("pk")

    def lastmod(self, association):
        return association.updated_at


SITEMAPS = {
    "pages": StaticPagesSitemap,
    "listings": ListingSitemap,
    "associations": AssociationSitemap,
}
