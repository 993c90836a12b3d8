"""purge_registrations: personal data goes N days after the event; counts stay; safe to re-run."""

import datetime
from io import StringIO

from django.core.management import call_command
from django.utils import timezone

from events.models import Registration
from services.models import VolunteerInterest
from tests.events.conftest import sign_up
from tests.factories import make_listing
from services.models import Listing


def _purge() -> str:
    out = StringIO()
    call_command("purge_registrations", stdout=out)
    return out.getvalue()


def _move_to_past(occurrence, days_ago):
    occurrence.starts_at = timezone.now() - datetime.timedelta(days=days_ago, hours=2)
    occurrence.ends_at = timezone.now() - datetime.timedelta(days=days_ago)
    occurrence.save()


def test_sign_ups_of_a_date_over_for_longer_than_the_setting_are_anonymised(occurrence, settings):
    settings.PERSONAL_DATA_RETENTION_DAYS = 30
    registration = sign_up(occurrence, phone="040 1")
    registration.mark_attended(True)
    _move_to_past(occurrence, 31)

    assert _purge() == "anonymised 1 sign-ups, 0 volunteer interests\n"

    registration.refresh_from_db()
    assert (registration.name, registration.email, registration.phone) == ("–", "", "")
    assert registration.attended and registration.status == Registration.Status.CONFIRMED


def test_recent_dates_keep_their_sign_ups(occurrence, settings):
    settings.PERSONAL_DATA_RETENTION_DAYS = 30
    sign_up(occurrence)
    _move_to_past(occurrence, 29)

    assert _purge().startswith("anonymised 0 sign-ups")
    assert Registration.objects.get().name == "Maija Meikäläinen"


def test_running_again_changes_nothing_more(occurrence, settings):
    settings.PERSONAL_DATA_RETENTION_DAYS = 0
    sign_up(occurrence)
    _move_to_past(occurrence, 1)
    _purge()

    assert _purge() == "anonymised 0 sign-ups, 0 volunteer interests\n"


def test_volunteer_interests_untouched_for_the_period_are_anonymised(association, settings):
    settings.PERSONAL_DATA_RETENTION_DAYS = 30
    role = make_listing(association, kind=Listing.Kind.VOLUNTEER_ROLE)
    old = VolunteerInterest.objects.create(role=role, name="Vanha", contact="v@example.fi", message="Hei")
    fresh = VolunteerInterest.objects.create(role=role, name="Uusi", contact="u@example.fi")
    VolunteerInterest.objects.filter(pk=old.pk).update(updated_at=timezone.now() - datetime.timedelta(days=31))

    assert _purge() == "anonymised 0 sign-ups, 1 volunteer interests\n"

    old.refresh_from_db()
    assert (old.name, old.contact, old.message, old.state) == ("–", "", "", VolunteerInterest.State.NEW)
    assert VolunteerInterest.objects.get(pk=fresh.pk).name == "Uusi"
