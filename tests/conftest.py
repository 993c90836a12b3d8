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
from allauth.account.internal.flows.login import record_authentication
from django.core.cache import cache
from django.http import HttpRequest
from django.test import Client
from django.urls import reverse
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


def pytest_configure(config):
    config.addinivalue_line("markers", "real_second_factor: force_login() leaves out the TOTP step for staff")


def pass_second_factor(client, user):
    """Mark the client's session as having passed TOTP, as allauth does after the code is entered."""
    request = HttpRequest()
    request.session = client.session
    record_authentication(request, user, "mfa", type="totp")
    request.session.save()


@pytest.fixture(autouse=True)
def staff_force_login_includes_second_factor(request, monkeypatch):
    """`client.force_login(staff)` (and pytest-django's admin_client) stands for a complete sign-in.

    Admin requires the second factor in the session (accounts/admin_site.py), so for staff users
    force_login also marks it passed. Tests of the second factor itself opt out with
    @pytest.mark.real_second_factor.
    """
    if request.node.get_closest_marker("real_second_factor"):
        return
    force_login = Client.force_login

    def force_login_with_second_factor(self, user, backend=None):
        force_login(self, user, backend)
        if user.is_staff:
            pass_second_factor(self, user)

    monkeypatch.setattr(Client, "force_login", force_login_with_second_factor)


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """The production hasher takes about a second a password on purpose; tests hash hundreds."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def empty_cache(settings):
    """Rate limits count in the cache: one test's failed logins must not lock out the next test.

    Production shares the database cache between processes; the tests run in one process, and
    a cache in memory needs no database access in tests that have none.
    """
    settings.CACHES = {**settings.CACHES, "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    cache.clear()
    yield
    cache.clear()


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


def admin_url(model, view, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


@pytest.fixture
def liaison_client(client, liaison):
    """The liaison logged in to admin (force_login also marks the second factor as passed)."""
    client.force_login(liaison)
    return client
