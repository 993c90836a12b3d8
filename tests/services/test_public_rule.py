"""One rule for what is public: `Listing.is_public()` answers exactly what `published()` selects."""

import datetime

from django.utils import timezone

from services.models import Listing, hidden_before
from tests.factories import make_association, make_listing


def test_is_public_agrees_with_published_for_listings_in_every_state(association, liaison):
    unapproved = make_association("Uusi Yhdistys", approved=False)
    long_ago = hidden_before() - datetime.timedelta(days=1)
    listings = [make_listing(association, status=status, title=f"{status}") for status in Listing.Status]
    listings += [
        make_listing(unapproved, title="Hyväksymättömän yhdistyksen"),
        make_listing(association, title="Vanhentunut", last_confirmed_on=long_ago),
        make_listing(association, title="Juuri ja juuri", last_confirmed_on=hidden_before()),
        make_listing(association, kind=Listing.Kind.EVENT, title="Tapahtuma"),
    ]
    published = listings[list(Listing.Status).index(Listing.Status.PUBLISHED)]
    listings.append(published.start_editing(by=liaison))  # a working copy is never public itself

    selected = set(Listing.objects.published().values_list("pk", flat=True))
    answered = {listing.pk for listing in Listing.objects.filter(pk__in=[x.pk for x in listings]) if listing.is_public()}

    assert answered == selected
    assert len(selected) == 3  # published, "Juuri ja juuri" and the event


def test_a_listing_hidden_as_stale_says_so(association):
    listing = make_listing(association, last_confirmed_on=timezone.localdate() - datetime.timedelta(days=3650))

    assert listing.is_hidden_as_stale() and not listing.is_public()
