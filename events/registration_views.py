"""The association's side of sign-ups on Omat sivut: who signed up, the CSV, attendance, a message to all.

Registrants' details are personal data: only members who may edit the association's listings see
them (associations/access.py through services/access.py).
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from associations.models import Action
from events import actions, registrations
from events.models import Occurrence, Registration, SignupSettings
from events.registration_forms import RegistrantsMailForm, SignupSettingsForm
from services.access import listing_for
from services.models import Listing


def _event_for(user, pk):
    return listing_for(user, pk, Action.EDIT_LISTINGS, queryset=Listing.objects.originals().of_kind(Listing.Kind.EVENT))[0]


def _occurrence_for(user, pk) -> Occurrence:
    occurrence = get_object_or_404(Occurrence, pk=pk)
    occurrence.event = _event_for(user, occurrence.event_id)
    return occurrence


@require_GET
@login_required
def registration_list(request, pk):
    event = _event_for(request.user, pk)
    context = {"event": event, "dates": registrations.dates_with_registrations(event),
               "signup": SignupSettings.objects.filter(event=event).first()}
    return render(request, "events/registration_list.html", context)


@require_GET
@login_required
def registration_csv(request, pk):
    event = _event_for(request.user, pk)
    response = HttpResponse(registrations.registrations_csv(event), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{event.slug or "tapahtuma"}-ilmoittautuneet.csv"'
    return response


@login_required
def signup_settings_edit(request, pk):
    event = _event_for(request.user, pk)
    instance = SignupSettings.objects.filter(event=event).first() or SignupSettings(event=event)
    form = SignupSettingsForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Ilmoittautumislomakkeen asetukset tallennettiin."))
        return redirect("events:registration-list", event.pk)
    return render(request, "events/signup_settings.html", {"event": event, "form": form}, status=400 if form.errors else 200)


@require_POST
@login_required
def attendance(request, pk):
    """Who came: the ticked sign-ups attended, the other confirmed ones did not."""
    occurrence = _occurrence_for(request.user, pk)
    ticked = set(request.POST.getlist("attended"))
    confirmed = occurrence.registrations.filter(status=Registration.Status.CONFIRMED)
    for registration in confirmed:
        registration.mark_attended(str(registration.pk) in ticked)
    messages.success(request, _("Osallistujat merkittiin."))
    return redirect("events:registration-list", occurrence.event.pk)


@login_required
def registrants_mail(request, pk):
    occurrence = _occurrence_for(request.user, pk)
    form = RegistrantsMailForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        count = actions.mail_registrants(occurrence=occurrence, sender=request.user, **form.cleaned_data)
        messages.success(request, _("Viesti lähetettiin %(count)s ilmoittautuneelle.") % {"count": count})
        return redirect("events:registration-list", occurrence.event.pk)
    context = {"event": occurrence.event, "occurrence": occurrence, "form": form}
    return render(request, "events/registrants_mail.html", context, status=400 if form.errors else 200)
