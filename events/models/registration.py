"""Sign-ups for an event's dates: the form the association turns on, and the people who signed up.

Seats are counted per date while that date's row is locked (`select_for_update`), so two people
pressing the button at once can never both get the last seat: one is confirmed, the other waits.
"""

from django.conf import settings
from django.core import signing
from django.db import models, transaction
from django.db.models import F, Max, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from events.models.occurrence import Occurrence

CANCEL_SALT = "events.registration.cancel"


class SignupSettings(models.Model):
    """What the association asks of people who sign up; name is always asked."""

    class Contact(models.TextChoices):
        EMAIL = "email", _("sähköposti")
        PHONE = "phone", _("puhelin")
        EITHER = "either", _("sähköposti tai puhelin")

    event = models.OneToOneField(
        "services.Listing", on_delete=models.CASCADE, related_name="signup_settings", verbose_name=_("tapahtuma")
    )
    is_open = models.BooleanField(_("ilmoittautuminen palvelussa"), default=False)
    contact = models.CharField(_("yhteystieto"), max_length=10, choices=Contact.choices, default=Contact.EITHER)
    ask_people = models.BooleanField(_("kysy osallistujamäärä"), default=False)
    max_people = models.PositiveSmallIntegerField(_("enintään henkilöä yhdellä ilmoittautumisella"), default=5)
    ask_message = models.BooleanField(_("kysy lisätietoja (esim. ruokavalio)"), default=False)
    message_label = models.CharField(_("lisätietokysymys"), max_length=150, blank=True)
    ask_consent = models.BooleanField(_("kysy lupa ottaa yhteyttä myöhemmin"), default=False)

    class Meta:
        verbose_name = _("ilmoittautumislomake")
        verbose_name_plural = _("ilmoittautumislomakkeet")

    def __str__(self):
        return str(self.event)


class RegistrationQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status__in=[Registration.Status.CONFIRMED, Registration.Status.WAITING])

    def waiting(self):
        return self.filter(status=Registration.Status.WAITING).order_by("position")

    def to_purge(self, before):
        """Sign-ups of dates that ended before `before` and still hold someone's details."""
        return self.filter(occurrence__ends_at__lt=before, anonymised_at__isnull=True)


