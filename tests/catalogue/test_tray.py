"""The counsellor's tray: read from the address, printed as a handout, mailed once, stored nowhere."""

import pytest
from django.core import mail

from catalogue import tray_views
from catalogue.tray import MAX_ITEMS, parse_ids
from services.models import Listing
from tests.factories import make_listing


@pytest.fixture
def three(association, place):
    place.directions = "Bussi 641, pysäkki Kirkonkylä."
    place.save()
    return [
        make_listing(association, title="Muistikahvila", place=place, contact_phone="040 123 4567"),
        make_listing(association, title="Lukupiiri", place=place, is_free=False, price="2 €"),
        make_listing(association, title="Kävelyryhmä", registration_required=True, registration_info="Soita Ainolle."),
    ]


def ids_of(listings):
    return ",".join(str(listing.pk) for listing in listings)


def test_parse_ids_keeps_order_drops_junk_and_repeats():
    assert parse_ids("7,3,x,7,-1,,12 5") == [7, 3, 12, 5]
    assert len(parse_ids(",".join(map(str, range(1, 50))))) == MAX_ITEMS
    assert parse_ids("99999999999999999999") == []


def test_tray_page_lists_listings_in_the_order_of_the_address(client, three):
    response = client.get("/tarjotin/", {"ids": ids_of(reversed(three))})
    assert response.status_code == 200
    html = response.content.decode()
    assert html.index("Kävelyryhmä") < html.index("Lukupiiri") < html.index("Muistikahvila")


def test_tray_page_offers_moving_and_removing_as_links(client, three):
    a, b, c = three
    html = client.get("/tarjotin/", {"ids": ids_of(three)}).content.decode()
    assert f'href="?ids={b.pk}%2C{a.pk}%2C{c.pk}"' in html  # a down, or b up
    assert f'href="?ids={a.pk}%2C{c.pk}"' in html  # b removed


def test_tray_leaves_out_what_is_no_longer_public_and_says_so(client, three, association):
    draft = make_listing(association, title="Luonnos", status=Listing.Status.DRAFT)
    response = client.get("/tarjotin/", {"ids": f"{three[0].pk},{draft.pk}"})
    html = response.content.decode()
    assert "Muistikahvila" in html and "Luonnos" not in html
    assert "Yksi ilmoitus ei ole enää julkaistu" in html


def test_empty_tray_explains_how_to_fill_it(client, db):
    response = client.get("/tarjotin/", {"ids": "abc"})
    assert response.status_code == 200
    assert "Tarjotin on tyhjä." in response.content.decode()


def test_adding_without_javascript_appends_to_the_tray_in_the_address(client, three):
    response = client.get("/tarjotin/", {"ids": str(three[0].pk), "add": str(three[1].pk)})
    assert response.status_code == 302
    assert response.url == f"/tarjotin/?ids={three[0].pk}%2C{three[1].pk}"


def test_the_link_to_send_is_absolute_and_keeps_the_note(client, three):
    html = client.get("/tarjotin/", {"ids": ids_of(three[:1]), "note": "Soita maanantaina"}).content.decode()
    assert f'value="http://testserver/tarjotin/?ids={three[0].pk}&amp;note=Soita+maanantaina"' in html


def test_handout_has_addresses_directions_costs_contacts_and_a_qr_code_each(client, three):
    response = client.get("/tarjotin/tuloste/", {"ids": ids_of(three), "note": "Soita maanantaina"})
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('<svg aria-hidden="true" focusable="false"') == 3
    assert "Keskustie 2" in html and "01900 Nurmijärvi" in html
    assert "Bussi 641, pysäkki Kirkonkylä." in html
    assert "2 €" in html and "040 123 4567" in html and "Soita Ainolle." in html
    assert "Soita maanantaina" in html
    assert f"http://testserver{three[0].get_absolute_url()}" in html
    assert "<input" not in html.split('class="handout"')[1].split("</nav>")[1]


def test_handout_speaks_the_chosen_language(client, three):
    html = client.get("/tarjotin/tuloste/", {"ids": ids_of(three), "lang": "sv"}).content.decode()
    assert '<html lang="sv">' in html
    assert "Avgiftsfri" in html or "Gratis" in html
    assert f"http://testserver/sv{three[0].get_absolute_url()}" in html


def test_handout_ignores_an_unknown_language(client, three):
    response = client.get("/tarjotin/tuloste/", {"ids": ids_of(three), "lang": "xx"})
    assert response.status_code == 200


def test_email_goes_once_to_the_client_and_nothing_is_stored(client, three, django_assert_max_num_queries):
    data = {"ids": ids_of(three), "note": "Soita maanantaina", "email": "asiakas@example.fi", "language": "fi"}
    with django_assert_max_num_queries(3):  # the listings and their languages; no writes
        response = client.post("/tarjotin/laheta/", data)
    assert response.status_code == 302
    assert response.url == f"/tarjotin/?ids={ids_of(three).replace(',', '%2C')}&note=Soita+maanantaina"
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["asiakas@example.fi"]
    assert "Muistikahvila" in message.body and "Keskustie 2" in message.body and "Soita maanantaina" in message.body


def test_email_with_a_bad_address_keeps_what_was_typed_and_says_why(client, three):
    response = client.post("/tarjotin/laheta/", {"ids": ids_of(three), "email": "asiakas(at)example", "language": "fi"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Tarkista sähköpostiosoite" in html and 'value="asiakas(at)example"' in html
    assert mail.outbox == []


def test_email_of_an_empty_tray_is_refused(client, db):
    response = client.post("/tarjotin/laheta/", {"ids": "", "email": "asiakas@example.fi", "language": "fi"})
    assert response.status_code == 302
    assert mail.outbox == []


def test_email_is_limited_per_sender(client, three, monkeypatch):
    monkeypatch.setattr(tray_views, "MAILS_PER_HOUR", 1)
    data = {"ids": ids_of(three), "email": "asiakas@example.fi", "language": "fi"}
    client.post("/tarjotin/laheta/", data)
    response = client.post("/tarjotin/laheta/", data)
    assert response.status_code == 429
    assert len(mail.outbox) == 1


def test_email_page_does_not_answer_get(client, db):
    assert client.get("/tarjotin/laheta/").status_code == 405


def test_cards_and_detail_pages_carry_what_the_tray_needs(client, three):
    assert f'data-listing="{three[0].pk}"' in client.get("/").content.decode()
    detail = client.get(three[0].get_absolute_url()).content.decode()
    assert f'<input type="hidden" name="add" value="{three[0].pk}">' in detail
