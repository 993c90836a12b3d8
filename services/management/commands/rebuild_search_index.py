from django.core.management.base import BaseCommand

from services import search
from services.models import CatalogueRevision, Listing

CHUNK = 2000


class Command(BaseCommand):
    help = "Rebuild every listing's search document, e.g. after the search rules in services/search.py change."

    def handle(self, *args, **options):
        ids = list(Listing.objects.order_by("pk").values_list("pk", flat=True))
        changed = 0
        for start in range(0, len(ids), CHUNK):
            chunk = Listing.objects.filter(pk__in=ids[start : start + CHUNK]).select_related("association")
            changed += search.reindex(chunk)
        # bulk_update sends no signals: tell every process's catalogue index itself.
        CatalogueRevision.bump()
        self.stdout.write(f"Rebuilt the search documents of {changed} of {len(ids)} listings.")
