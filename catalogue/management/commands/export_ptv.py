"""Write the PTV export (catalogue/ptv.py) as JSON; listings too long for PTV are reported, not sent."""

import json

from django.conf import settings
from django.core.management.base import BaseCommand

from catalogue import ptv


class Command(BaseCommand):
    help = "Export the public ongoing activities of associations with a Y-tunnus in the PTV service shape (JSON)."

    def add_arguments(self, parser):
        parser.add_argument("--output", help="File to write; standard output when left out.")

    def handle(self, *args, output=None, **options):
        site = settings.SITE_URL.rstrip("/")
        services, skipped = ptv.export(ptv.candidates().iterator(chunk_size=500), lambda listing: site + listing.get_absolute_url())
        document = json.dumps({"services": services, "skipped": skipped}, ensure_ascii=False, indent=2)
        if output:
            with open(output, "w", encoding="utf-8") as file:
                file.write(document)
        else:
            self.stdout.write(document)
        self.stderr.write(f"exported {len(services)}, skipped {len(skipped)}")
