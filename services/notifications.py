"""The mail that moderation sends: one small function per message, templates in templates/email/services/.

Each member gets their own message in their own language (User.language), so no member sees the
others' addresses. Sending goes through tarjotin.mail (a background task after commit).
"""

from django.conf import settings
from django.contrib.auth.models import Permission
from django.db.models import Q
from django.urls import NoReverseMatch, reverse
from django.utils import translation

from services import freshness
from tarjotin.mail import send_templated_mail


def _members(association):
    from accounts.models import User

    return User.objects.filter(memberships__association=association, is_active=True).order_by("pk")


def liaisons():
    """Who gets the daily digest: active staff who may moderate listings (superusers included).

    Give a liaison who is not a superuser the permission "services | ilmoitus | Can change"
    directly or through a group.
    """
    from accounts.models import User

    may_moderate = Permission.objects.filter(codename="change_listing", content_type__app_label="services")
    return (
        User.objects.filter(is_active=True, is_staff=True)
        .filter(Q(is_superuser=True) | Q(user_permissions__in=may_moderate) | Q(groups__permissions__in=may_moderate))
        .distinct()
        .order_by("pk")
    )


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


def moderation_digest(listings, *, waiting_count: int, recipients) -> None:
    """One message per liaison listing the new waiting listings, with a link to each review page."""
    for liaison in recipients:
        with translation.override(liaison.language):
            items = [
                {
                    "listing": listing,
                    "is_edit": bool(listing.working_copy_of_id),
                    "review_url": absolute(reverse("admin:services_listingforreview_change", args=[listing.pk])),
                }
                for listing in listings
            ]
            queue_url = absolute(reverse("admin:services_listingforreview_changelist"))
        context = {"items": items, "new_count": len(items), "waiting_count": waiting_count, "queue_url": queue_url}
        send_templated_mail("email/services/moderation_digest", context, to=[liaison.email], language=liaison.language)


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
