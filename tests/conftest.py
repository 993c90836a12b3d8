"""The fixed cast every test draws from.

- liaison: the wellbeing area's liaison person, a superuser who works in admin
- association: an approved association in Nurmijärvi, with
  - assoc_admin: its admin member
  - editor: its editor member
- outsider: admin of another association
- resident: an anonymous visitor (the plain `client`)
"""

import pytest
from django.core.cache import cache, caches
from django.test import Client
from django.utils import translation

from accounts.models import User
from associations.models import Membership
from catalogue import index, invalidation, view_counting
from services.models import Place
from tests.factories import PASSWORD, make_association, make_listing, make_user, pass_second_factor
from vocabularies.models import Language, Municipality, TargetGroup, Theme


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
    # Rendered cards, page parts and pages are keyed by versions that a new test's data may repeat.
    caches["fragments"].clear()
    caches["pages"].clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def catalogue_follows_at_once(monkeypatch):
    """pytest-django runs each test in a transaction that never commits, so on_commit work would
    never run: the catalogue follows each change at once instead (tests/catalogue/test_invalidation.py
    checks the commit-time behaviour itself)."""
    monkeypatch.setattr(invalidation, "on_commit", lambda callback: callback())


@pytest.fixture(autouse=True)
def views_written_at_once(settings):
    """Views are written as each response ends, as if every request came after the interval;
    tests/dashboard/test_view_buffer.py checks the interval itself."""
    settings.VIEW_COUNTS_WRITTEN_EVERY = 0
    yield
    view_counting._views.clear()


@pytest.fixture(autouse=True)
def fresh_catalogue_index():
    """Each test starts without the previous test's in-memory catalogue index."""
    index.holder.reset()
    yield
    index.holder.reset()


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


@pytest.fixture
def liaison_client(client, liaison):
    """The liaison logged in to admin (force_login also marks the second factor as passed)."""
    client.force_login(liaison)
    return client
