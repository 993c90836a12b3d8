"""The vocabularies start from the real classifications (shared/vocabularies/README.md)."""

from django.utils import translation

from vocabularies.models import Language, Municipality, Region, TargetGroup, Theme


def test_the_real_municipalities_of_both_wellbeing_areas_are_seeded(db):
    codes = dict(Municipality.objects.values_list("name_fi", "code"))
    assert codes == {
        "Hyvinkää": "106", "Järvenpää": "186", "Mäntsälä": "505", "Nurmijärvi": "543", "Pornainen": "611",
        "Tuusula": "858", "Forssa": "061", "Humppila": "103", "Jokioinen": "169", "Tammela": "834", "Ypäjä": "981",
    }
    assert Region.objects.count() == 2
    assert Municipality.objects.get(code="611").name_sv == "Borgnäs"


def test_target_groups_carry_their_ptv_and_yso_codes(db):
    assert TargetGroup.objects.get(slug="ikaihmiset").code == "KR1.1"
    assert TargetGroup.objects.get(slug="maahanmuuttajat").code == "yso:p6165"
    assert Theme.objects.count() == 16


def test_a_term_is_named_in_the_active_language(db):
    term = Language.objects.get(slug="selkosuomi")
    with translation.override("sv"):
        assert term.name == "lättläst finska"
    with translation.override("en"):
        assert term.name == "Plain Finnish"
    assert str(Municipality.objects.get(code="106")) in ("Hyvinkää",)
