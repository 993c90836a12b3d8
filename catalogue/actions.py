"""Work of the public pages that goes beyond one object: sending a tray to a client."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from catalogue import tray as trays
from tarjotin.mail import deliver_mail, render_mail


def send_tray(*, to: str, tray: trays.Tray, language: str) -> None:
    """Mail the tray's listings to a client once.

    Sent at once rather than through the task queue (tarjotin.mail.send_templated_mail): a
    database queue would keep the client's address in its table, and the promise to the
    counsellor is that the address is not stored anywhere. Nothing is written to the database.
    """
    with translation.override(language):
        items = [
            {
                "listing": listing,
                "when": trays.when(listing),
                "url": settings.SITE_URL + listing.get_absolute_url(),
            }
            for listing in tray.listings
        ]
        tray_url = f"{settings.SITE_URL}{reverse('catalogue:tray')}?{tray.query()}"
    context = {"items": items, "note": tray.note, "tray_url": tray_url, "site_url": settings.SITE_URL}
    subject, text, html = render_mail("email/catalogue/tray", context, language=language)
    deliver_mail.call(to=[to], subject=subject, text=text, html=html)
