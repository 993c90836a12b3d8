"""Other sites show our searches: the /upotus/ widget in a frame, and Atom feeds."""

import xml.etree.ElementTree as ET

ATOM = "{http://www.w3.org/2005/Atom}"


def test_the_widget_shows_the_search_and_may_be_framed_by_any_site(client, world):
    response = client.get("/upotus/", {"kind": "event"})
    assert response.status_code == 200
    assert "Tanssi-ilta" in response.content.decode() and "Vauvakahvila" not in response.content.decode()
    assert "frame-ancestors *" in response["Content-Security-Policy"]
    assert "X-Frame-Options" not in response


def test_other_pages_still_refuse_frames(client, world):
    response = client.get("/", {"kind": "event"})
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in client.get("/upotus/koodi/")["Content-Security-Policy"]


def test_the_widget_links_to_the_full_search(client, world):
    content = client.get("/upotus/", {"municipality": "forssa"}).content.decode()
    assert 'href="http://testserver/?municipality=forssa"' in content


def test_the_embed_code_page_gives_the_snippet_for_the_search(client, world):
    content = client.get("/upotus/koodi/", {"municipality": "forssa"}).content.decode()
    assert 'data-tarjotin-search="municipality=forssa"' in content
    assert "/static/js/embed.js" in content
    assert "http://testserver/upotus/?municipality=forssa" in content


def test_the_widget_speaks_swedish_under_sv(client, world):
    response = client.get("/sv/upotus/")
    assert '<html lang="sv">' in response.content.decode()


def test_a_search_feed_is_atom_with_the_results(client, world):
    response = client.get("/syote.atom", {"target_group": "ikaihmiset"})
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    titles = {entry.find(f"{ATOM}title").text for entry in feed.iter(f"{ATOM}entry")}
    assert titles == {"Vertaistukiryhmä ikäihmisille", "Tanssi-ilta"}


def test_an_association_feed_lists_its_public_listings(client, world, association):
    response = client.get(f"/yhdistykset/{association.slug}/syote.atom")
    feed = ET.fromstring(response.content)
    titles = {entry.find(f"{ATOM}title").text for entry in feed.iter(f"{ATOM}entry")}
    assert titles == {"Vertaistukiryhmä ikäihmisille", "Vauvakahvila", "Tanssi-ilta", "Ystävä ikäihmiselle"}


def test_feed_of_an_unknown_association_is_404(client, db):
    assert client.get("/yhdistykset/ei-ole/syote.atom").status_code == 404


def test_a_bad_search_still_gives_a_feed(client, world):
    assert client.get("/syote.atom", {"municipality": "atlantis", "date_from": "huomenna"}).status_code == 200
