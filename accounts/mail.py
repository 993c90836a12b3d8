"""allauth's messages sent like the rest of the site's mail (tarjotin.mail): recipient's language, text plus HTML, by a task."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string

from accounts.models import User
from tarjotin.mail import deliver_mail


def language_for(email: str, default: str | None = None) -> str:
    """The language a person chose for their mail, else `default`, else the site's language."""
    chosen = User.objects.filter(email__iexact=email).values_list("language", flat=True).first()
    known = {code for code, _name in settings.LANGUAGES}
    for language in (chosen, default):
        if language in known:
            return language
    return settings.LANGUAGE_CODE


def with_html(message: EmailMultiAlternatives) -> EmailMultiAlternatives:
    """Add an HTML version made from the plain text (allauth ships text templates only)."""
    if not any(mimetype == "text/html" for _content, mimetype in message.alternatives):
        context = {"subject": message.subject, "text": message.body, "site_url": settings.SITE_URL}
        message.attach_alternative(render_to_string("email/base_message.html", context), "text/html")
    return message


def queue(message: EmailMultiAlternatives) -> None:
    """Deliver in the background. Not on commit: allauth sends after its writes, outside any transaction."""
    html = next(content for content, mimetype in message.alternatives if mimetype == "text/html")
    deliver_mail.enqueue(to=list(message.to), subject=message.subject, text=message.body, html=html)
