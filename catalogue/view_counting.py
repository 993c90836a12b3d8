"""What counts as a view of a listing's public page.

One GET of a listing's public page by a browser. Nothing about the visitor is stored or set: no
cookie, no IP address, no user agent; only the listing, the month and a number. Previews, HEAD
requests, staff and anything that says it is a robot are not counted.

Views are added up in the process and written together at most every VIEW_COUNTS_WRITTEN_EVERY
seconds, after a response has gone (request_finished), and when a gunicorn worker exits
(gunicorn.conf.py). Written per view, each page view was a write transaction, and on PostgreSQL
a commit waits for the disk: a listing's page went from 2,600 to 900 answers a second. The
figures on Omat sivut are then a few seconds behind, and a worker killed outright loses at most
those seconds' views.
"""

import threading
import time
from collections import Counter

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from services.models import ListingMonthlyViews

_lock = threading.Lock()
_views: Counter = Counter()  # (listing id, first day of the month) -> views not yet written
_written_at = time.monotonic()

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
        with _lock:
            _views[listing_id, timezone.localdate().replace(day=1)] += 1


def write_when_due(**kwargs) -> None:
    """request_finished: write the views counted so far once enough time has passed."""
    if _views and time.monotonic() - _written_at >= settings.VIEW_COUNTS_WRITTEN_EVERY:
        write_views()


def write_views() -> None:
    """Write the views counted in this process, in one transaction."""
    global _views, _written_at
    with _lock:
        views, _views, _written_at = _views, Counter(), time.monotonic()
    if views:
        write(views)


def write(views: Counter) -> None:
    """Add views by (listing id, month) in one transaction."""
    # In the order of the rows' keys, so that two processes writing at once lock their rows in
    # the same order and neither waits for the other in a deadlock.
    with transaction.atomic():
        for (listing_id, month), count in sorted(views.items()):
            ListingMonthlyViews.increment(listing_id, month, count)
