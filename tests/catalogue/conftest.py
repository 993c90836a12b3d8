"""Fixtures of the catalogue's tests: a small world of public and hidden listings."""

import datetime

import pytest
from django.utils import timezone

from services.models import Listing
from tests.factories import make_association, make_listing
from vocabularies.models import Language, TargetGroup, Theme


def classify(listing, *, target_groups=(), themes=(), languages=("suomi",)):
    listing.target_groups.set(TargetGroup.objects.filter(slug__in=target_groups))
    listing.themes.set(Theme.objects.filter(slug__in=themes))
    listing.languages.set(Language.objects.filter(slug__in=languages))
    return listing


@pytest.fixture
def world(association, place):
    """Four public listings and three that must never show."""
    soon = timezone.localtime() + datetime.timedelta(days=2)
    soon = soon.replace(hour=18, minute=0, second=0, microsecond=0)
    listings = {
        "peer_group": classify(
            make_listing(association, title="Vertaistukiryhmä ikäihmisille", place=place, weekdays=[1], times_of_day=[1]),
            target_groups=["ikaihmiset"],
            themes=["vertaistuki"],
        ),
        "baby_cafe": classify(
            make_listing(
                association, title="Vauvakahvila", summary="Kahvia ja juttuseuraa vauvaperheille.", is_free=False,
                price="5 €", weekdays=[3], times_of_day=[2], is_online=True,
            ),
            target_groups=["lapsiperheet"],
            themes=["lapsi-ja-perhetyo"],
        ),
        "dance": classify(
            make_listing(
                association, kind=Listing.Kind.EVENT, title="Tanssi-ilta", summary="Lavatansseja elävän musiikin tahdissa.",
                starts_at=soon, ends_at=soon + datetime.timedelta(hours=3), municipalities=["hyvinkaa"],
                registration_required=True, capacity=40,
            ),
            target_groups=["ikaihmiset"],
        ),
        "friend": classify(
            make_listing(
                association, kind=Listing.Kind.VOLUNTEER_ROLE, title="Ystävä ikäihmiselle",
                summary="Lähde ulkoilukaveriksi yksin asuvalle.", municipalities=["forssa"],
            ),
            themes=["tukihenkilotoiminta"],
        ),
    }
    hidden = {
        "draft": make_listing(association, title="Luonnos ikäihmisille", status=Listing.Status.DRAFT),
        "past": make_listing(
            association, kind=Listing.Kind.EVENT, title="Mennyt tanssi-ilta ikäihmisille",
            starts_at=timezone.now() - datetime.timedelta(days=3), ends_at=timezone.now() - datetime.timedelta(days=3, hours=-2),
        ),
        "unapproved": make_listing(make_association("Hyväksymätön yhdistys", approved=False), title="Piilossa ikäihmisille"),
    }
    return listings, hidden
