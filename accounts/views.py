"""A person's own account pages beyond allauth's: asking for the service counsellor role."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from accounts.forms import CounsellorRequestForm
from accounts.models import Counsellor


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
