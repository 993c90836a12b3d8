import datetime
import json
import re

import pytest
from django.conf import settings
from django.utils import timezone, translation

from catalogue import index as catalogue_index
from services.models import Listing
from tests.factories import make_association, make_listing
from vocabularies.models import Language

TUESDAY_EVENING = datetime.datetime(2031, 3, 4, 18, 0)  # a Tuesday, well in the future


def make_event(association, starts_at, **fields):
    """A published event of one hour from starts_at."""
    ends_at = starts_at + datetime.timedelta(hours=1)
    return make_listing(association, kind=Listing.Kind.EVENT, starts_at=starts_at, ends_at=ends_at, **fields)


@pytest.fixture(autouse=True)
def finnish_after_each_test():
    # A request to /sv/ or /en/ leaves that language active in the test thread, and
    # get_absolute_url() in the next test would then give a Swedish or English path.
    yield
    translation.activate(settings.LANGUAGE_CODE)


def jsonld_of(response):
    match = re.search(r'<script type="application/ld\+json" nonce="[^"]*">(.*?)</script>', response.text, re.S)
    assert match, "no JSON-LD script on the page"
    return json.loads(match.group(1))


@pytest.fixture
def event(association, place):
    start = timezone.make_aware(TUESDAY_EVENING)
    listing = make_listing(
        association,
        kind=Listing.Kind.EVENT,
        title="Muistikahvila",
        summary="Tietoa muistin hoidosta ja kahvia.",
        place=place,
        starts_at=start,
        ends_at=start + datetime.timedelta(hours=2),
        is_free=False,
        price="5 € / kerta",
        registration_required=True,
        registration_info="Ilmoittaudu Ainolle viimeistään maanantaina.",
        capacity=20,
        contact_name="Aino Virtanen",
        contact_email="aino@example.fi",
        contact_phone="040 123 4567",
    )
    listing.languages.set(Language.objects.filter(slug__in=["suomi", "svenska"]))
    return listing


@pytest.fixture
def role(association):
    return make_listing(
        association,
        kind=Listing.Kind.VOLUNTEER_ROLE,
        title="Ulkoiluystävä",
        summary="Lähde ikäihmisen kanssa kävelylle.",
        time_commitment="2 tuntia viikossa",
        training_offered="Kolmen illan perehdytys",
    )


def test_activity_page_shows_what_a_resident_needs(client, activity):
    activity.weekdays = [1]
    activity.contact_phone = "040 765 4321"
    activity.save()

    response = client.get(activity.get_absolute_url())

    assert response.status_code == 200
    page = response.text
    assert "<h1>Kohtaamispaikka ikäihmisille</h1>" in page
    assert "Tiistaisin klo 13–15" in page
    assert "tiistai" in page
    assert "Kirjaston kerhohuone" in page and "Keskustie 2" in page and "01900 Nurmijärvi" in page
    assert "Paikka on esteetön." in page
    assert "Maksuton" in page
    assert 'href="tel:0407654321"' in page
    assert "Nurmijärven Eläkkeensaajat" in page
    assert jsonld_of(response)["@type"] == "Service"


def test_activity_url_is_under_toiminta(activity):
    assert activity.get_absolute_url() == f"/toiminta/{activity.pk}/{activity.slug}/"


def test_event_page_shows_time_in_finnish_format(client, event):
    response = client.get(event.get_absolute_url())

    assert response.status_code == 200
    page = response.text
    assert event.get_absolute_url().startswith("/tapahtumat/")
    assert "ti 4.3.2031 klo 18.00–20.00" in page
    assert "5 € / kerta" in page
    assert "Ilmoittaudu Ainolle viimeistään maanantaina." in page
    assert 'href="mailto:aino@example.fi"' in page
    assert 'href="tel:0401234567"' in page
    assert f'href="/tapahtumat/{event.pk}/kalenteri.ics"' in page
    assert "Lisää kalenteriin (.ics)" in page


