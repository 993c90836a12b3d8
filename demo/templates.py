"""The shape of a listing template: texts with placeholders plus the vocabularies that fit them.

Placeholders in titles and texts: {gen} genitive of the locality (Klaukkalan), {loc} its
locative (Klaukkalassa), {town} its name, {sv} and {en} the municipality's Swedish and English
names, {assoc} the association's name.
"""

from dataclasses import dataclass

ACTIVITY, EVENT, ROLE = "activity", "event", "role"
FI, SV, EN, SELKO = "fi", "sv", "en", "selko"


@dataclass(frozen=True)
class Template:
    kind: str
    titles: tuple[str, ...]
    summaries: tuple[str, ...]
    details: tuple[str, ...]  # paragraphs of the description; one or two are used
    target_groups: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    life_situations: tuple[str, ...] = ()  # a non-empty subset is used
    activity_types: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()  # two to four are used
    when: str = "day"  # a slot in demo.schedules
    prices: tuple[str, ...] = ()
    paid: float = 0.0  # share of listings that cost something
    registration: float = 0.0  # share that need registration
    capacity: tuple[int, int] = (12, 30)
    online: float = 0.0  # share held online only
    months: tuple[int, ...] = ()  # events: the months they are held in
    time_commitment: tuple[str, ...] = ()  # volunteer roles
    training: tuple[str, ...] = ()
    requirements: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()  # languages offered besides the text's own, e.g. interpretation
    language: str = FI
    types: tuple[str, ...] = ()  # other languages: association types that use the template


def _t(kind, titles, summaries, details, **kwargs):
    def tup(value):
        return (value,) if isinstance(value, str) else tuple(value)

    for key in ("target_groups", "themes", "life_situations", "activity_types", "tags", "prices",
                "time_commitment", "training", "requirements", "types", "languages"):
        if key in kwargs:
            kwargs[key] = tup(kwargs[key])
    return Template(kind, tup(titles), tup(summaries), tup(details), **kwargs)


def activity(titles, summaries, details, **kwargs) -> Template:
    return _t(ACTIVITY, titles, summaries, details, **kwargs)


def event(titles, summaries, details, **kwargs) -> Template:
    kwargs.setdefault("when", "evening")
    return _t(EVENT, titles, summaries, details, **kwargs)


def role(titles, summaries, details, **kwargs) -> Template:
    kwargs.setdefault("when", "flexible")
    return _t(ROLE, titles, summaries, details, **kwargs)


def seasonal(factory, titles_by_months: dict, summaries, details, **kwargs) -> list[Template]:
    """One template per season, so that a "Joulujuhla" is always held in December."""
    return [factory(titles, summaries, details, months=months, **kwargs) for months, titles in titles_by_months.items()]
