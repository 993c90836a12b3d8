"""The mail about listings: one small function per message, templates in templates/email/services/.

Each member gets their own message in their own language (User.language), so no member sees the
others' addresses. Sending goes through tarjotin.mail (a background task after commit).
"""

from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils import translation

from services import freshness
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
            return absolute(reverse("dashboard:listing-edit", args=[listing.pk]))
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


def freshness_reminder(listings) -> None:
    """One message per member of the association about its listings that nobody has confirmed lately.

    Each listing has its own signed "still valid" link (services.freshness), usable without login.
    """
    association = listings[0].association
    for member in _members(association):
        items = [
            {
                "listing": listing,
                "confirm_url": absolute(freshness.confirm_path(listing, member.language)),
                "edit_url": edit_url(listing, member.language),
            }
            for listing in listings
        ]
        context = {
            "association": association,
            "items": items,
            "member": member,
            "months": settings.FRESHNESS_MONTHS,
            "grace_days": settings.FRESHNESS_GRACE_DAYS,
            "link_days": freshness.LINK_MAX_AGE.days,
        }
        send_templated_mail("email/services/freshness_reminder", context, to=[member.email], language=member.language)


def volunteer_interest(interest) -> None:
    """Tell the association that someone would like to take a role: to the role's contact address,
    or to every member when the role has none."""
    role = interest.role
    recipients = [(role.contact_email, settings.LANGUAGE_CODE)] if role.contact_email else [
        (member.email, member.language) for member in _members(role.association)
    ]
    for email, language in recipients:
        with translation.override(language):
            list_url = absolute(reverse("services:interest-list", args=[role.association.slug]))
        context = {"interest": interest, "role": role, "list_url": list_url, "retention_days": settings.PERSONAL_DATA_RETENTION_DAYS}
        send_templated_mail("email/services/volunteer_interest", context, to=[email], language=language)
