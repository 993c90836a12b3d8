"""What counts as a view of a listing's public page.

One GET of a listing's public page by a browser. Nothing about the visitor is stored or set: no
cookie, no IP address, no user agent; only the listing, the month and a number. Previews, HEAD
requests, staff and anything that says it is a robot are not counted.
"""

from django.utils import timezone

from services.models import ListingMonthlyViews

# Lower-case parts of User-Agent strings that crawlers, link previews, monitors and scripts send.
# A real browser always sends a User-Agent, so an empty one is not counted either.
ROBOT_MARKERS = (
    "bot", "crawl", "spider", "slurp", "archiver", "facebookexternalhit", "embedly", "preview",
    "monitor", "pingdom", "uptime", "lighthouse", "headless", "curl", "wget", "python", "java/",
    "go-http-client", "okhttp", "axios", "node-fetch", "httpclient", "scrapy", "feedfetcher",
)


def is_countable(request) -> bool:
    """Whether this request is a person looking at the public page."""
    if request.method != "GET":
        return False
    agent = request.headers.get("User-Agent", "").lower()
    if not agent or any(marker in agent for marker in ROBOT_MARKERS):
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated and user.is_staff)


def count_view(request, listing_id: int) -> None:
    """Called by the public detail page once it has found a public listing."""
    if is_countable(request):
        ListingMonthlyViews.increment(listing_id, timezone.localdate())
