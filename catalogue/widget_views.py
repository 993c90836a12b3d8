"""What other sites take in: the embeddable widget (/upotus/), its code, and Atom feeds.

The widget is the only page other sites may show in a frame: it alone replaces the site-wide
`frame-ancestors 'none'` and is exempt from X-Frame-Options.
"""

from csp.decorators import csp_replace
from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_GET

from associations.models import Association
from catalogue import index
from catalogue.cards import render_cards
from catalogue.views import catalogue_state
from services.models import Listing

WIDGET_SIZE = 10
FEED_SIZE = 50


def _search_query(request) -> str:
    return urlencode([(k, v) for k in request.GET for v in request.GET.getlist(k) if k != "page" and v])


@require_GET
@xframe_options_exempt
@csp_replace({"frame-ancestors": ["*"]})
def embed(request):
    """A short list of the search's results, to show in a frame on a municipality's or association's site."""
    _form, cleaned, _page = catalogue_state(request)
    result = index.search_catalogue(cleaned, page=1, page_size=WIDGET_SIZE)
    query = _search_query(request)
    context = {
        "result": result,
        "cards": render_cards(result.ids, versions=result.versions, query="", prefixes=[]),
        "catalogue_url": request.build_absolute_uri(reverse("catalogue:catalogue") + (f"?{query}" if query else "")),
    }
    return render(request, "catalogue/embed.html", context)


@require_GET
def embed_code(request):
    """The code to copy onto another site to show this search there."""
    query = _search_query(request)
    frame_url = request.build_absolute_uri(reverse("catalogue:embed") + (f"?{query}" if query else ""))
    context = {"frame_url": frame_url, "query": query, "catalogue_query": query}
    return render(request, "catalogue/embed_code.html", context)


class SearchFeed(Feed):
    """The newest listings of any catalogue search, as Atom."""

    feed_type = Atom1Feed

    def get_object(self, request):
        self.request = request
        _form, cleaned, _page = catalogue_state(request)
        return index.search_catalogue(cleaned, page=1, page_size=index.PAGE_SIZE * 25).ids

    def title(self, ids):
        return _("Hyvinvointitarjotin: uusimmat")

    def link(self, ids):
        query = _search_query(self.request)
        return reverse("catalogue:catalogue") + (f"?{query}" if query else "")

    def items(self, ids):
        listings = Listing.objects.filter(pk__in=ids).select_related("association").defer("search_document")
        return listings.order_by("-updated_at")[:FEED_SIZE]

    def item_title(self, listing):
        return listing.title

    def item_description(self, listing):
        return listing.summary

    def item_updateddate(self, listing):
        return listing.updated_at

    def item_pubdate(self, listing):
        return listing.published_at or listing.created_at

    def item_author_name(self, listing):
        return listing.association.name


class AssociationFeed(SearchFeed):
    """One association's public listings, newest first, as Atom."""

    def get_object(self, request, slug):
        self.request = request
        return get_object_or_404(Association.objects.approved(), slug=slug)

    def title(self, association):
        return _("%(name)s – Hyvinvointitarjotin") % {"name": association.name}

    def link(self, association):
        return association.get_absolute_url()

    def items(self, association):
        listings = (
            Listing.objects.published()
            .filter(association=association)
            .exclude(kind=Listing.Kind.EVENT, ends_at__lt=timezone.now())
            .select_related("association")
        )
        return listings.defer("search_document").order_by("-updated_at")[:FEED_SIZE]
