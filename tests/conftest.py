"""The fixed cast every test draws from.

- liaison: the wellbeing area's liaison person, a superuser who works in admin
- association: an approved association in Nurmijärvi, with
  - assoc_admin: its admin member
  - editor: its editor member
- outsider: admin of another association
- resident: an anonymous visitor (the plain `client`)
"""

import datetime

import pytest
from django.utils import timezone, translation

from accounts.models import User
from associations.models import Association, Membership
from services import catalogue, search
from services.models import Listing, Place
from vocabularies.models import Language, Municipality, TargetGroup, Theme

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
    search.reindex([listing])
    catalogue.changed()
    return listing


@pytest.fixture(autouse=True)
def plain_static_files(settings):
    """Tests run with DEBUG off but without collectstatic, so no hashed-name manifest exists."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(autouse=True)
def finnish_by_default():
    """A request to /sv/ leaves Swedish active in the test thread; start every test in Finnish."""
    translation.activate("fi")
    yield
    translation.activate("fi")


@pytest.fixture(autouse=True)
def fresh_catalogue_index():
    """Each test starts without the previous test's in-memory catalogue index."""
    catalogue.holder.reset()
    yield
    catalogue.holder.reset()


@pytest.fixture
def liaison(db):
    return User.objects.create_superuser(email="liisa.yhteys@keusote.example", password=PASSWORD, first_name="Liisa")


@pytest.fixture
def association(db):
    return make_association("Nurmijärven Eläkkeensaajat")


@pytest.fixture
def assoc_admin(association):
    user = make_user("aino.admin@example.fi", first_name="Aino")
    Membership.objects.create(user=user, association=association, role=Membership.Role.ADMIN)
    return user


@pytest.fixture
def editor(association):
    user = make_user("eero.editor@example.fi", first_name="Eero")
    Membership.objects.create(user=user, association=association, role=Membership.Role.EDITOR)
    return user


@pytest.fixture
def other_association(db):
    return make_association("Forssan Martat", municipalities=("forssa",))


@pytest.fixture
def outsider(other_association):
    user = make_user("olli.ulko@example.fi", first_name="Olli")
    Membership.objects.create(user=user, association=other_association, role=Membership.Role.ADMIN)
    return user


@pytest.fixture
def place(association):
    return Place.objects.create(
        name="Kirjaston kerhohuone",
        street_address="Keskustie 2",
        postal_code="01900",
        municipality=Municipality.objects.get(slug="nurmijarvi"),
        association=association,
        is_accessible=True,
    )


@pytest.fixture
def activity(association, place):
    listing = make_listing(association, place=place)
    listing.target_groups.set(TargetGroup.objects.filter(slug="ikaihmiset"))
    listing.themes.set(Theme.objects.filter(slug="vertaistuki"))
    listing.languages.set(Language.objects.filter(slug="suomi"))
    return listing
