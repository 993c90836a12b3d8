"""The layout every page shares (templates/base.html) and the error pages."""

import re
from html.parser import HTMLParser

import pytest
from django.core.exceptions import PermissionDenied
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation
from django.views.defaults import permission_denied, server_error

PAGE = "/saavutettavuusseloste/"


class Elements(HTMLParser):
    """Collects (tag, attributes) of every start tag, in document order."""

    def __init__(self, html):
        super().__init__()
        self.elements = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    def find(self, tag, **attrs):
        return [a for t, a in self.elements if t == tag and all(a.get(k) == v for k, v in attrs.items())]


def is_focusable(tag, attrs):
    if "tabindex" in attrs:
        return attrs["tabindex"] != "-1"
    if tag == "a":
        return "href" in attrs
    if tag == "input":
        return attrs.get("type") != "hidden"
    return tag in ("button", "select", "textarea", "summary")


def elements(response):
    return Elements(response.content.decode())


@pytest.mark.parametrize("path, language", [(PAGE, "fi"), ("/sv" + PAGE, "sv"), ("/en" + PAGE, "en")])
def test_html_lang_is_the_page_language(client, db, path, language):
    assert elements(client.get(path)).find("html")[0]["lang"] == language


def test_skip_link_is_the_first_focusable_element_and_targets_main(client, db):
    page = elements(client.get(PAGE))
    first_tag, first = next((tag, attrs) for tag, attrs in page.elements if is_focusable(tag, attrs))
    assert first_tag == "a"
    assert first["href"] == "#main"
    assert page.find("main", id="main", tabindex="-1")


def test_language_switcher_posts_current_path_to_set_language(client, db):
    page = elements(client.get(PAGE + "?kieli=testi"))
    form = page.find("form", **{"class": "language-switcher"})[0]
    assert form["action"] == reverse("set_language")
    assert form["method"] == "post"
    assert page.find("input", name="next")[0]["value"] == PAGE + "?kieli=testi"
    assert page.find("input", name="csrfmiddlewaretoken")
    buttons = page.find("button", name="language")
    assert [b["value"] for b in buttons] == ["fi", "sv", "en"]
    assert [b["lang"] for b in buttons] == ["fi", "sv", "en"]


@pytest.mark.parametrize("prefix, language", [("", "fi"), ("/sv", "sv"), ("/en", "en")])
def test_language_switcher_marks_only_the_current_language(client, db, prefix, language):
    buttons = elements(client.get(prefix + PAGE)).find("button", name="language")
    assert [b["value"] for b in buttons if b.get("aria-current") == "true"] == [language]


def test_choosing_swedish_redirects_to_the_swedish_page(client, db):
    response = client.post(reverse("set_language"), {"language": "sv", "next": PAGE})
    assert response.status_code == 302
    assert response["Location"] == "/sv" + PAGE
    assert response.cookies["django_language"].value == "sv"


def test_switcher_on_a_prefixed_page_sends_the_finnish_path(client, db):
    # set_language resolves `next` with Finnish active, so "/sv/…" would not resolve.
    page = elements(client.get("/sv" + PAGE + "?kieli=testi"))
    assert page.find("input", name="next")[0]["value"] == PAGE + "?kieli=testi"


@pytest.mark.parametrize("language, target", [("fi", PAGE), ("sv", "/sv" + PAGE), ("en", "/en" + PAGE)])
def test_every_language_can_be_chosen_from_a_swedish_page(client, db, language, target):
    next_path = elements(client.get("/sv" + PAGE)).find("input", name="next")[0]["value"]
    response = client.post(reverse("set_language"), {"language": language, "next": next_path})
    assert response["Location"] == target


@pytest.mark.parametrize("prefix, home", [("", "/"), ("/sv", "/sv/"), ("/en", "/en/")])
def test_site_name_links_to_the_front_page_in_the_same_language(client, db, prefix, home):
    page = elements(client.get(prefix + PAGE))
    assert page.find("a", **{"class": "brand-name"})[0]["href"] == home


def test_footer_links_to_statement_privacy_notice_and_admin(client, db):
    response = client.get("/sv" + PAGE)
    footer = response.content.decode().split('<footer class="site-footer">')[1]
    assert 'href="/sv/saavutettavuusseloste/"' in footer
    assert 'href="/sv/tietosuojaseloste/"' in footer
    assert 'href="/sv/admin/"' in footer


def test_layout_loads_static_stylesheets(client, db):
    page = elements(client.get(PAGE))
    assert page.find("link", rel="stylesheet", href="/static/css/site.css")
    assert page.find("link", rel="stylesheet", href="/static/css/print.css", media="print")
    assert page.find("link", rel="icon", href="/static/img/logo.svg")


@pytest.mark.parametrize("path", [PAGE, "/tietosuojaseloste/", "/ei-tallaista-sivua/"])
def test_pages_obey_the_content_security_policy(client, db, path):
    """style-src 'self' forbids inline styles; inline scripts need the response's nonce."""
    html = client.get(path).content.decode()
    assert not re.search(r"<[^>]+\sstyle=", html)
    assert "<style" not in html
    for script in re.findall(r"<script\b[^>]*>", html):
        assert "src=" in script or "nonce=" in script


def test_unknown_path_answers_404_in_the_layout(client, db):
    response = client.get("/ei-tallaista-sivua/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Sivua ei löytynyt" in html
    assert 'class="skip-link" href="#main"' in html
    assert 'href="/saavutettavuusseloste/"' in html


def test_unknown_swedish_path_answers_404_in_swedish(client, db):
    response = client.get("/sv/finns-inte/")
    assert response.status_code == 404
    assert elements(response).find("html")[0]["lang"] == "sv"


def test_server_error_page_needs_no_request_context(db):
    # Django renders 500.html with an empty Context: no request, user, messages or nonce.
    with translation.override("fi"):
        response = server_error(RequestFactory().get(PAGE))
    assert response.status_code == 500
    html = response.content.decode()
    assert '<html lang="fi">' in html
    assert 'class="skip-link" href="#main"' in html
    assert 'href="/saavutettavuusseloste/"' in html
    assert "/static/css/site.css" in html


def test_permission_denied_page_uses_the_layout(db):
    response = permission_denied(RequestFactory().get(PAGE), PermissionDenied("salainen syy"))
    assert response.status_code == 403
    html = response.content.decode()
    assert "Ei käyttöoikeutta" in html
    assert 'class="skip-link" href="#main"' in html
    assert "salainen syy" not in html
