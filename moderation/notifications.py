"""The liaison's mail: the daily digest of listings waiting for review (templates/email/moderation/)."""

from django.contrib.auth.models import Permission
from django.db.models import Q
from django.urls import reverse
from django.utils import translation

from services.notifications import absolute
from tarjotin.mail import send_templated_mail


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


def moderation_digest(listings, *, waiting_count: int, recipients) -> None:
    """One message per liaison listing the new waiting listings, with a link to each review page."""
    for liaison in recipients:
        with translation.override(liaison.language):
            items = [
                {
                    "listing": listing,
                    "is_edit": bool(listing.working_copy_of_id),
                    "review_url": absolute(reverse("admin:moderation_listingforreview_change", args=[listing.pk])),
                }
                for listing in listings
            ]
            queue_url = absolute(reverse("admin:moderation_listingforreview_changelist"))
        context = {"items": items, "new_count": len(items), "waiting_count": waiting_count, "queue_url": queue_url}
        send_templated_mail("email/moderation/moderation_digest", context, to=[liaison.email], language=liaison.language)
