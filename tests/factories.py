"""Plain functions that build the objects tests need; the fixed cast in tests/conftest.py uses them."""

import datetime

from allauth.account.internal.flows.login import record_authentication
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from associations.models import Association
from events.models import Occurrence
from services.models import Listing
from vocabularies.models import Municipality

PASSWORD = "Kahvi-ja-pulla-2026"


def make_user(email, **fields):
    return User.objects.create_user(email=email, password=PASSWORD, **fields)


def make_association(name, *, municipalities=("nurmijarvi",), approved=True):
    association = Association.objects.create(
        name=name,
        slug=name.lower().replace(" ", "-").replace("ä", "a").replace("ö", "o"),
        approved_at=timezone.now() if approved else None,
    )
    association.municipalities.set(Municipality.objects.filter(slug__in=municipalities))
    return association


def make_listing(association, *, kind=Listing.Kind.ACTIVITY, status=Listing.Status.PUBLISHED, **fields):
    defaults = dict(
        title="Kohtaamispaikka ikäihmisille",
        summary="Kahvia, juttuseuraa ja vertaistukea joka tiistai.",
        schedule="Tiistaisin klo 13–15",
    )
    if kind == Listing.Kind.EVENT:
        start = timezone.now() + datetime.timedelta(days=7)
        defaults.update(starts_at=start, ends_at=start + datetime.timedelta(hours=2))
    if kind == Listing.Kind.VOLUNTEER_ROLE:
        defaults.update(time_commitment="2 tuntia viikossa")
    defaults.update(fields)
    municipalities = defaults.pop("municipalities", ("nurmijarvi",))
    listing = Listing.objects.create(association=association, kind=kind, status=status, **defaults)
    listing.municipalities.set(Municipality.objects.filter(slug__in=municipalities))
    if kind == Listing.Kind.EVENT and listing.starts_at and listing.ends_at and not listing.working_copy_of_id:
        Occurrence.objects.create(event=listing, starts_at=listing.starts_at, ends_at=listing.ends_at)
    return listing


def pass_second_factor(client, user):
    """Mark the client's session as having passed TOTP, as allauth does after the code is entered."""
    request = HttpRequest()
    request.session = client.session
    record_authentication(request, user, "mfa", type="totp")
    request.session.save()


def admin_url(model, view, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


def seen_rows(*listings):
    """The hidden "id-version" inputs of the admin list rows these listings were shown in."""
    return {"seen_version": [f"{listing.pk}-{listing.version}" for listing in listings]}


def form_data(association, **fields):
    """What a liaison types into a listing's add page."""
    data = {
        "association": association.pk,
        "title": "Muistikahvila",
        "slug": "",
        "summary": "Juttuseuraa ja tietoa muistisairauksista.",
        "text_language": "fi",
        "municipalities": [Municipality.objects.get(slug="nurmijarvi").pk],
        "tags": "",
        "is_free": "on",
        "status": Listing.Status.DRAFT,
        "last_confirmed_on": "2026-03-01",
        # The event admin's inlines (its dates and sign-up form), empty; other kinds ignore them.
        **{f"{prefix}-{key}": value for prefix in ("occurrences", "signup_settings")
           for key, value in (("TOTAL_FORMS", "0"), ("INITIAL_FORMS", "0"))},
    }
    data.update(fields)
    return data
