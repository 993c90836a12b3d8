"""What a word is, for search: Voikko's Finnish morphology, Snowball stems for everything else.

Voikko (libvoikko with the voikko-fi dictionary, GPL-2+) knows Finnish inflection, compounds
and derivations: `vertaistukiryhmille` is the base form `vertaistukiryhmä`, made of `vertais`,
`tuki` and `ryhmä`. A word it knows can be matched exactly by its base forms, which is far more
precise than stems (`kahvila` no longer finds every `kahvi*`). Words it does not know (Swedish,
English, names, half-typed words) keep the Snowball stems and prefixes used before.

Without the library (a machine without the Debian packages) every word is unknown: search runs on
the Snowball rules alone, and says so once in the log.
"""

import logging
import re
import threading
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

log = logging.getLogger(__name__)

# Voikko and Snowball handles keep state between calls, so each thread gets its own.
_local = threading.local()
_STEMMER_NAMES = {"fi": "finnish", "sv": "swedish", "en": "english"}
_warned = threading.Event()

# One segment of Voikko's WORDBASES: "+toimi(toimia)", "+n", "+ta(+ta)" (a suffix).
_SEGMENT = re.compile(r"\+([^+(]*)(?:\(([^)]*)\))?")


def _open_voikko():
    try:
        import libvoikko

        return libvoikko.Voikko("fi")
    # noqa: BLE001 - a missing binding raises ImportError, a missing library OSError, a missing
    # dictionary libvoikko.VoikkoException: each means the same, search without Voikko.
    except Exception as error:  # noqa: BLE001
        if not _warned.is_set():
            _warned.set()
            log.warning("Finnish morphology (Voikko) is not available, search uses Snowball stems only: %s", error)
        return None


def voikko():
    """This thread's Voikko handle, or None when the library or its dictionary is missing."""
    if not hasattr(_local, "voikko"):
        _local.voikko = _open_voikko()
    return _local.voikko


def available() -> bool:
    return voikko() is not None


def stem(word: str, language: str = "fi") -> str:
    stemmers = getattr(_local, "stemmers", None)
    if stemmers is None:
        stemmers = _local.stemmers = {code: snowballstemmer.stemmer(name) for code, name in _STEMMER_NAMES.items()}
    return stemmers[language].stemWord(word)


@dataclass(frozen=True)
class Analysis:
    """What Voikko knows of one word; every string lower case."""

    base_forms: frozenset[str]  # ikäihmisille -> {ikäihminen}
    parts: frozenset[str]  # compound parts and runs of adjacent parts: ikä, ihminen; vertaistuki, tukiryhmä
    roots: frozenset[str]  # Snowball stems of the parts' lexical bases: harrastekerho -> harrast, kerho
    # The root of a word that is not a compound, which a query matches against `roots`: harrastus
    # -> harrast finds harrastekerho. A compound's parts' roots would find far too much.
    derived_from: frozenset[str]


@lru_cache(maxsize=200_000)
def analyse(word: str) -> Analysis | None:
    """The analysis of one lower-case word, None when Voikko does not know it (cached: slow)."""
    handle = voikko()
    if handle is None or not word.isalpha():
        return None
    analyses = handle.analyze(word)
    if not analyses:
        return None
    # A name is a name: Nurmijärvi is not about lakes (järvi), Järvenpää not about heads.
    names = [a for a in analyses if a.get("STRUCTURE", "").startswith("=i")]
    if names:
        return Analysis(frozenset((a.get("BASEFORM") or word).lower() for a in names), frozenset(), frozenset(), frozenset())
    base_forms, parts, roots, derived_from = set(), set(), set(), set()
    for analysis in analyses:
        base = (analysis.get("BASEFORM") or word).lower()
        base_forms.add(base)
        pieces = _pieces(analysis.get("WORDBASES", ""))
        if "".join(text for text, _lexical in pieces) != base:
            roots.add(stem(base))
            derived_from.add(stem(base))
            continue  # a structure that does not spell the base form: trust the base form only
        texts = [text for text, _lexical in pieces]
        for start in range(len(texts)):
            for end in range(start + 1, len(texts) + 1):
                parts.add("".join(texts[start:end]))
        roots.update(stem(lexical) for _text, lexical in pieces)
        if len(pieces) == 1:
            derived_from.add(stem(pieces[0][1]))
    return Analysis(frozenset(base_forms), frozenset(parts - base_forms), frozenset(roots), frozenset(derived_from))


def _pieces(wordbases: str) -> list[tuple[str, str]]:
    """The compound parts of a base form as (text, lexical base): derivation suffixes join their part.

    "+tuki(tuki)+henkilö(henkilö)+toimi(toimia)+n+ta(+ta)" -> tuki, henkilö, (toiminta, toimia).
    """
    segments = _SEGMENT.findall(wordbases.lower())
    pieces: list[list[str]] = []
    for at, (text, lexical) in enumerate(segments):
        following = segments[at + 1][1] if at + 1 < len(segments) else ""
        is_suffix = lexical.startswith("+") or (not lexical and following.startswith("+"))
        if is_suffix and pieces:
            pieces[-1][0] += text
        elif text:
            pieces.append([text, (lexical or text).replace("=", "")])
    return [(text, lexical) for text, lexical in pieces]


@lru_cache(maxsize=5_000)
def spelling_suggestions(word: str) -> tuple[str, ...]:
    """Voikko's corrections of a Finnish word it does not know; none for a word it knows."""
    handle = voikko()
    if handle is None or not word.isalpha() or handle.spell(word):
        return ()
    return tuple(s.lower() for s in handle.suggest(word)[:5])
