"""Whole catalogue pages for visitors without a session, kept per version of the catalogue.

Most of the catalogue's traffic is people who have not logged in asking for the same searches
and the same listings, and for them a page is the same for everyone but for its CSRF tokens and
its script nonce. Each process keeps such pages in the "pages" cache under the catalogue
index's version (catalogue/index.py), so that any change to what the catalogue shows gives
every page a new key, and under the language and the full address. A page is stored with holes
where the tokens and the nonce were and filled afresh for each visitor, so that every form
still carries that visitor's own token.

A request with a session or with messages waiting is answered by the view itself: it may be a
counsellor's, an association's or carry a notice meant for that visitor alone.
"""

import functools
import hashlib
import re

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import caches
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils import timezone
from django.utils.translation import get_language

from catalogue import index as catalogue_index

TOKEN = re.compile(r'(name="csrfmiddlewaretoken" value=")[^"]*"')
NONCE = re.compile(r'( nonce=")[^"]*"')
HOLE = "\x00"  # never in a rendered page: the template engine escapes nothing into it


def catalogue_version() -> str:
    """Changes whenever a catalogue page may: a change, an event ending, a new day."""
    index = catalogue_index.holder.get()
    return f"{index.version}:{index.ended_count(timezone.now())}:{timezone.localdate()}"


def is_shared(request) -> bool:
    """Whether this visitor sees what every visitor without a session sees."""
    cookies = request.COOKIES
    return request.method == "GET" and settings.SESSION_COOKIE_NAME not in cookies and CookieStorage.cookie_name not in cookies


def _key(request, version: str) -> str:
    partial = "partial" if request.headers.get("X-Catalogue-Partial") else "page"
    # The whole address: a listing's page names itself (canonical link, share link) with its host.
    address = hashlib.blake2s(request.build_absolute_uri().encode(), digest_size=12).hexdigest()
    return f"page:{version}:{get_language()}:{partial}:{address}"


def _with_holes(html: str) -> str:
    return NONCE.sub(rf"\g<1>{HOLE}nonce{HOLE}" '"', TOKEN.sub(rf"\g<1>{HOLE}csrf{HOLE}" '"', html))


def _filled(request, html: str) -> str:
    if f"{HOLE}nonce{HOLE}" in html:
        html = html.replace(f"{HOLE}nonce{HOLE}", str(request.csp_nonce))
    # Each form gets a token of its own, masked anew, as {% csrf_token %} would have given it.
    parts = html.split(f"{HOLE}csrf{HOLE}")
    return parts[0] + "".join(get_token(request) + part for part in parts[1:])


def shared_page(version, on_hit=None):
    """Answer visitors without a session from the "pages" cache.

    `version(request, *args, **kwargs)` names the state of what the page shows, or None when
    this page is not to be kept; `on_hit(request, *args, **kwargs)` does what the view would
    have done besides rendering. Only complete HTML answers with status 200 are kept.
    """

    def decorator(view):
        @functools.wraps(view)
        def wrapped(request, *args, **kwargs):
            if not is_shared(request):
                return view(request, *args, **kwargs)
            state = version(request, *args, **kwargs)
            if state is None:
                return view(request, *args, **kwargs)
            cache, key = caches["pages"], _key(request, state)
            html = cache.get(key)
            if html is not None:
                if on_hit:
                    on_hit(request, *args, **kwargs)
                return HttpResponse(_filled(request, html))
            response = view(request, *args, **kwargs)
            if response.status_code == 200 and not response.streaming and response["Content-Type"].startswith("text/html"):
                cache.set(key, _with_holes(response.content.decode()))
            return response

        return wrapped

    return decorator
