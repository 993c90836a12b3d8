"""Work on associations that spans several models or sends mail.

Each action is one transaction; its mail is rendered at once and delivered by a background task
after the commit (tarjotin.mail), so a rolled-back change never sends anything.
"""

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.text import slugify

from accounts.mail import language_for
from associations.models import Association, Invitation, Membership
from tarjotin.mail import send_templated_mail


@transaction.atomic
def invite_member(*, association: Association, email: str, role: str, invited_by) -> Invitation:
    """Invite a person by email; an earlier pending invitation to the same address is replaced."""
    email = email.strip().lower()
    for earlier in association.invitations.pending().filter(email=email):
        earlier.cancel()
    invitation = Invitation.objects.create(association=association, email=email, role=role, invited_by=invited_by)
    _send_invitation(invitation)
    return invitation


@transaction.atomic
def accept_invitation(*, invitation: Invitation, user) -> Membership:
    """Join the association the invitation is for. Raises Invitation.DoesNotExist if it is no longer pending.

    Joining with another address than the invited one is told to the association's admins, so
    a forwarded or leaked link cannot make someone a member unnoticed.
    """
    invitation = Invitation.objects.pending().select_for_update().get(pk=invitation.pk)
    membership = invitation.accept(user)
    if not invitation.is_addressed_to(user):
        _send_joined_with_other_address(invitation, user)
    return membership


@transaction.atomic
def register_association(*, form, user) -> Association:
    """Create an association from the registration form, unapproved, with the user as its admin."""
    association = form.save(commit=False)
    association.slug = _free_slug(association.name)
    association.approved_at = None
    association.save()
    form.save_m2m()
    Membership.objects.create(user=user, association=association, role=Membership.Role.ADMIN)
    return association


@transaction.atomic
def approve_associations(*, associations) -> list[Association]:
    """Approve associations (the liaison, in admin) and tell each new one's admins that it is public."""
    approved = [association for association in associations if not association.is_approved]
    for association in approved:
        association.approve()
        _send_approved(association)
    return approved


def _free_slug(name: str) -> str:
    base = slugify(name)[:100] or "yhdistys"
    slug, number = base, 2
    while Association.objects.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


def _absolute_url(obj, language: str) -> str:
    with translation.override(language):
        return settings.SITE_URL + obj.get_absolute_url()


def _send_invitation(invitation: Invitation) -> None:
    language = language_for(invitation.email)
    context = {
        "invitation": invitation,
        "association": invitation.association,
        "inviter": invitation.invited_by,
        "role": invitation.get_role_display(),
        "url": _absolute_url(invitation, language),
    }
    send_templated_mail("email/associations/invitation", context, to=[invitation.email], language=language)


def _send_approved(association: Association) -> None:
    for membership in association.memberships.admins().select_related("user"):
        user = membership.user
        context = {"association": association, "user": user, "url": _absolute_url(association, user.language)}
        send_templated_mail("email/associations/approved", context, to=[user.email], language=user.language)


def _send_joined_with_other_address(invitation: Invitation, member) -> None:
    association = invitation.association
    for membership in association.memberships.admins().exclude(user=member).select_related("user"):
        admin = membership.user
        context = {
            "association": association,
            "invitation": invitation,
            "member": member,
            "user": admin,
            "url": _members_url(association, admin.language),
        }
        send_templated_mail("email/associations/joined_with_other_address", context, to=[admin.email], language=admin.language)


def _members_url(association: Association, language: str) -> str:
    with translation.override(language):
        return settings.SITE_URL + reverse("manage:members", args=[association.slug])
