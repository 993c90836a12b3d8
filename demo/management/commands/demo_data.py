import time

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from associations.models import Association
from demo.generate import DEMO_DOMAIN, PER_SCALE, TZ, generate
from demo.load import DEMO_PASSWORD, LIAISON_EMAIL, MEMBER_EMAIL, load


class Command(BaseCommand):
    help = (
        "Fill the database with realistic Finnish demo content. Safe to re-run: it replaces its own "
        f"earlier content (associations with an @{DEMO_DOMAIN} address) and touches nothing else."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale", type=float, default=1.0,
            help=f"Size: 1 gives {PER_SCALE['associations']} associations, {PER_SCALE['activity']} activities, "
                 f"{PER_SCALE['event']} events and {PER_SCALE['role']} volunteer roles; all grow linearly "
                 "(fractions allowed).",
        )
        parser.add_argument(
            "--seed", type=int, default=2026, help="The same seed on the same day gives the same content."
        )
        parser.add_argument(
            "--if-empty", action="store_true",
            help="Do nothing if any association exists (make run loads the demo once).",
        )

    def handle(self, *args, scale, seed, if_empty, **options):
        if scale <= 0:
            raise CommandError("--scale must be positive.")
        if if_empty and Association.objects.exists():
            self.stdout.write("Associations exist already; demo data not loaded.")
            return
        started = time.monotonic()
        # Anchored on today in Helsinki, so that upcoming events are upcoming whenever it is run.
        plan = generate(scale=scale, seed=seed, today=timezone.localdate(timezone=TZ))
        counts = load(plan)
        elapsed = time.monotonic() - started
        self.stdout.write(self.style.SUCCESS(
            f"Demo data loaded in {elapsed:.1f} s: {counts['associations']} associations, {counts['places']} places, "
            f"{counts['activity']} activities, {counts['event']} events, {counts['role']} volunteer roles."
        ))
        self.stdout.write(
            "Demo logins, for local use only (never load demo data on a public server):\n"
            f"  liaison (admin):        {LIAISON_EMAIL} / {DEMO_PASSWORD}\n"
            f"  association member:     {MEMBER_EMAIL} / {DEMO_PASSWORD}  (admin of two associations)"
        )