class Registration(models.Model):
    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("vahvistettu")
        WAITING = "waiting", _("jonossa")
        CANCELLED = "cancelled", _("peruttu")

    occurrence = models.ForeignKey(
        Occurrence, on_delete=models.CASCADE, related_name="registrations", verbose_name=_("tapahtumapäivä")
    )
    status = models.CharField(_("tila"), max_length=10, choices=Status.choices)
    # Place in the waiting list (1 = next in line); empty for everyone else.
    position = models.PositiveIntegerField(_("sija jonossa"), null=True, blank=True)
    name = models.CharField(_("nimi"), max_length=120)
    email = models.EmailField(_("sähköposti"), blank=True)
    phone = models.CharField(_("puhelin"), max_length=40, blank=True)
    people = models.PositiveSmallIntegerField(_("henkilöitä"), default=1)
    message = models.TextField(_("lisätiedot"), blank=True, max_length=1000)
    may_contact = models.BooleanField(_("saa ottaa yhteyttä myöhemmin"), default=False)
    by_counsellor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("ilmoittanut asiakkaan puolesta"),
    )
    attended = models.BooleanField(_("osallistui"), null=True, blank=True)
    language = models.CharField(_("kieli"), max_length=5, default="fi")
    # The form's one-time key: a second press of the button finds the first sign-up, not a new one.
    submission = models.UUIDField(null=True, blank=True, unique=True, editable=False)
    created_at = models.DateTimeField(_("ilmoittautunut"), auto_now_add=True)
    cancelled_at = models.DateTimeField(_("peruttu"), null=True, blank=True)
    anonymised_at = models.DateTimeField(_("henkilötiedot poistettu"), null=True, blank=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("ilmoittautuminen")
        verbose_name_plural = _("ilmoittautumiset")
        ordering = ["occurrence", "status", "position", "created_at", "pk"]
        # No unique constraint on (date, position): moving the queue up by one would break it
        # row by row on PostgreSQL. Positions are only written while the date's row is locked.

    def __str__(self):
        return f"{self.name} ({self.get_status_display()})"

    # Sign-up and cancelling: the date's row is locked, so counts stay right whoever comes at once.

    @classmethod
    def sign_up(cls, occurrence: Occurrence, **details) -> "Registration":
        """A confirmed seat if there is room for everyone in the sign-up, else a place in the queue."""
        with transaction.atomic():
            locked = Occurrence.objects.select_for_update().select_related("event").get(pk=occurrence.pk)
            capacity = locked.event.capacity
            people = details.get("people", 1)
            queue = cls.objects.filter(occurrence=locked)
            taken = queue.filter(status=cls.Status.CONFIRMED).aggregate(n=Sum("people"))["n"] or 0
            # Nobody jumps the queue: while people wait, a new sign-up waits too.
            has_room = capacity is None or (taken + people <= capacity and not queue.waiting().exists())
            if has_room:
                return cls.objects.create(occurrence=locked, status=cls.Status.CONFIRMED, **details)
            last = queue.waiting().aggregate(n=Max("position"))["n"] or 0
            return cls.objects.create(occurrence=locked, status=cls.Status.WAITING, position=last + 1, **details)

    def cancel(self) -> list["Registration"]:
        """Cancel this sign-up; returns the people promoted from the waiting list to the freed seats."""
        with transaction.atomic():
            occurrence = Occurrence.objects.select_for_update().select_related("event").get(pk=self.occurrence_id)
            current = Registration.objects.get(pk=self.pk)
            if current.status == self.Status.CANCELLED:
                return []
            was_waiting = current.position
            self.status, self.position, self.cancelled_at = self.Status.CANCELLED, None, timezone.now()
            self.save(update_fields=["status", "position", "cancelled_at"])
            queue = Registration.objects.filter(occurrence=occurrence)
            if was_waiting:
                queue.waiting().filter(position__gt=was_waiting).update(position=F("position") - 1)
                return []
            return self._promote(occurrence, queue)

    @classmethod
    def _promote(cls, occurrence, queue) -> list["Registration"]:
        capacity = occurrence.event.capacity
        taken = queue.filter(status=cls.Status.CONFIRMED).aggregate(n=Sum("people"))["n"] or 0
        promoted = []
        for waiting in queue.waiting():
            # In order: the first in line is never passed over for a smaller group behind them.
            if capacity is not None and taken + waiting.people > capacity:
                break
            taken += waiting.people
            promoted.append(waiting)
        if promoted:
            cls.objects.filter(pk__in=[r.pk for r in promoted]).update(status=cls.Status.CONFIRMED, position=None)
            queue.waiting().update(position=F("position") - len(promoted))
            for registration in promoted:
                registration.status, registration.position = cls.Status.CONFIRMED, None
        return promoted

    def mark_attended(self, attended: bool | None) -> None:
        self.attended = attended
        self.save(update_fields=["attended"])

    def anonymise(self) -> None:
        """Keep the row for the counts (status, people, attendance); drop everything about the person."""
        self.name, self.email, self.phone, self.message = "–", "", "", ""
        self.may_contact, self.by_counsellor, self.anonymised_at = False, None, timezone.now()
        self.save(update_fields=["name", "email", "phone", "message", "may_contact", "by_counsellor", "anonymised_at"])

    # The cancel link: signed, so it needs no account; valid until the date ends.

    def cancel_token(self) -> str:
        return signing.dumps(self.pk, salt=CANCEL_SALT, compress=True)

    @classmethod
    def from_cancel_token(cls, token: str) -> "Registration | None":
        """The sign-up the token was made for, or None if it was tampered with, is unknown or its date is over."""
        try:
            pk = signing.loads(token, salt=CANCEL_SALT)
        except signing.BadSignature:
            return None
        registration = cls.objects.select_related("occurrence__event").filter(pk=pk).first()
        if registration is None or registration.occurrence.has_ended() or registration.anonymised_at:
            return None
        return registration
