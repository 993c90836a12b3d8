"""When things happen: weekly schedules of activities and the hours of events.

The structured fields (weekdays, times of day, start and end) and the schedule text are made
from the same numbers, so what the catalogue filters on always agrees with what the page says.
"""

import datetime
import random
from dataclasses import dataclass

from demo.templates import EN, SELKO, SV

H = 60  # minutes in an hour, to write times as 13 * H + 30

# Activity slots: weekdays to choose from, how many days a week, start times, lengths, patterns.
MOSTLY_WEEKLY = ("weekly", "weekly", "biweekly", "monthly")
ACTIVITY_SLOTS = {
    "morning": ((0, 1, 2, 3, 4), (1, 1, 1, 2), (9 * H, 9 * H + 30, 10 * H), (90, 120), MOSTLY_WEEKLY[:3]),
    "day": ((0, 1, 2, 3, 4), (1,), (12 * H, 13 * H, 13 * H, 14 * H), (90, 120), MOSTLY_WEEKLY),
    "evening": ((0, 1, 2, 3), (1,), (17 * H, 17 * H + 30, 18 * H, 18 * H + 30), (90, 120), MOSTLY_WEEKLY),
    "kids": ((0, 1, 2, 3), (1,), (17 * H, 17 * H + 30, 18 * H), (90,), ("weekly",)),
    "family": ((0, 1, 2, 3, 4), (1,), (9 * H + 30, 10 * H), (120, 150), ("weekly",)),
    "exercise": ((0, 1, 2, 3, 4), (1, 1, 2), (9 * H, 10 * H, 11 * H, 17 * H, 18 * H), (45, 60), ("weekly",)),
    "dropin": ((0, 1, 2, 3, 4), (3, 4), (9 * H, 10 * H, 11 * H), (180, 240, 300), ("range",)),
    "monthly": ((0, 1, 2, 3), (1,), (17 * H, 18 * H), (90, 120), ("monthly",)),
    "weekend": ((5, 6), (1,), (10 * H, 11 * H, 12 * H), (120, 180), ("weekly", "biweekly")),
    "flexible": ((), (0,), (0,), (0,), ("flexible",)),
}

# Event slots: weekdays, start times, lengths in minutes (long ones run over night).
EVENT_SLOTS = {
    "morning": ((0, 1, 2, 3, 4), (9 * H + 30, 10 * H), (90, 120)),
    "day": ((1, 2, 3), (10 * H, 12 * H, 13 * H), (120, 150, 180)),
    "evening": ((0, 1, 2, 3), (17 * H + 30, 18 * H, 18 * H + 30), (90, 120)),
    "weekend": ((5, 5, 6), (10 * H, 11 * H, 12 * H), (180, 240)),
    "party": ((4, 5, 5), (13 * H, 17 * H, 18 * H), (180, 240)),
    "trip": ((2, 5, 5), (8 * H, 9 * H), (480, 540, 600)),
    "camp": ((4,), (18 * H,), (44 * H,)),  # Friday 18 to Sunday 14
    "course": ((5, 1, 3), (9 * H, 17 * H), (180, 360)),
}

FI_PLURAL = (
    "maanantaisin", "tiistaisin", "keskiviikkoisin", "torstaisin", "perjantaisin", "lauantaisin", "sunnuntaisin",
)
FI_DAY = ("maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai")
FI_FROM = ("maanantaista", "tiistaista", "keskiviikosta", "torstaista", "perjantaista", "lauantaista", "sunnuntaista")
FI_TO = ("maanantaihin", "tiistaihin", "keskiviikkoon", "torstaihin", "perjantaihin", "lauantaihin", "sunnuntaihin")
SV_DAY = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
EN_DAY = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
EN_MONTH = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December")


@dataclass(frozen=True)
class Weekly:
    weekdays: tuple[int, ...]
    start: int  # minutes after midnight
    end: int
    pattern: str  # weekly, biweekly, monthly, range or flexible

    @property
    def times_of_day(self) -> list[int]:
        """Every part of the day the hours touch: morning < 12, afternoon < 17, evening."""
        if self.pattern == "flexible":
            return []
        parts = [(0, 0, 12 * H), (1, 12 * H, 17 * H), (2, 17 * H, 24 * H)]
        return [part for part, begin, finish in parts if self.start < finish and self.end > begin]


def weekly(rng: random.Random, slot: str) -> Weekly:
    days, counts, starts, lengths, patterns = ACTIVITY_SLOTS[slot]
    pattern = rng.choice(patterns)
    if pattern == "flexible":
        return Weekly((), 0, 0, pattern)
    start = rng.choice(starts)
    end = start + rng.choice(lengths)
    if pattern == "range":
        count = rng.choice(counts)
        first = rng.choice([d for d in days if d + count - 1 in days])
        return Weekly(tuple(range(first, first + count)), start, end, pattern)
    count = rng.choice(counts) if pattern == "weekly" else 1
    return Weekly(tuple(sorted(rng.sample(days, count))), start, end, pattern)


