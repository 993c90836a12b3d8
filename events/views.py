"""The public side of sign-up: the form on the event page, and the page the confirmation mail links to."""

from allauth.core import ratelimit
from django.conf import settings
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from events import actions, signup
from events.models import Registration
from events.page import registration_form
from services.models import Listing


def _public_event(pk):
    return get_object_or_404(Listing.objects.published().of_kind(Listing.Kind.EVENT).select_related("association"), pk=pk)


@require_http_methods(["GET", "POST"])
def event_signup(request, pk):
    """GET shows the form alone (the event page shows it too); POST signs up and shows the sign-up's own page."""
    listing = _public_event(pk)
    form = registration_form(listing, request.POST if request.method == "POST" else None, request.user)
    closed = "" if form else signup.closed_reason(listing, signup.next_date(listing))
    if request.method == "POST" and form is not None and form.is_valid():
        if not ratelimit.consume(request, action="event_signup"):
            form.add_error(None, _("Liian monta ilmoittautumista lyhyessä ajassa. Odota hetki ja yritä uudelleen."))
        else:
            occurrence = form.cleaned_data["occurrence"]
            closed = signup.closed_reason(listing, occurrence)
            if not closed:
                counsellor = request.user if form.cleaned_data.get("on_behalf") else None
                registration, is_new = actions.sign_up(
                    occurrence=occurrence, details=form.details(),
                    submission=form.cleaned_data["submission"], by_counsellor=counsellor,
                )
                messages.success(request, _status_text(registration) if is_new else _("Ilmoittautumisesi oli jo tallessa. Sitä ei tehty kahteen kertaan."))
                return redirect("events:registration", registration.cancel_token())
    status = 400 if request.method == "POST" else 200
    context = {"listing": listing, "form": form, "closed": closed, "retention_days": settings.PERSONAL_DATA_RETENTION_DAYS}
    return render(request, "events/signup.html", context, status=status)


def _status_text(registration: Registration) -> str:
    if registration.status == Registration.Status.WAITING:
        return _("Tapahtuma on täynnä. Olet jonossa sijalla %(position)s. Saat sähköpostia, jos paikka vapautuu.") % {
            "position": registration.position
        }
    return _("Kiitos! Paikkasi on vahvistettu.")


@require_http_methods(["GET", "POST"])
def registration_detail(request, token):
    """One sign-up, reached by its signed link without an account: GET shows it, POST cancels it."""
    registration = Registration.from_cancel_token(token)
    if registration is None:
        return render(request, "events/registration_link_invalid.html", status=400)
    if request.method == "POST" and registration.status != Registration.Status.CANCELLED:
        actions.cancel(registration=registration)
        messages.success(request, _("Ilmoittautumisesi on peruttu. Kiitos, että ilmoitit."))
        return redirect("events:registration", token)
    context = {"registration": registration, "event": registration.occurrence.event, "token": token}
    return render(request, "events/registration_detail.html", context)
