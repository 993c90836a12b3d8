"""Daily: mail the liaisons one digest of the listings that started waiting for review.

Safe to run again the same day: a listing is in one digest only (moderation.actions).
"""

from django.core.management.base import BaseCommand

from moderation import actions


class Command(BaseCommand):
    help = "Mail the liaisons one digest of the listings that started waiting for review since the last digest."

    def handle(self, *args, **options):
        digest = actions.send_moderation_digest()
        if digest is None:
            self.stdout.write("No new listings waiting for review, or no liaison to tell: nothing sent.")
            return
        self.stdout.write(
            f"Digest sent to {digest.recipient_count} liaison(s): {digest.listing_count} new listing(s) waiting."
        )
