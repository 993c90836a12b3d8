from django.core.mail import EmailMultiAlternatives
from django_tasks import task


@task()
def send_email(*, subject: str, body: str, html: str, to: list[str], from_email: str) -> None:
    """Hand one rendered message to the mail server (accounts.mail renders and queues it)."""
    message = EmailMultiAlternatives(subject, body, from_email, to)
    if html:
        message.attach_alternative(html, "text/html")
    message.send()
