"""After a deployment or a restore: do the public pages answer from this database?"""

from django.core.management.base import BaseCommand, CommandError
from django.test import Client
from django.test.utils import override_settings

from catalogue import index
from services.models import Listing


class Command(BaseCommand):
    help = "Build the catalogue index and fetch the health check, the catalogue, a listing and the API in-process."

    def handle(self, *args, **options):
        built = index.build_index("smoke-check")
        listing = Listing.objects.published().order_by("-pk").first()
        paths = ["/healthz", "/", "/sv/?q=kerho", "/api/v1/listings/?q=vertaistuki", "/sitemap.xml"]
        if listing:
            paths.append(listing.get_absolute_url())
        failed = []
        # The test client speaks as "testserver": allowed here only, for these in-process requests.
        with override_settings(ALLOWED_HOSTS=["testserver"], SECURE_SSL_REDIRECT=False):
            client = Client(raise_request_exception=False)  # a failing page is reported, not raised
            for path in paths:
                status = client.get(path).status_code
                self.stdout.write(f"{status} {path}")
                if status != 200:
                    failed.append(path)
        if failed:
            raise CommandError(f"Not answering 200: {', '.join(failed)}")
        self.stdout.write(self.style.SUCCESS(f"Smoke check passed: {len(built.ids)} public listings in the catalogue."))
