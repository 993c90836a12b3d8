"""A person's own account pages beyond allauth's, and allauth's views where this site needs a different next step."""

from allauth.account.internal.flows.login import record_authentication
from allauth.account.utils import get_next_redirect_url
from allauth.mfa.totp import views as totp_views
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _

from accounts.forms import CounsellorRequestForm
from accounts.models import Counsellor
NEXT_SESSION_KEY = "accounts_totp_next"


class ActivateTOTPView(totp_views.ActivateTOTPView):
    """Set up TOTP, then go on to where the person was going (admin, for a liaison's first sign-in).

    allauth shows the recovery codes next and forgets `next` (its form posts without it), and the
    code just typed did not count as this session's second factor, so admin asked for it again.
    """

    def get(self, request, *args, **kwargs):
        next_url = get_next_redirect_url(request)  # allauth keeps only addresses on this site
        if next_url:
            request.session[NEXT_SESSION_KEY] = next_url
        return super().get(request, *args, **kwargs)

    def form_valid(self, form):
        response = super().form_valid(form)
        # The code was checked against the new authenticator a moment ago: that is the second factor.
        record_authentication(self.request, self.request.user, method="mfa", type="totp")
        next_url = self.request.session.pop(NEXT_SESSION_KEY, None)
        if not next_url:
            return response
        if self.did_generate_recovery_codes:
            messages.info(
                self.request,
                format_html(
                    _("Tallenna varakoodit turvalliseen paikkaan: <a href=\"{}\">näytä varakoodit</a>. Niillä pääset kirjautumaan, jos puhelimesi katoaa."),
                    reverse("mfa_view_recovery_codes"),
                ),
            )
        return HttpResponseRedirect(next_url)


activate_totp = ActivateTOTPView.as_view()


@login_required
def counsellor_request(request):
    existing = Counsellor.objects.filter(user=request.user).first()
    if existing or request.method != "POST":
        return render(request, "accounts/counsellor_request.html", {"counsellor": existing, "form": CounsellorRequestForm()})
    form = CounsellorRequestForm(request.POST)
    if not form.is_valid():
        return render(request, "accounts/counsellor_request.html", {"form": form}, status=400)
    form.instance.user = request.user
    form.save()
    messages.success(request, _("Pyyntö on lähetetty. Ylläpito tarkistaa sen ja hyväksyy sinut palveluohjaajaksi."))
    return redirect("accounts:counsellor-request")
