"""How allauth fits this site: where people land, which language their mail is in, how it is sent."""

import time

from allauth.account import app_settings as account_settings
from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.authentication import get_authentication_records
from allauth.core import context
from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils import translation

from accounts import mail


def home_url() -> str:
    """Omat sivut (the dashboard), or the catalogue while the dashboard is not there."""
    for name in ("dashboard:home", "catalogue:catalogue"):
        try:
            return reverse(name)
        except NoReverseMatch:
            continue
    return "/"


class AccountAdapter(DefaultAccountAdapter):
    def get_login_redirect_url(self, request):
        return home_url()

    def get_signup_redirect_url(self, request):
        return home_url()

    def is_reauthentication_required(self, *, app: str, **kwargs) -> bool:
        """Not within ACCOUNT_REAUTHENTICATION_TIMEOUT of signing in: the sign-in itself is as fresh.

        allauth counts only a separate reauthentication, so a liaison who had just typed the
        password to reach admin was asked for it again to set up the second factor.
        """
        request = self.request or context.request
        if request is not None and request.user.is_authenticated:
            records = get_authentication_records(request, request.user)
            if any(time.time() - record["at"] < account_settings.REAUTHENTICATION_TIMEOUT for record in records):
                return False
        return super().is_reauthentication_required(app=app, **kwargs)

    def save_user(self, request, user, form, commit=True):
        # Mail goes out in the language the person used when they signed up.
        language = translation.get_language()
        if language in {code for code, _name in settings.LANGUAGES}:
            user.language = language
        return super().save_user(request, user, form, commit=commit)

    def render_mail(self, template_prefix, email, context, headers=None):
        return mail.with_html(super().render_mail(template_prefix, email, context, headers=headers))

    def send_mail(self, template_prefix, email, context):
        # allauth's own messages, in the recipient's language, through the same task as ours.
        context = {**context, "current_site": SiteName(self.request)}
        with translation.override(mail.language_for(email, default=translation.get_language())):
            message = self.render_mail(template_prefix, email, {"email": email, "request": self.request, **context})
        mail.queue(message)


class SiteName:
    """What allauth's templates call `current_site`, without django.contrib.sites."""

    name = "Hyvinvointitarjotin"

    def __init__(self, request):
        self.domain = request.get_host() if request is not None else settings.SITE_URL.split("://")[-1]
