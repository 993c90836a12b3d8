"""Whole catalogue pages for visitors without a session, kept per version of what they show.

Most of the catalogue's traffic is people who have not logged in asking for the same searches
and the same listings, and for them a page is the same for everyone but for its CSRF tokens, a
sign-up form's submission id and its script nonce. Each process keeps such pages in the "pages"
cache under a version that changes whenever what the page shows may have (a catalogue page's is
the catalogue index's, catalogue/index.py; a listing's page's is the listing's and its
association's), and under the language and the full address. A page is stored with holes where
those values were and filled afresh for each visitor, so that every form still carries that
visitor's own token and id.

Any change to the catalogue gives every catalogue page a new version, but most changes leave
most pages as they were. A view that can name what its page shows (`same_content`) keeps the
page under that name instead, and the version's key only points to it: after a change, such a
page costs its search, not its rendering, unless what it shows has changed.

A request with a session or with messages waiting is answered by the view itself: it may be a
counsellor's, an association's or carry a notice meant for that visitor alone.
"""

import functools
import hashlib
import re
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import caches
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils import timezone
from django.utils.translation import get_language

from catalogue import index as catalogue_index

# Hidden inputs whose value must be each visitor's own: the CSRF token (masked anew for each
# form, as {% csrf_token %} gives it) and a sign-up's submission id, which tells a form sent
# twice from two sign-ups (events/signup_forms.py).
PER_VISITOR = {
    "csrfmiddlewaretoken": get_token,
    "submission": lambda request: str(uuid.uuid4()),
}
INPUT = re.compile(r'(name="(%s)" value=")[^"]*"' % "|".join(PER_VISITOR))
NONCE = re.compile(r'( nonce=")[^"]*"')
HOLE = re.compile("\x00(\\w+)\x00")  # NUL is never in a rendered page


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
    html = INPUT.sub(lambda match: f'{match[1]}\x00{match[2]}\x00"', html)
    return NONCE.sub(lambda match: f'{match[1]}\x00nonce\x00"', html)


def _filled(request, html: str) -> str:
    def value(match):
        return str(request.csp_nonce) if match[1] == "nonce" else PER_VISITOR[match[1]](request)

    return HOLE.sub(value, html)


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
            if isinstance(html, ContentKey):
                html = cache.get(html.key)
            if html is not None:
                if on_hit:
                    on_hit(request, *args, **kwargs)
                return HttpResponse(_filled(request, html))
            response = view(request, *args, **kwargs)
            if content_key := getattr(response, "content_key", None):
                cache.set(key, ContentKey(content_key))
            else:
                _keep(cache, key, response)
            return response

        return wrapped

    return decorator


@dataclass(frozen=True)
class ContentKey:
    """Kept under a version's key: the page is kept under this key, named by its content."""

    key: str


def same_content(request, content: str, render):
    """The page kept for `content` (a digest of everything the page shows), else `render()`'s.

    For a view under `shared_page`: the answer tells the decorator where the page is kept.
    """
    if not is_shared(request):
        return render()
    cache, key = caches["pages"], _key(request, f"content:{content}")
    html = cache.get(key)
    if html is not None:
        response = HttpResponse(_filled(request, html))
    else:
        response = render()
        if not _keep(cache, key, response):
            return response
    response.content_key = key
    return response


def _keep(cache, key, response) -> bool:
    if response.status_code == 200 and not response.streaming and response["Content-Type"].startswith("text/html"):
        cache.set(key, _with_holes(response.content.decode()))
        return True
    return False
