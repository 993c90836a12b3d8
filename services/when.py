"""Times in words, as people write them; the event page, the sign-up form and its mail share them."""

from django.utils import timezone
from django.utils.formats import date_format, time_format
from django.utils.translation import gettext as _


def when_text(starts_at, ends_at=None) -> str:
    """A time as people write it: "ti 3.3.2026 klo 18.00–20.00" (or "ti 3.3.2026 klo 18.00") in Finnish."""
    start = timezone.localtime(starts_at)
    day = f"{date_format(start, 'D')} {date_format(start, 'SHORT_DATE_FORMAT')}"
    if ends_at is None:
        return _("%(day)s klo %(start)s") % {"day": day, "start": time_format(start)}
    end = timezone.localtime(ends_at)
    if end.date() == start.date():
        return _("%(day)s klo %(start)s–%(end)s") % {"day": day, "start": time_format(start), "end": time_format(end)}
    end_day = f"{date_format(end, 'D')} {date_format(end, 'SHORT_DATE_FORMAT')}"
    return _("%(day)s klo %(start)s – %(end_day)s klo %(end)s") % {
        "day": day,
        "start": time_format(start),
        "end_day": end_day,
        "end": time_format(end),
    }
