import datetime

from django.db import transaction
from django.utils.translation import gettext_lazy as _
from django.core.exceptions import ValidationError

from events.models.occurrence import Occurrence
from services.models import KindManager, Listing

Moment = tuple[datetime.datetime, datetime.datetime]


class Event(Listing):
    """A listing with one or more dates; may take sign-ups."""

    proxy_kind = Listing.Kind.EVENT
    objects = KindManager(proxy_kind)

    class Meta:
        proxy = True
        verbose_name = _("tapahtuma")
        verbose_name_plural = _("tapahtumat")


def _minute(moment: datetime.datetime) -> datetime.datetime:
    return moment.replace(second=0, microsecond=0)


def set_dates(listing: Listing, moments: list[Moment]) -> None:
    """Give the event exactly these dates, keeping the rows (and their sign-ups) of dates that stay.

    A date that has sign-ups cannot be dropped: the people who signed up would lose their place
    without a word. The span on the listing (and on its working copy) follows the dates.
    """
    original = listing.working_copy_of or listing
    wanted = sorted({(_minute(start), _minute(end)) for start, end in moments})
    with transaction.atomic():
        # By the minute, as the form shows times: a date saved with seconds is still the same date.
        locked = Occurrence.objects.select_for_update().filter(event=original)
        existing = {(_minute(o.starts_at), _minute(o.ends_at)): o for o in locked}
        dropped = [o for key, o in existing.items() if key not in wanted]
        booked = [o for o in dropped if o.registrations.exists()]
        if booked:
            raise ValidationError(
                _("Päivältä %(date)s on ilmoittautuneita, joten sitä ei voi poistaa. Peru ensin ilmoittautumiset.")
                % {"date": f"{booked[0].starts_at:%d.%m.%Y}"}
            )
        Occurrence.objects.filter(pk__in=[o.pk for o in dropped]).delete()
        Occurrence.objects.bulk_create(
            Occurrence(event=original, starts_at=start, ends_at=end) for start, end in wanted if (start, end) not in existing
        )
        if wanted:
            span = {"starts_at": wanted[0][0], "ends_at": max(end for _start, end in wanted)}
            Listing.objects.filter(working_copy_of=original).update(**span)
            for target in {original, listing}:
                for name, value in span.items():
                    setattr(target, name, value)
            # A save, not update(): the catalogue follows listings through their signals.
            original.save(update_fields=["starts_at", "ends_at", "updated_at"])
