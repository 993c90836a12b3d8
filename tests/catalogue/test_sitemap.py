import xml.etree.ElementTree as ET

import pytest
from django.conf import settings
from django.utils import translation

from services.models import Listing
from tests.factories import make_association, make_listing

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


@pytest.fixture(autouse=True)
def finnish_after_each_test():
    yield
    translation.activate(settings.LANGUAGE_CODE)


def locations(response):
    root = ET.fromstring(response.content)
    return {element.text for element in root.findall("s:url/s:loc", NS)}


def test_sitemap_lists_the_public_pages_in_every_language(client, db):
    response = client.get("/sitemap.xml")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml"
    urls = locations(response)
    for path in ["/", "/yhdistykset/", "/saavutettavuusseloste/", "/tietosuojaseloste/"]:
        assert f"http://testserver{path}" in urls
        assert f"http://testserver/sv{path}" in urls
        assert f"http://testserver/en{path}" in urls


def test_sitemap_lists_published_listings_and_approved_associations(client, association, activity):
    event = make_listing(association, kind=Listing.Kind.EVENT, title="Syysjuhla")
    role = make_listing(association, kind=Listing.Kind.VOLUNTEER_ROLE, title="Ulkoiluystävä")

    urls = locations(client.get("/sitemap.xml"))

    assert f"http://testserver/toiminta/{activity.pk}/{activity.slug}/" in urls
    assert f"http://testserver/tapahtumat/{event.pk}/{event.slug}/" in urls
    assert f"http://testserver/vapaaehtoistehtavat/{role.pk}/{role.slug}/" in urls
    assert f"http://testserver/sv/tapahtumat/{event.pk}/{event.slug}/" in urls
    assert f"http://testserver/yhdistykset/{association.slug}/" in urls


def test_sitemap_never_lists_unpublished_listings_or_unapproved_associations(client, association):
    hidden = [
        make_listing(association, title=f"Piilossa {status}", status=status)
        for status in [Listing.Status.DRAFT, Listing.Status.PENDING, Listing.Status.RETURNED, Listing.Status.ARCHIVED]
    ]
    unapproved = make_association("Odottava yhdistys", approved=False)
    hidden.append(make_listing(unapproved, title="Odottavan yhdistyksen kerho"))

    content = client.get("/sitemap.xml").content.decode()

    for listing in hidden:
        assert f"/{listing.pk}/" not in content
    assert unapproved.slug not in content


def test_sitemap_gives_language_alternates(client, activity):
    path = f"/toiminta/{activity.pk}/{activity.slug}/"

    root = ET.fromstring(client.get("/sitemap.xml").content)

    [entry] = [url for url in root.findall("s:url", NS) if url.find("s:loc", NS).text == f"http://testserver{path}"]
    alternates = {link.get("hreflang"): link.get("href") for link in entry.findall("xhtml:link", NS)}
    assert alternates == {
        "fi": f"http://testserver{path}",
        "sv": f"http://testserver/sv{path}",
        "en": f"http://testserver/en{path}",
        "x-default": f"http://testserver{path}",
    }


def test_sitemap_query_count_is_constant(client, association, django_assert_max_num_queries):
    for number in range(10):
        make_listing(association, title=f"Kerho {number}")

    with django_assert_max_num_queries(2):
        client.get("/sitemap.xml")


def test_robots_txt_allows_all_but_admin_and_dashboard(client, db):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[:2] == ["User-agent: *", "Allow: /"]
    for prefix in ["/admin/", "/sv/admin/", "/en/admin/", "/omat/", "/sv/omat/", "/en/omat/"]:
        assert f"Disallow: {prefix}" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
