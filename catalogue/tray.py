"""The counsellor's tray ("tarjotin"): a few listings collected for one client.

Nothing about the client is kept on the server. The tray lives in the address
(`/tarjotin/?ids=12,7,31&note=…`), which is also the link handed to the client, and in the
browser's localStorage (static/js/tray.js); the server only reads it. The order of the ids is the
order the counsellor chose.
"""

from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.http import urlencode

from catalogue.detail_views import when_text
from services.models import Listing

MAX_ITEMS = 12  # a handout for one meeting; a longer list helps nobody
MAX_NOTE = 500


def parse_ids(value: str) -> list[int]:
    """The listing ids in a tray address, in order, each once; anything else is left out."""
    ids = []
    for part in (value or "").replace(" ", ",").split(","):
        if part.isdigit() and 0 < int(part) < 2**31 and int(part) not in ids:
            ids.append(int(part))
    return ids[:MAX_ITEMS]


@dataclass
class Tray:
    ids: list[int]
    note: str = ""
    listings: list[Listing] = field(default_factory=list)

    @classmethod
    def from_params(cls, params) -> "Tray":
        """The tray an address describes, with its public listings loaded in the chosen order."""
        tray = cls(ids=parse_ids(params.get("ids", "")), note=(params.get("note") or "").strip()[:MAX_NOTE])
        if tray.ids:
            rows = (
                Listing.objects.published()
                .filter(pk__in=tray.ids)
                .select_related("association", "place__municipality")
                .prefetch_related("languages")
            )
            by_id = {listing.pk: listing for listing in rows}
            tray.listings = [by_id[pk] for pk in tray.ids if pk in by_id]
        return tray

    @property
    def missing(self) -> int:
        """Listings in the address that are no longer public (withdrawn, hidden or never were)."""
        return len(self.ids) - len(self.listings)

    @property
    def shown_ids(self) -> str:
        """The ids of the listings shown, as the address writes them."""
        return ",".join(str(listing.pk) for listing in self.listings)

    def query(self, ids=None, **extra) -> str:
        """The query string of this tray (its public listings), or of the same tray with other ids."""
        ids = [listing.pk for listing in self.listings] if ids is None else ids
        # "ids=" stays even when empty: it tells tray.js that the address, not the browser's
        # memory, holds the tray (the last item was just removed).
        params = {"ids": ",".join(map(str, ids))}
        if self.note:
            params["note"] = self.note
        params.update({key: value for key, value in extra.items() if value})
        return urlencode(params)

    def with_added(self, pk: int) -> list[int]:
        return self.ids if pk in self.ids else [*self.ids, pk][:MAX_ITEMS]

    def moves(self):
        """(listing, query moving it up, query moving it down, query without it) for each listing."""
        shown = [listing.pk for listing in self.listings]
        rows = []
        for i, listing in enumerate(self.listings):
            up = down = None
            if i > 0:
                up = self.query(shown[: i - 1] + [shown[i], shown[i - 1]] + shown[i + 1 :])
            if i < len(shown) - 1:
                down = self.query(shown[:i] + [shown[i + 1], shown[i]] + shown[i + 2 :])
            rows.append((listing, up, down, self.query([pk for pk in shown if pk != listing.pk])))
        return rows


def when(listing: Listing) -> str:
    """When the client would go, as one line."""
    if listing.kind == Listing.Kind.EVENT and listing.starts_at:
        return when_text(listing.starts_at, listing.ends_at)
    return listing.schedule or listing.time_commitment


def has_ended(listing: Listing) -> bool:
    return listing.kind == Listing.Kind.EVENT and listing.ends_at is not None and listing.ends_at < timezone.now()