def clock(minutes: int, language: str) -> str:
    hours, mins = divmod(minutes, 60)
    if language == EN:
        return f"{hours}:{mins:02d}"
    return f"{hours}.{mins:02d}" if mins else str(hours)


def hours_text(start: int, end: int, language: str) -> str:
    span = f"{clock(start, language)}–{clock(end, language)}"
    return {SV: f"kl. {span}", EN: span, SELKO: f"kello {span}"}.get(language, f"klo {span}")


def schedule_text(w: Weekly, language: str, *, summer_break: bool) -> str:
    """The schedule in words, e.g. "Tiistaisin klo 13–15, ei kesä–heinäkuussa"."""
    if w.pattern == "flexible":
        return {
            SV: "Tid och plats enligt överenskommelse.",
            EN: "Times agreed together.",
            SELKO: "Sovitaan yhdessä, milloin tavataan.",
        }.get(language, "Ajankohdista sovitaan yhdessä.")
    hours = hours_text(w.start, w.end, language)
    first, last = w.weekdays[0], w.weekdays[-1]
    if language == SV:
        days = {
            "weekly": " och ".join(f"{SV_DAY[d]}ar" for d in w.weekdays),
            "biweekly": f"varannan {SV_DAY[first]}",
            "monthly": f"första {SV_DAY[first]}en i månaden",
            "range": f"{SV_DAY[first]}–{SV_DAY[last]}",
        }[w.pattern]
        text = f"{days} {hours}"
        suffix = ", uppehåll i juni–juli"
    elif language == EN:
        days = {
            "weekly": " and ".join(f"{EN_DAY[d]}s" for d in w.weekdays),
            "biweekly": f"every other {EN_DAY[first]}",
            "monthly": f"first {EN_DAY[first]} of the month",
            "range": f"{EN_DAY[first]} to {EN_DAY[last]}",
        }[w.pattern]
        text = f"{days}, {hours}"
        suffix = ", break in June–July"
    elif language == SELKO:
        days = {
            "weekly": "joka " + " ja ".join(FI_DAY[d] for d in w.weekdays),
            "biweekly": f"joka toinen {FI_DAY[first]}",
            "monthly": f"kerran kuussa {FI_DAY[first]}na",
            "range": f"{FI_FROM[first]} {FI_TO[last]}",
        }[w.pattern]
        text = f"{days} {hours}"
        suffix = ". Kesällä on tauko"
    else:
        days = {
            "weekly": " ja ".join(FI_PLURAL[d] for d in w.weekdays),
            "biweekly": f"joka toinen {FI_DAY[first]}",
            "monthly": f"kuukauden ensimmäinen {FI_DAY[first]}",
            "range": f"{FI_FROM[first]} {FI_TO[last]}",
        }[w.pattern]
        text = f"{days} {hours}"
        suffix = ", ei kesä–heinäkuussa"
    if summer_break:
        text += suffix
    return text[0].upper() + text[1:]


def event_times(rng: random.Random, slot: str, day: datetime.date, tz) -> tuple[datetime.datetime, datetime.datetime]:
    """Start and end of an event on (or just after) the given day, in local time."""
    days, starts, lengths = EVENT_SLOTS[slot]
    weekday = rng.choice(days)
    day += datetime.timedelta(days=(weekday - day.weekday()) % 7)
    start_minutes = rng.choice(starts)
    # A course on a weekday evening is shorter than one on a Saturday.
    length = rng.choice(lengths) if not (slot == "course" and start_minutes >= 17 * H) else 180
    start = datetime.datetime.combine(day, datetime.time(start_minutes // 60, start_minutes % 60), tzinfo=tz)
    end_naive = datetime.datetime.combine(day, datetime.time()) + datetime.timedelta(minutes=start_minutes + length)
    return start, end_naive.replace(tzinfo=tz)


def date_text(moment: datetime.datetime, language: str, *, weekday: bool = True) -> str:
    """E.g. "la 14.3.2026" in Finnish, "lö 14.3.2026" in Swedish, "Sat 14 March 2026" in English."""
    d = moment.date() if isinstance(moment, datetime.datetime) else moment
    if language == EN:
        prefix = f"{EN_DAY[d.weekday()][:3]} " if weekday else ""
        return f"{prefix}{d.day} {EN_MONTH[d.month - 1]} {d.year}"
    if language == SV:
        prefix = f"{SV_DAY[d.weekday()]} " if weekday else ""
        return f"{prefix}{d.day}.{d.month}.{d.year}"
    prefix = f"{FI_DAY[d.weekday()]} " if weekday else ""
    return f"{prefix}{d.day}.{d.month}.{d.year}"
