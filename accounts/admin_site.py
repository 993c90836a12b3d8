"""Django's admin behind the site's one login, and only with a second factor.

Staff sign in through allauth like everybody else. To use admin they must also have an
activated TOTP authenticator and have used it (or a recovery code) in this session: allauth
records every way a session was authenticated, and admin looks for an "mfa" record.
"""

from allauth.account.authentication import get_authentication_records
from allauth.mfa.models import Authenticator
from django.contrib import admin, messages
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _


def passed_second_factor(request) -> bool:
    """Whether this session's user proved a second factor (TOTP or a recovery code) on sign-in or since."""
    records = get_authentication_records(request, request.user)
    return any(record.get("method") == "mfa" for record in records)


def has_totp(user) -> bool:
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


class AdminSite(admin.AdminSite):
    site_header = "Hyvinvointitarjotin"
    site_title = "Hyvinvointitarjotin"

    def has_permission(self, request):
        return super().has_permission(request) and passed_second_factor(request)

    def login(self, request, extra_context=None):
        """Admin has no login form of its own: send people to the step they are missing."""
        next_url = request.GET.get(REDIRECT_FIELD_NAME, "")
        if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
            next_url = ""
        next_url = next_url or reverse("admin:index", current_app=self.name)
        user = request.user
        if not user.is_authenticated:
            return _redirect("account_login", next_url)
        if not (user.is_active and user.is_staff):
            raise PermissionDenied
        if not has_totp(user):
            messages.warning(
                request,
                _("Ylläpito vaatii kaksivaiheisen tunnistautumisen. Ota tunnistinsovellus käyttöön ja palaa sitten ylläpitoon."),
            )
            return _redirect("mfa_activate_totp", next_url)
        if not passed_second_factor(request):
            return _redirect("mfa_reauthenticate", next_url)
        return HttpResponseRedirect(next_url)


def _redirect(url_name: str, next_url: str) -> HttpResponseRedirect:
    return HttpResponseRedirect(f"{reverse(url_name)}?{urlencode({REDIRECT_FIELD_NAME: next_url})}")
