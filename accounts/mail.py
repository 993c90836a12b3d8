"""Every email the site sends: rendered in the recipient's language, plain text plus HTML, sent by a task.

A message is three templates: `<prefix>_subject.txt`, `<prefix>_message.txt` and, when the
text alone would look poor, `<prefix>_message.html`. Without the HTML template the text is
wrapped in `email/base_message.html` (paragraphs and clickable links), so every message has both.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template import TemplateDoesNotExist
from django.template.loader import render_to_string
from django.utils import translation

from accounts.models import User


def language_for(email: str, default: str | None = None) -> str:
    """The language a person chose for their mail, else `default`, else the site's language."""
    chosen = User.objects.filter(email__iexact=email).values_list("language", flat=True).first()
    known = {code for code, _name in settings.LANGUAGES}
    for language in (chosen, default):
        if language in known:
            return language
    return settings.LANGUAGE_CODE


def with_html(message: EmailMultiAlternatives) -> EmailMultiAlternatives:
    """Add an HTML version made from the plain text, unless the message has one."""
    if not any(mimetype == "text/html" for _content, mimetype in message.alternatives):
        html = render_to_string("email/base_message.html", {"subject": message.subject, "text": message.body})
        message.attach_alternative(html, "text/html")
    return message


def render(template_prefix: str, context: dict, *, to: str, language: str) -> EmailMultiAlternatives:
    """One message to one person, with the texts in their language."""
    with translation.override(language):
        subject = " ".join(render_to_string(f"{template_prefix}_subject.txt", context).split())
        body = render_to_string(f"{template_prefix}_message.txt", context).strip()
        message = EmailMultiAlternatives(f"Hyvinvointitarjotin: {subject}", body, settings.DEFAULT_FROM_EMAIL, [to])
        try:
            message.attach_alternative(render_to_string(f"{template_prefix}_message.html", context), "text/html")
        except TemplateDoesNotExist:
            pass
        return with_html(message)


def queue(message: EmailMultiAlternatives) -> None:
    """Send a rendered message in the background (django-tasks; at once with the immediate backend)."""
    from accounts.tasks import send_email

    html = next((content for content, mimetype in message.alternatives if mimetype == "text/html"), "")
    send_email.enqueue(
        subject=message.subject, body=message.body, html=html, to=list(message.to), from_email=message.from_email
    )
