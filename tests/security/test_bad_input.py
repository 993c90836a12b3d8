"""Hostile values in every parameter of every public address: a clear 4xx at worst, never a 5xx.

The addresses come from the URL conf (tests/security/urlconf.py); an address is public when an
anonymous visitor gets 200 from it. The parameters are every one the public views read.
"""

import pytest
from django.urls import reverse
from django.utils import translation

from catalogue.association_views import DirectorySearchForm
from catalogue.filters import catalogue_form_class
from services.models import Listing
from tests.factories import make_listing
from tests.security.urlconf import converters, named_patterns

HOSTILE = [
    "\x00",
    "a\x00b",
    "9" * 30,
    "-1",
    "-9" + "9" * 20,
    "1e309",
    "x" * 10_000,
    "ä€😀\u202e\ufeff",
    "9999-12-31",
    "0000-00-00",
    "2026-02-30",
    "../../etc/passwd",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    " ",
]
LANGUAGE_PREFIXED = {"catalogue:catalogue", "catalogue:catalogue-ics", "catalogue:association-list"}


def parameters() -> list[str]:
    names = {*catalogue_form_class().base_fields, *DirectorySearchForm.base_fields, "page", "page_size"}
    return sorted(names)


@pytest.fixture
def published(association):
    return {kind: make_listing(association, kind=kind, title=f"Julkinen {kind}") for kind in Listing.Kind.values}


def sample_url(name, pattern, association, published):
    """The address with arguments that lead to a real public object where there is one."""
    kind = {"catalogue:event-detail": "event", "catalogue:event-ics": "event", "catalogue:role-detail": "role"}.get(name, "activity")
    listing = published[kind]
    kwargs = {}
    for argument in converters(pattern):
        if converters(pattern)[argument] == "IntConverter":
            kwargs[argument] = listing.pk
        elif argument == "slug":
            kwargs[argument] = listing.slug if "pk" in converters(pattern) else association.slug
        else:
            kwargs[argument] = "tuntematon"
    return reverse(name, kwargs=kwargs)


def public_urls(client, association, published):
    urls = []
    for name, pattern in named_patterns().items():
        if name.startswith("admin:"):
            continue
        url = sample_url(name, pattern, association, published)
        if client.get(url).status_code == 200:
            urls.append(url)
            if name in LANGUAGE_PREFIXED:
                with translation.override("sv"):
                    urls.append(sample_url(name, pattern, association, published))
    return urls


def assert_no_server_error(client, url, query):
    response = client.get(url, query)
    assert response.status_code < 500, f"{url} {str(query)[:200]} answered {response.status_code}"
    return response


def test_public_addresses_were_found(client, association, published):
    urls = public_urls(client, association, published)
    assert reverse("catalogue:catalogue") in urls and reverse("api:listing-list") in urls and "/sv/" in urls


def test_hostile_value_in_any_parameter_of_any_public_address_is_no_server_error(client, association, published):
    for url in public_urls(client, association, published):
        for value in HOSTILE:
            assert_no_server_error(client, url, {name: value for name in parameters()})
            assert_no_server_error(client, url, {name: [value, "1"] for name in parameters()})  # arrays


@pytest.mark.parametrize("name", ["catalogue:catalogue", "catalogue:catalogue-ics", "api:listing-list", "api:association-list", "catalogue:association-list"])
def test_each_parameter_alone_with_each_hostile_value_is_no_server_error(client, association, published, name):
    for parameter in parameters():
        for value in HOSTILE:
            assert_no_server_error(client, reverse(name), {parameter: value})


@pytest.mark.parametrize("name", [n for n, p in named_patterns().items() if converters(p) and not n.startswith("admin:")])
def test_hostile_path_arguments_are_no_server_error(client, association, name):
    pattern = named_patterns()[name]
    for value in ["9" * 30, "0", "a" * 300]:
        kwargs = {argument: value if kind != "IntConverter" or value.isdigit() else "1" for argument, kind in converters(pattern).items()}
        try:
            url = reverse(name, kwargs=kwargs)
        except Exception:  # noqa: BLE001 - a value the pattern cannot take never reaches a view
            continue
        assert client.get(url).status_code < 500, url
