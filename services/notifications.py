"""The mail that moderation sends: one small function per message, templates in templates/email/services/.

Each member gets their own message in their own language (User.language), so no member sees the
others' addresses. Sending goes through tarjotin.mail (a background task after commit).
"""

from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils import translation

from tarjotin.mail import send_templated_mail


def _members(association):
    from accounts.models import User

    return User.objects.filter(memberships__association=association, is_active=True).order_by("pk")


def absolute(path: str) -> str:
    return settings.SITE_URL + path


def edit_url(listing, language: str) -> str:
    """The association's edit form of the listing, or their dashboard if that page is not there."""
    with translation.override(language):
        try:
            return absolute(reverse("services:listing-edit", args=[listing.pk]))
        except NoReverseMatch:
            return absolute("/omat/")


def _public_url(listing, language: str) -> str:
    with translation.override(language):
        return absolute(listing.get_absolute_url())


def listing_published(listing) -> None:
    for member in _members(listing.association):
        context = {
            "listing": listing,
            "member": member,
            "public_url": _public_url(listing, member.language),
            "edit_url": edit_url(listing, member.language),
        }
        send_templated_mail("email/services/listing_published", context, to=[member.email], language=member.language)


def listing_returned(listing) -> None:
    original = listing.working_copy_of or listing
    for member in _members(listing.association):
        context = {
            "listing": listing,
            "is_edit": bool(listing.working_copy_of_id),
            "original": original,
            "member": member,
            "reason": listing.return_reason,
            "edit_url": edit_url(original, member.language),
        }
        send_templated_mail("email/services/listing_returned", context, to=[member.email], language=member.language)
