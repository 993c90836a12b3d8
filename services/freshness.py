"""The one-click "still valid" link in freshness reminders.

The link carries the listing's id signed with a timestamp (its own salt, so no other signed
value of the site fits here) and works for LINK_MAX_AGE. Opening it changes nothing: mail
scanners fetch links. The page it opens confirms with a POST button (services.freshness_views).
"""

import datetime

from django.core import signing
from django.urls import reverse
from django.utils import translation

SALT = "services.freshness.confirm-listing"
LINK_MAX_AGE = datetime.timedelta(days=30)


def confirm_token(listing) -> str:
    return signing.TimestampSigner(salt=SALT).sign(str(listing.pk))


def listing_id_from_token(token: str) -> int:
    """The listing id of a valid token; raises signing.SignatureExpired or signing.BadSignature."""
    value = signing.TimestampSigner(salt=SALT).unsign(token, max_age=LINK_MAX_AGE)
    if not value.isdigit():
        raise signing.BadSignature("not a listing id")
    return int(value)


def confirm_path(listing, language: str = "fi") -> str:
    with translation.override(language):
        return reverse("services:freshness-confirm", args=[confirm_token(listing)])
