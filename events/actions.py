"""Sign-ups that send mail: signing up, cancelling (and promoting from the waiting list), and the
association's message to everyone signed up. Mail leaves after the transaction commits.
"""

from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils.translation import get_language

from events.models import Occurrence, Registration
from tarjotin.mail import send_templated_mail


def _cancel_url(registration: Registration) -> str:
    return reverse("events:registration", args=[registration.cancel_token()])


def _mail_registrant(template: str, registration: Registration, **context) -> None:
    if not registration.email:
        return
    context = {"registration": registration, "event": registration.occurrence.event,
               "occurrence": registration.occurrence, "cancel_url": _cancel_url(registration), **context}
    send_templated_mail(f"email/events/{template}", context, to=[registration.email], language=registration.language)


def sign_up(*, occurrence: Occurrence, details: dict, submission, by_counsellor=None) -> tuple[Registration, bool]:
    """(the sign-up, whether it is new). The same form sent twice gives back the first sign-up."""
    earlier = Registration.objects.filter(submission=submission).first()
    if earlier is not None:
        return earlier, False
    try:
        registration = Registration.sign_up(
            occurrence, submission=submission, by_counsellor=by_counsellor, language=(get_language() or "fi")[:2], **details,
        )
    except IntegrityError:
        # Two presses raced past the check above; the other one holds the seat.
        return Registration.objects.get(submission=submission), False
    # Rendered after the seat is committed and the date's row unlocked: the next person in line
    # should not wait for this person's mail templates.
    _mail_registrant("signed_up", registration)
    return registration, True


def cancel(*, registration: Registration) -> list[Registration]:
    """Cancel one sign-up; everyone moved up from the waiting list is told by mail."""
    with transaction.atomic():
        promoted = registration.cancel()
        _mail_registrant("cancelled", registration)
        for person in promoted:
            _mail_registrant("promoted", person)
    return promoted


def mail_registrants(*, occurrence: Occurrence, subject: str, body: str, sender) -> int:
    """The association's own message to everyone with a seat or in the queue who gave an email."""
    recipients = [r for r in occurrence.registrations.active().select_related("occurrence__event") if r.email]
    with transaction.atomic():
        for registration in recipients:
            _mail_registrant("message", registration, subject=subject, body=body, sender=sender)
    return len(recipients)