def test_event_page_has_event_json_ld(client, event):
    response = client.get(event.get_absolute_url())

    data = jsonld_of(response)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Event"
    assert data["startDate"] == "2031-03-04T18:00:00+02:00"
    assert data["endDate"] == "2031-03-04T20:00:00+02:00"
    assert data["location"]["address"]["postalCode"] == "01900"
    assert data["organizer"] == {
        "@type": "Organization",
        "name": "Nurmijärven Eläkkeensaajat",
        "url": "http://testserver/yhdistykset/nurmijarven-elakkeensaajat/",
    }
    assert data["isAccessibleForFree"] is False
    assert data["inLanguage"] == ["fi", "sv"]
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["url"] == f"http://testserver{event.get_absolute_url()}"


def test_role_page_shows_time_commitment_and_training(client, role):
    response = client.get(role.get_absolute_url())

    assert response.status_code == 200
    assert role.get_absolute_url().startswith("/vapaaehtoistehtavat/")
    assert "2 tuntia viikossa" in response.text
    assert "Kolmen illan perehdytys" in response.text
    data = jsonld_of(response)
    assert data["@type"] == "JobPosting"
    assert data["employmentType"] == "VOLUNTEER"


def test_page_has_open_graph_and_canonical_url(client, activity):
    response = client.get(activity.get_absolute_url())

    url = f"http://testserver{activity.get_absolute_url()}"
    assert f'<link rel="canonical" href="{url}">' in response.text
    assert f'<meta property="og:url" content="{url}">' in response.text
    assert '<meta property="og:title" content="Kohtaamispaikka ikäihmisille">' in response.text
    assert '<meta property="og:locale" content="fi_FI">' in response.text
    assert f'value="{url}" readonly' in response.text


def test_swedish_page_has_swedish_locale_and_url(client, activity):
    response = client.get(f"/sv/toiminta/{activity.pk}/{activity.slug}/")

    assert response.status_code == 200
    assert '<meta property="og:locale" content="sv_FI">' in response.text
    assert f'href="http://testserver/sv/toiminta/{activity.pk}/{activity.slug}/"' in response.text


def test_user_text_is_escaped_everywhere(client, association):
    listing = make_listing(
        association,
        title="</script><script>alert(1)</script>",
        description="<b>lihavoitu</b>\n\nToinen kappale",
    )

    response = client.get(listing.get_absolute_url())

    assert "<script>alert(1)</script>" not in response.text
    assert "&lt;b&gt;lihavoitu&lt;/b&gt;" in response.text
    assert "<p>Toinen kappale</p>" in response.text
    assert jsonld_of(response)["name"] == "</script><script>alert(1)</script>"


def test_stale_listing_shows_its_age_and_a_warning(client, association, settings):
    settings.FRESHNESS_MONTHS = 12
    # Stale but within the grace period: still public, with a warning.
    listing = make_listing(association, last_confirmed_on=timezone.localdate() - datetime.timedelta(days=380))

    response = client.get(listing.get_absolute_url())

    assert "Tiedot vahvistettu" in response.text
    assert "1\xa0vuosi sitten" in response.text  # timesince keeps the number and unit together
    assert "Yhdistys ei ole vahvistanut tietoja yli 12 kuukauteen." in response.text


def test_fresh_listing_has_no_warning(client, activity):
    response = client.get(activity.get_absolute_url())

    assert "tänään" in response.text
    assert "ei ole vahvistanut" not in response.text


def test_page_lists_the_associations_other_public_listings(client, association, activity):
    other = make_listing(association, title="Lukupiiri")
    make_listing(association, title="Luonnos", status=Listing.Status.DRAFT)
    past = timezone.now() - datetime.timedelta(days=10)
    make_event(association, past, title="Mennyt juhla")

    response = client.get(activity.get_absolute_url())

    assert list(response.context["other_listings"]) == [other]
    assert "Lukupiiri" in response.text
    assert "Mennyt juhla" not in response.text


def test_past_event_page_says_it_has_ended(client, association):
    past = timezone.now() - datetime.timedelta(days=10)
    listing = make_event(association, past)

    response = client.get(listing.get_absolute_url())

    assert response.status_code == 200
    assert "Tämä tapahtuma on jo päättynyt." in response.text
    assert "Lisää kalenteriin" not in response.text


