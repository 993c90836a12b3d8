"""Daily: remind associations of listings nobody has confirmed lately; report what is hidden.

Safe to run again: each stale listing is reminded once (services.actions.check_freshness).
"""

import datetime

from django.core.management.base import BaseCommand, CommandError

from services import actions


class Command(BaseCommand):
    help = "Remind associations of listings not confirmed for FRESHNESS_MONTHS; report listings hidden as stale."

    def add_arguments(self, parser):
        parser.add_argument("--today", help="Run as if it were this day (YYYY-MM-DD); for testing and catching up.")

    def handle(self, *args, **options):
        today = None
        if options["today"]:
            try:
                today = datetime.date.fromisoformat(options["today"])
            except ValueError:
                raise CommandError("--today must be a date like 2026-03-01.") from None
        report = actions.check_freshness(today=today)
        self.stdout.write(f"reminded {report.reminded}, hidden {report.hidden}")
