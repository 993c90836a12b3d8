"""Daily: remove the personal data of people who signed up or offered to volunteer, once it is no
longer needed (PERSONAL_DATA_RETENTION_DAYS after the event's date, or after a volunteer interest
last changed). The rows stay for the counts; names, contacts and messages go.

Safe to run again: what is already anonymised is not touched.
"""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from events.models import Registration
from services.models import VolunteerInterest


class Command(BaseCommand):
    help = "Anonymise sign-ups and volunteer interests older than PERSONAL_DATA_RETENTION_DAYS; counts stay."

    def handle(self, *args, **options):
        before = timezone.now() - datetime.timedelta(days=settings.PERSONAL_DATA_RETENTION_DAYS)
        with transaction.atomic():
            registrations = list(Registration.objects.to_purge(before).select_for_update())
            for registration in registrations:
                registration.anonymise()
            interests = list(VolunteerInterest.objects.to_purge(before).select_for_update())
            for interest in interests:
                interest.anonymise()
        self.stdout.write(f"anonymised {len(registrations)} sign-ups, {len(interests)} volunteer interests")
