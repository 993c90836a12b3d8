"""The accessibility statement and the privacy notice: reachable in every language, with the
contents the law asks for."""

import pytest
from django.urls import reverse
from django.utils import translation

ACCESSIBILITY = "/saavutettavuusseloste/"
PRIVACY = "/tietosuojaseloste/"


@pytest.mark.parametrize("prefix", ["", "/sv", "/en"])
@pytest.mark.parametrize("path", [ACCESSIBILITY, PRIVACY])
def test_page_answers_in_every_language(client, db, prefix, path):
    response = client.get(prefix + path)
    assert response.status_code == 200


def test_urls_are_finnish_and_prefixed_for_other_languages():
    with translation.override("fi"):
        assert reverse("pages:accessibility") == ACCESSIBILITY
        assert reverse("pages:privacy") == PRIVACY
    with translation.override("sv"):
        assert reverse("pages:accessibility") == "/sv" + ACCESSIBILITY
    with translation.override("en"):
        assert reverse("pages:privacy") == "/en" + PRIVACY


def test_pages_refuse_post(client, db):
    assert client.post(ACCESSIBILITY).status_code == 405


def test_accessibility_statement_states_scope_and_compliance(client, db):
    content = client.get(ACCESSIBILITY).content.decode()
    assert "<h1>Saavutettavuusseloste</h1>" in content
    assert "WCAG 2.1" in content
    assert "täyttää kriittiset" in content
    assert "ylläpidon käyttöliittymää" in content
    assert 'datetime="2026-11"' in content
    assert "axe-core" in content


def test_accessibility_statement_gives_feedback_channel_and_authority(client, db):
    content = client.get(ACCESSIBILITY).content.decode()
    assert 'href="mailto:saavutettavuus@hyvinvointitarjotin.fi"' in content
    assert "14 päivän" in content
    assert "Lupa- ja valvontavirasto" in content
    assert 'href="https://www.saavutettavuusvaatimukset.fi"' in content


def test_privacy_notice_names_controller_rights_and_authority(client, db):
    content = client.get(PRIVACY).content.decode()
    assert "<h1>Tietosuojaseloste</h1>" in content
    assert 'href="mailto:yllapito@hyvinvointitarjotin.fi"' in content
    assert "Tietosuojavaltuutetun toimisto" in content
    assert 'href="https://tietosuoja.fi"' in content
    assert "ulkopuolelle" in content  # no transfers outside the EU/EEA


def test_privacy_notice_lists_every_cookie_the_site_sets(client, db):
    content = client.get(PRIVACY).content.decode()
    for cookie in ("sessionid", "csrftoken", "django_language", "messages"):
        assert f"<code>{cookie}</code>" in content


def test_privacy_notice_table_of_contents_targets_exist(client, db):
    content = client.get(PRIVACY).content.decode()
    for anchor in ("rekisterinpitaja", "tiedot", "vastaanottajat", "evasteet", "suojaus", "oikeudet", "valitus"):
        assert f'href="#{anchor}"' in content
        assert f'id="{anchor}"' in content
