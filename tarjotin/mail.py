"""Every email the service sends: rendered in the recipient's language, sent in the background.

One message = a call to `send_templated_mail` with a template prefix; three templates beside it:
`<prefix>_subject.txt`, `<prefix>.txt` and `<prefix>.html`. Sending happens in a django-tasks
task after the surrounding transaction commits, so a rolled-back change never sends mail.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation
from django_tasks import task


def render_mail(template_prefix: str, context: dict, *, language: str = "fi") -> tuple[str, str, str]:
    """(subject, text, html) of one message in the given language."""
    with translation.override(language or settings.LANGUAGE_CODE):
        context = {"site_url": settings.SITE_URL, **context}
        subject = " ".join(render_to_string(f"{template_prefix}_subject.txt", context).split())
        text = render_to_string(f"{template_prefix}.txt", context)
        html = render_to_string(f"{template_prefix}.html", context)
    return subject, text, html


@task()
def deliver_mail(*, to: list[str], subject: str, text: str, html: str) -> None:
    message = EmailMultiAlternatives(subject=subject, body=text, to=to)
    message.attach_alternative(html, "text/html")
    message.send()


def send_templated_mail(template_prefix: str, context: dict, *, to: list[str], language: str = "fi") -> None:
    """Render now (the data is at hand), deliver in the background once the transaction commits."""
    if not to:
        return
    subject, text, html = render_mail(template_prefix, context, language=language)
    transaction.on_commit(lambda: deliver_mail.enqueue(to=to, subject=subject, text=text, html=html))
