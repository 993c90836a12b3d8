"""The dates of an event. One event, one card and one page; each date its own row here.

`Listing.starts_at` and `ends_at` stay as the span of all dates (first start, last end), so
everything that sorts or hides events by time keeps one rule; `Event.set_dates()` keeps them in
step. Dates belong to the published listing itself, never to its working copy: sign-ups hang on
them, and a copy is thrown away when it is published.
"""

import datetime

from django.db import models
from django.db.models import Q, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class OccurrenceQuerySet(models.QuerySet):
    def upcoming(self, now=None):
        return self.filter(ends_at__gte=now or timezone.now())

    def overlapping(self, start: datetime.datetime, end: datetime.datetime):
        """Dates that fall at least partly within [start, end)."""
        return self.filter(starts_at__lt=end, ends_at__gte=start)


class Occurrence(models.Model):
    event = models.ForeignKey(
        "services.Listing", on_delete=models.CASCADE, related_name="occurrences", verbose_name=_("tapahtuma")
    )
    starts_at = models.DateTimeField(_("alkaa"))
    ends_at = models.DateTimeField(_("päättyy"))
    place = models.ForeignKey(
        "services.Place", on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("paikka"), help_text=_("Vain, jos tämä päivä on eri paikassa kuin tapahtuma muuten."),
    )

    objects = OccurrenceQuerySet.as_manager()

    class Meta:
        verbose_name = _("tapahtumapäivä")
        verbose_name_plural = _("tapahtumapäivät")
        ordering = ["starts_at", "pk"]
        indexes = [models.Index(fields=["starts_at", "ends_at"], name="occurrence_span")]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")),
                name="occurrence_ends_after_start",
                violation_error_message=_("Tapahtuman on päätyttävä alkamisen jälkeen."),
            ),
        ]

    def __str__(self):
        return f"{self.event} {timezone.localtime(self.starts_at):%d.%m.%Y %H.%M}"

    def has_ended(self, now=None) -> bool:
        return self.ends_at < (now or timezone.now())

    def seats_taken(self) -> int:
        """People confirmed for this date (a sign-up may bring several)."""
        from events.models.registration import Registration

        taken = self.registrations.filter(status=Registration.Status.CONFIRMED).aggregate(n=Sum("people"))["n"]
        return taken or 0

    def seats_left(self) -> int | None:
        """None when the event has no capacity."""
        capacity = self.event.capacity
        return None if capacity is None else max(capacity - self.seats_taken(), 0)
