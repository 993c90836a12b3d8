"""Volunteer interest: the public "I'm interested" form of a role, and the association's list on Omat sivut."""

from allauth.core import ratelimit
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from associations.access import association_for
from associations.models import Action
from services import notifications
from services.interest_forms import InterestStateForm, VolunteerInterestForm
from services.models import Listing, VolunteerInterest


@require_http_methods(["GET", "POST"])
def role_interest(request, pk):
    """GET shows the form alone (the role's page shows it too); POST saves it and mails the association."""
    role = get_object_or_404(Listing.objects.published().of_kind(Listing.Kind.VOLUNTEER_ROLE).select_related("association"), pk=pk)
    form = VolunteerInterestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if not ratelimit.consume(request, action="volunteer_interest"):
            form.add_error(None, _("Liian monta viestiä lyhyessä ajassa. Odota hetki ja yritä uudelleen."))
        else:
            with transaction.atomic():
                interest = form.save(commit=False)
                interest.role, interest.language = role, (get_language() or "fi")[:2]
                interest.save()
                notifications.volunteer_interest(interest)
            messages.success(request, _("Kiitos! Viestisi välitettiin yhdistykselle, ja se ottaa sinuun yhteyttä."))
            return redirect(role)
    status = 400 if form.errors else 200
    context = {"listing": role, "interest_form": form, "retention_days": settings.PERSONAL_DATA_RETENTION_DAYS}
    return render(request, "services/role_interest.html", context, status=status)


@require_GET
@login_required
def interest_list(request, slug):
    association, _membership = association_for(request.user, slug, Action.EDIT_LISTINGS)
    interests = VolunteerInterest.objects.filter(role__association=association).select_related("role")
    context = {"association": association, "interests": interests, "states": VolunteerInterest.State.choices}
    return render(request, "services/interest_list.html", context)


@require_POST
@login_required
def interest_state(request, pk):
    interest = get_object_or_404(VolunteerInterest.objects.select_related("role__association"), pk=pk)
    association, _membership = association_for(request.user, interest.role.association.slug, Action.EDIT_LISTINGS)
    form = InterestStateForm(request.POST)
    if form.is_valid():
        interest.move_to(form.cleaned_data["state"])
        messages.success(request, _("Tila päivitetty: %(name)s.") % {"name": interest.name})
    else:
        messages.error(request, _("Valitse tila listasta."))
    return redirect("services:interest-list", association.slug)
