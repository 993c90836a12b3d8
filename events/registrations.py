"""The association's view of who signed up: per date, and as a CSV for Finnish Excel."""

from django.utils import timezone
from django.utils.translation import gettext as _

from events.models import Occurrence, Registration
from tarjotin.spreadsheet import cell, excel_csv, finnish_date


def dates_with_registrations(event) -> list[Occurrence]:
    """Every date of the event with its sign-ups (cancelled last) and the seats taken, in two queries."""
    dates = list(Occurrence.objects.filter(event=event).prefetch_related("registrations__by_counsellor"))
    for occurrence in dates:
        rows = list(occurrence.registrations.all())
        occurrence.confirmed = [r for r in rows if r.status == Registration.Status.CONFIRMED]
        occurrence.waiting = sorted((r for r in rows if r.status == Registration.Status.WAITING), key=lambda r: r.position)
        occurrence.cancelled = [r for r in rows if r.status == Registration.Status.CANCELLED]
        occurrence.taken = sum(r.people for r in occurrence.confirmed)
    return dates


def _yes_no(value) -> str:
    return "" if value is None else (_("kyllä") if value else _("ei"))


def registrations_csv(event) -> str:
    header = [
        _("Päivä"), _("Kello"), _("Tila"), _("Sija jonossa"), _("Nimi"), _("Sähköposti"), _("Puhelin"),
        _("Henkilöitä"), _("Lisätiedot"), _("Saa ottaa yhteyttä"), _("Palveluohjaajan ilmoittama"), _("Osallistui"),
        _("Ilmoittautunut"),
    ]
    rows = [header]
    for occurrence in dates_with_registrations(event):
        start = timezone.localtime(occurrence.starts_at)
        for r in [*occurrence.confirmed, *occurrence.waiting, *occurrence.cancelled]:
            rows.append([
                finnish_date(start.date()), f"{start:%H.%M}", r.get_status_display(), r.position or "",
                cell(r.name), cell(r.email), cell(r.phone), r.people, cell(r.message), _yes_no(r.may_contact),
                _yes_no(r.by_counsellor_id is not None), _yes_no(r.attended),
                finnish_date(timezone.localdate(r.created_at)),
            ])
    return excel_csv(rows)
