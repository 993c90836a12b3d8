"""The liaison's side of listings: the review queue and the daily digest."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from services.models import Listing


class ModerationDigest(models.Model):
    """One daily mail to the liaisons about the listings that started waiting since the previous one.

    The newest submission time included is remembered, so running the digest again the same day
    sends nothing twice (moderation.actions.send_moderation_digest).
    """

    sent_at = models.DateTimeField(_("lähetetty"), default=timezone.now)
    newest_submitted_at = models.DateTimeField(_("uusin mukana ollut lähetys"))
    listing_count = models.PositiveIntegerField(_("ilmoituksia"), default=0)
    recipient_count = models.PositiveIntegerField(_("vastaanottajia"), default=0)

    class Meta:
        verbose_name = _("tarkastuskooste")
        verbose_name_plural = _("tarkastuskoosteet")
        ordering = ["-sent_at"]
        db_table = "services_moderationdigest"  # moved here from the services app; the data stayed

    def __str__(self):
        return f"{self.sent_at:%Y-%m-%d %H:%M} ({self.listing_count})"


class ListingForReview(Listing):
    """The moderation queue in admin: listings waiting for review (moderation/admin.py)."""

    class Meta:
        proxy = True
        verbose_name = _("tarkastettava ilmoitus")
        verbose_name_plural = _("tarkastusjono")


class ListingPublishedWithoutReview(Listing):
    """Trusted associations' listings that went public at once and wait to be read afterwards."""

    class Meta:
        proxy = True
        verbose_name = _("ilman tarkastusta julkaistu ilmoitus")
        verbose_name_plural = _("julkaistu ilman tarkastusta")