def test_an_ended_event_edited_afterwards_shows_the_edit(client, association):
    listing = make_event(association, timezone.now() - datetime.timedelta(days=10))
    catalogue_index.holder.get()
    client.get(listing.get_absolute_url())

    listing.description = "Kiitos kaikille mukana olleille!"
    listing.save()

    assert "Kiitos kaikille mukana olleille!" in client.get(listing.get_absolute_url()).text


@pytest.mark.parametrize(
    "status", [Listing.Status.DRAFT, Listing.Status.PENDING, Listing.Status.RETURNED, Listing.Status.ARCHIVED]
)
def test_unpublished_listing_is_not_found(client, association, status):
    listing = make_listing(association, status=status)

    response = client.get(listing.get_absolute_url())

    assert response.status_code == 404


def test_listing_of_unapproved_association_is_not_found(client, db):
    association = make_association("Hyväksymätön yhdistys", approved=False)
    listing = make_listing(association)

    response = client.get(listing.get_absolute_url())

    assert response.status_code == 404


def test_unknown_listing_is_not_found(client, db):
    response = client.get("/toiminta/999999/ei-ole/")

    assert response.status_code == 404


def test_wrong_slug_redirects_permanently_to_canonical_url(client, activity):
    response = client.get(f"/toiminta/{activity.pk}/vanha-otsikko/")

    assert response.status_code == 301
    assert response["Location"] == activity.get_absolute_url()


def test_wrong_kind_segment_redirects_permanently_to_canonical_url(client, event):
    response = client.get(f"/toiminta/{event.pk}/{event.slug}/")

    assert response.status_code == 301
    assert response["Location"] == f"/tapahtumat/{event.pk}/{event.slug}/"


def test_redirect_keeps_the_language(client, activity):
    response = client.get(f"/en/tapahtumat/{activity.pk}/{activity.slug}/")

    assert response.status_code == 301
    assert response["Location"] == f"/en/toiminta/{activity.pk}/{activity.slug}/"


def test_detail_page_query_count_is_constant(client, association, event, django_assert_max_num_queries):
    for number in range(5):
        listing = make_listing(association, title=f"Kerho {number}")
        listing.tags.add(f"tagi{number}")
    event.tags.add("muisti", "kahvi")

    catalogue_index.holder.get()  # built at start-up, before a worker takes requests

    # The page, the event's dates and sign-up form, and the state that tells whether a kept
    # copy of the page still holds (events/page.py): a constant number whatever the tags.
    with django_assert_max_num_queries(15):
        response = client.get(event.get_absolute_url())

    assert response.status_code == 200


def test_a_second_visitor_gets_the_parts_rendered_for_the_first(client, association, activity, django_assert_max_num_queries):
    activity.tags.add("kahvi")
    make_listing(association, title="Toinen kerho")
    catalogue_index.holder.get()
    first = client.get(activity.get_absolute_url()).content.decode()

    # The listing itself, and the catalogue's revision once a second: no classifications, no others.
    with django_assert_max_num_queries(2):
        second = client.get(activity.get_absolute_url()).content.decode()

    assert _without_tokens(second) == _without_tokens(first)
    assert "kahvi" in second and "Toinen kerho" in second


def test_a_changed_listing_is_rendered_afresh(client, association, activity):
    catalogue_index.holder.get()
    client.get(activity.get_absolute_url())

    activity.description = "Uusi kuvaus: tervetuloa myös lapset."
    activity.save()
    activity.tags.add("lapset")
    make_listing(association, title="Uusi kerho")

    page = client.get(activity.get_absolute_url()).content.decode()
    assert "Uusi kuvaus" in page and "lapset" in page and "Uusi kerho" in page


def _without_tokens(html):
    """A page without what differs per request: the CSRF token and the script nonce."""
    return re.sub(r'(name="csrfmiddlewaretoken" value|nonce)="[^"]*"', "", html)
