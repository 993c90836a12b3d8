"""Ranking: the title and term names weigh more than the description, whole base forms more than prefixes."""

import pytest

from services import search
from tests.factories import make_association, make_listing
from vocabularies.models import Theme

pytestmark = pytest.mark.django_db


@pytest.fixture
def association():
    return make_association("Esimerkkiyhdistys")


def test_a_title_match_ranks_above_a_description_match(association):
    in_description = make_listing(association, title="Iltapäiväkerho", summary="Kerhossa myös tanssitaan.", description="Tanssi on kivaa.")
    in_title = make_listing(association, title="Tanssi-ilta", summary="Lavalla soi.")

    assert search.matching_ids("tanssi") == [in_title.pk, in_description.pk]


def test_a_term_name_ranks_above_a_description_match(association):
    in_description = make_listing(association, title="Iltapäiväkerho", summary="Puhumme myös yksinäisyydestä.")
    with_term = make_listing(association, title="Iltapäiväkerho", summary="Juttelemme.")
    with_term.themes.set([Theme.objects.get(slug="yksinaisyys")])
    search.reindex([with_term])

    assert search.matching_ids("yksinäisyys") == [with_term.pk, in_description.pk]
    assert search.matching_ids("ensamhet") == [with_term.pk]


def test_a_whole_base_form_ranks_above_a_prefix_of_an_unknown_word(association):
    # Voikko does not know "kahvilaxz", so it is found only by the typed word's prefix.
    prefix = make_listing(association, title="Kahvilaxz", summary="Juttelemme.")
    exact = make_listing(association, title="Kahvila", summary="Juttelemme.")

    assert search.matching_ids("kahvila") == [exact.pk, prefix.pk]
