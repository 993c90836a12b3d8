"""What Voikko tells search about a word."""

from services import morphology, search


def test_an_inflected_compound_gives_its_base_form_parts_and_runs_of_parts():
    analysis = morphology.analyse("vertaistukiryhmille")

    assert analysis.base_forms == {"vertaistukiryhmä"}
    assert {"vertais", "tuki", "ryhmä", "vertaistuki", "tukiryhmä"} <= analysis.parts


def test_a_derivation_suffix_stays_with_its_part():
    analysis = morphology.analyse("tukihenkilötoiminnassa")

    assert {"tuki", "henkilö", "toiminta", "henkilötoiminta"} <= analysis.parts
    assert "n" not in analysis.parts and "ta" not in analysis.parts


def test_derivations_of_one_verb_share_a_root():
    assert morphology.analyse("harrastus").derived_from <= morphology.analyse("harrastekerhossa").roots


def test_a_place_name_is_not_split_into_parts():
    analysis = morphology.analyse("nurmijärvellä")

    assert analysis.base_forms == {"nurmijärvi"}
    assert analysis.parts == frozenset()


def test_words_voikko_does_not_know_keep_snowball_stems_and_tails():
    assert morphology.analyse("kamratstöd") is None
    exact, stems = search.tokens_for_word("kamratstöd")
    assert exact == ()
    assert {"kamratstöd", "zqstöd"} <= set(stems)


def test_a_misspelt_word_gets_corrections_and_a_correct_one_none():
    assert "keskusteluryhmä" in morphology.spelling_suggestions("kesksteluryhmä")
    assert morphology.spelling_suggestions("keskusteluryhmä") == ()
