"""What vocabulary care tells the apps that keep something derived from classifications."""

from django.dispatch import Signal

# Sent inside the transaction after merge_terms() or merge_tags() moved classifications with bulk
# writes, which send no model signals. Arguments: `owners`, a dict from each model whose objects
# were reclassified (e.g. Listing) to the set of their ids.
vocabulary_merged = Signal()
