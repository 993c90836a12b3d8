""""I'm interested" messages from people who would like to take a volunteer role."""

import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class VolunteerInterestQuerySet(models.QuerySet):
    def to_purge(self, before: datetime.datetime):
        """Interests nobody has touched since `before` that still hold someone's details."""
        return self.filter(updated_at__lt=before, anonymised_at__isnull=True)


class VolunteerInterest(models.Model):
    class State(models.TextChoices):
        NEW = "new", _("uusi")
        CONTACTED = "contacted", _("yhteyttä otettu")
        AGREED = "agreed", _("sovittu")
        NOT_NOW = "not_now", _("ei nyt")

    role = models.ForeignKey(
        "services.Listing", on_delete=models.CASCADE, related_name="interests", verbose_name=_("vapaaehtoistehtävä")
    )
    name = models.CharField(_("nimi"), max_length=120)
    contact = models.CharField(_("sähköposti tai puhelin"), max_length=200)
    message = models.TextField(_("viesti"), blank=True, max_length=2000)
    state = models.CharField(_("tila"), max_length=10, choices=State.choices, default=State.NEW)
    language = models.CharField(_("kieli"), max_length=5, default="fi")
    created_at = models.DateTimeField(_("saapunut"), auto_now_add=True)
    updated_at = models.DateTimeField(_("muutettu"), auto_now=True)
    anonymised_at = models.DateTimeField(_("henkilötiedot poistettu"), null=True, blank=True)

    objects = VolunteerInterestQuerySet.as_manager()

    class Meta:
        verbose_name = _("kiinnostus vapaaehtoistehtävään")
        verbose_name_plural = _("kiinnostukset vapaaehtoistehtäviin")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.name} – {self.role}"

    def move_to(self, state: str) -> None:
        self.state = self.State(state)
        self.save(update_fields=["state", "updated_at"])

    def anonymise(self) -> None:
        """Keep the row (how many were interested, and what came of it) without the person's details."""
        self.name, self.contact, self.message, self.anonymised_at = "–", "", "", timezone.now()
        self.save(update_fields=["name", "contact", "message", "anonymised_at"])
