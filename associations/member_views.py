"""An association's own management pages: members and invitations, the profile, registering a new one.

Every view that touches one association starts with associations.access.association_for:
outsiders get 404, members whose role is too low 403.
"""

from allauth.account.adapter import get_adapter as get_account_adapter
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.adapter import home_url
from accounts.models import User
from associations import actions
from associations.access import association_for
from associations.forms import (
    AssociationProfileForm,
    AssociationRegistrationForm,
    InvitationAcceptForm,
    InvitationForm,
    RoleForm,
)
from associations.models import Action, Invitation, Membership


def _members_page(request, association, membership, invite_form):
    context = {
        "association": association,
        "membership": membership,
        "members": association.memberships.select_related("user").order_by("user__first_name", "user__email"),
        "invitations": association.invitations.pending().select_related("invited_by"),
        "roles": Membership.Role.choices,
        "form": invite_form,
    }
    return render(request, "associations/manage/members.html", context)


@login_required
def member_list(request, slug):
    association, membership = association_for(request.user, slug, Action.MANAGE_MEMBERS)
    return _members_page(request, association, membership, InvitationForm(association=association))


@login_required
def member_invite(request, slug):
    association, membership = association_for(request.user, slug, Action.MANAGE_MEMBERS)
    if request.method != "POST":
        return _members_page(request, association, membership, InvitationForm(association=association))
    form = InvitationForm(request.POST, association=association)
    if not form.is_valid():
        return _members_page(request, association, membership, form)
    invitation = actions.invite_member(association=association, invited_by=request.user, **form.cleaned_data)
    messages.success(request, _("Kutsu lähetetty osoitteeseen %(email)s.") % {"email": invitation.email})
    return redirect("manage:members", slug=association.slug)


@login_required
@require_POST
def member_role(request, slug, pk):
    association, _membership = association_for(request.user, slug, Action.MANAGE_MEMBERS)
    member = get_object_or_404(association.memberships.select_related("user"), pk=pk)
    form = RoleForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Valitse rooli."))
        return redirect("manage:members", slug=association.slug)
    try:
        member.change_role(form.cleaned_data["role"])
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(
            request, _("%(name)s on nyt %(role)s.") % {"name": member.user, "role": member.get_role_display()}
        )
    return redirect("manage:members", slug=association.slug)


@login_required
@require_POST
def member_remove(request, slug, pk):
    association, _membership = association_for(request.user, slug, Action.MANAGE_MEMBERS)
    member = get_object_or_404(association.memberships.select_related("user"), pk=pk)
    try:
        member.remove()
    except ValidationError as error:
        messages.error(request, error.messages[0])
        return redirect("manage:members", slug=association.slug)
    messages.success(request, _("%(name)s poistettiin yhdistyksestä.") % {"name": member.user})
    if member.user == request.user:
        return redirect(home_url())
    return redirect("manage:members", slug=association.slug)


@login_required
@require_POST
def invitation_cancel(request, slug, pk):
    association, _membership = association_for(request.user, slug, Action.MANAGE_MEMBERS)
    invitation = get_object_or_404(association.invitations.pending(), pk=pk)
    invitation.cancel()
    messages.success(request, _("Kutsu osoitteeseen %(email)s peruttiin.") % {"email": invitation.email})
    return redirect("manage:members", slug=association.slug)


def invitation(request, token):
    """The link in the invitation mail: sign up or sign in, then join with one button."""
    invitation = Invitation.objects.select_related("association", "invited_by").filter(token=token[:64]).first()
    if invitation is None or invitation.state != Invitation.State.PENDING:
        status = 404 if invitation is None else 410
        return render(request, "associations/manage/invitation_invalid.html", {"invitation": invitation}, status=status)
    user = request.user
    form = None
    if user.is_authenticated:
        data = request.POST if request.method == "POST" else None  # the button posts no fields
        form = InvitationAcceptForm(data, invitation=invitation, user=user)
    if request.method == "POST" and form is not None and form.is_valid():
        try:
            actions.accept_invitation(invitation=invitation, user=user)
        except Invitation.DoesNotExist:
            return redirect(request.path)  # used or cancelled a moment ago: show why
        messages.success(request, _("Tervetuloa yhdistykseen %(name)s!") % {"name": invitation.association})
        return redirect(home_url())
    has_account = User.objects.filter(email__iexact=invitation.email).exists()
    if not user.is_authenticated and not has_account:
        # Opening the link proves the address, so signing up with it needs no second verification.
        get_account_adapter(request).stash_verified_email(request, invitation.email)
    context = {"invitation": invitation, "association": invitation.association, "has_account": has_account, "form": form}
    return render(request, "associations/manage/invitation.html", context)


@login_required
def association_register(request):
    form = AssociationRegistrationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        association = actions.register_association(form=form, user=request.user)
        messages.success(
            request,
            _("Yhdistys %(name)s on rekisteröity. Se näkyy julkisesti, kun yhdistysyhdyshenkilö on hyväksynyt sen.")
            % {"name": association.name},
        )
        return redirect("manage:profile", slug=association.slug)
    return render(request, "associations/manage/register.html", {"form": form})


@login_required
def association_profile(request, slug):
    association, membership = association_for(request.user, slug, Action.EDIT_PROFILE)
    old_logo = association.logo.name
    form = AssociationProfileForm(request.POST or None, request.FILES or None, instance=association)
    if request.method == "POST" and form.is_valid():
        form.save()
        if old_logo and old_logo != association.logo.name:
            association.logo.storage.delete(old_logo)
        messages.success(request, _("Yhdistyksen tiedot tallennettu."))
        return redirect("manage:profile", slug=association.slug)
    context = {"association": association, "membership": membership, "form": form}
    return render(request, "associations/manage/profile.html", context)
