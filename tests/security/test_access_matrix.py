"""Who reaches an association's data: every such address × every kind of visitor, in one table.

The addresses come from the URL conf. Each one must be either in MATRIX (it acts on one
association's data, with the action it needs) or in NOT_ASSOCIATION_DATA with the reason; a new
address in neither fails `test_every_address_is_classified`, so nobody adds one unchecked.
Admin is left out: the admin site opens only to staff who passed TOTP (tests/accounts).
"""

import pytest
from django.urls import reverse

from associations.models import Action, Invitation, Membership
from services.models import Listing, VolunteerInterest
from tests.dashboard.edit_helpers import url_for as dashboard_url_for
from tests.factories import make_listing, make_user
from tests.security.urlconf import named_patterns

# name: (method, what its arguments are, the action it needs)
MATRIX = {
    "dashboard:association": ("get", "association", Action.VIEW_DASHBOARD),
    "dashboard:statistics-csv": ("get", "association-year", Action.EXPORT_STATISTICS),
    "dashboard:listing-create": ("post", "association-kind", Action.EDIT_LISTINGS),
    "dashboard:listing-edit": ("post", "listing", Action.EDIT_LISTINGS),
    "dashboard:listing-preview": ("get", "listing", Action.VIEW_DASHBOARD),
    "dashboard:listing-submit": ("post", "listing", Action.SUBMIT_LISTINGS),
    "dashboard:listing-duplicate": ("post", "listing", Action.EDIT_LISTINGS),
    "dashboard:listing-archive": ("post", "listing", Action.ARCHIVE_LISTINGS),
    "dashboard:listing-restore": ("post", "archived", Action.ARCHIVE_LISTINGS),
    "dashboard:listing-confirm": ("post", "listing", Action.EDIT_LISTINGS),
    "manage:profile": ("post", "association", Action.EDIT_PROFILE),
    "manage:members": ("get", "association", Action.MANAGE_MEMBERS),
    "manage:invite": ("post", "association", Action.MANAGE_MEMBERS),
    "manage:member-role": ("post", "membership", Action.MANAGE_MEMBERS),
    "manage:member-remove": ("post", "membership", Action.MANAGE_MEMBERS),
    "manage:invitation-cancel": ("post", "invitation", Action.MANAGE_MEMBERS),
    "events:registration-list": ("get", "event", Action.EDIT_LISTINGS),
    "events:registration-csv": ("get", "event", Action.EDIT_LISTINGS),
    "events:signup-settings": ("post", "event", Action.EDIT_LISTINGS),
    "events:attendance": ("post", "occurrence", Action.EDIT_LISTINGS),
    "events:registrants-mail": ("post", "occurrence", Action.EDIT_LISTINGS),
    "services:interest-list": ("get", "association", Action.EDIT_LISTINGS),
    "services:interest-state": ("post", "interest", Action.EDIT_LISTINGS),
}
NOT_ASSOCIATION_DATA = {
    "healthz": "health check, no data",
    "livez": "liveness check, no data",
    "robots-txt": "public",
    "api:root": "public API",
    "api:openapi": "public API",
    "api:listing-list": "public API: only Listing.objects.published()",
    "api:listing-detail": "public API: only Listing.objects.published()",
    "api:association-list": "public API: only approved associations",
    "api:association-detail": "public API: only approved associations",
    "pages:accessibility": "public page",
    "pages:privacy": "public page",
    "catalogue:catalogue": "public: only published listings",
    "catalogue:catalogue-ics": "public: only published listings",
    "catalogue:activity-detail": "public: only published listings",
    "catalogue:event-detail": "public: only published listings",
    "catalogue:role-detail": "public: only published listings",
    "catalogue:event-ics": "public: only published listings",
    "catalogue:association-list": "public: only approved associations",
    "catalogue:association-detail": "public: only approved associations",
    "catalogue:association-ics": "public: only approved associations",
    "services:freshness-confirm": "a signed, expiring link mailed to the association (tests/services/test_freshness.py)",
    "moderation:staff-preview": "staff only (tests/moderation)",
    "dashboard:home": "the signed-in person's own associations",
    "manage:register": "anyone signed in registers a new association",
    "manage:invitation": "the invitation link (tests/associations/test_invitations.py)",
    "media": "uploaded logos, public on the association's pages",
    "accounts:counsellor-request": "the signed-in person's own request (tests/accounts)",
    "catalogue:tray": "public: only published listings, nothing stored",
    "catalogue:tray-handout": "public: only published listings, nothing stored",
    "catalogue:tray-email": "public: only published listings, mailed and not stored",
    "catalogue:activity-ics": "public: only published listings",
    "events:event-signup": "public: a resident signs up for a published event (tests/events)",
    "events:registration": "a signed link mailed to the person who signed up (tests/events)",
    "services:role-interest": "public: a resident says they are interested in a published role",
    "api:docs": "public API",
    "api:openapi-json": "public API",
    "api:removed-list": "public API: ids of listings that left the public catalogue",
    "api:api-root": "public API",
    "hsds:root": "public API (HSDS): only public listings and approved associations",
    "hsds:service-list": "public API (HSDS)",
    "hsds:service-detail": "public API (HSDS)",
    "hsds:organization-list": "public API (HSDS)",
    "hsds:organization-detail": "public API (HSDS)",
    "hsds:location-list": "public API (HSDS)",
    "hsds:location-detail": "public API (HSDS)",
    "hsds:service-at-location-list": "public API (HSDS)",
    "hsds:service-at-location-detail": "public API (HSDS)",
    "linkedevents:event-list": "public API (LinkedEvents shape): only published events",
    "linkedevents:event-detail": "public API (LinkedEvents shape)",
    "linkedevents:place-detail": "public API (LinkedEvents shape)",
    "linkedevents:keyword-detail": "public API (LinkedEvents shape)",
    "linkedevents:language-detail": "public API (LinkedEvents shape)",
    "ptv-services": "public export: only public activities of associations with a Y-tunnus",
    "catalogue:catalogue-atom": "public: only published listings",
    "catalogue:embed": "public: only published listings",
    "catalogue:embed-code": "public page",
    "catalogue:association-atom": "public: only approved associations",
}
VISITORS = ["anonymous", "signed-in stranger", "admin of another association", "member with too low a role", "member allowed"]
EXPECTED = {
    "signed-in stranger": 404,
    "admin of another association": 404,
    "member with too low a role": 403,
}


def test_every_address_is_classified():
    unclassified = [
        name for name in named_patterns()
        if not name.startswith("admin:") and name not in MATRIX and name not in NOT_ASSOCIATION_DATA
    ]
    assert not unclassified, f"Add these addresses to MATRIX or NOT_ASSOCIATION_DATA: {unclassified}"
    assert not set(MATRIX) - set(named_patterns()), "MATRIX names an address that no longer exists"


def url_for(name, args, association):
    if args == "membership":
        member = make_user("maija.jasen@example.fi")
        membership = Membership.objects.create(user=member, association=association, role=Membership.Role.EDITOR)
        return reverse(name, args=[association.slug, membership.pk])
    if args in ("event", "occurrence"):
        event = make_listing(association, kind=Listing.Kind.EVENT)
        return reverse(name, args=[event.pk if args == "event" else event.occurrences.get().pk])
    if args == "interest":
        role = make_listing(association, kind=Listing.Kind.VOLUNTEER_ROLE)
        interest = VolunteerInterest.objects.create(role=role, name="Kiinnostunut", contact="k@example.fi")
        return reverse(name, args=[interest.pk])
    if args == "invitation":
        invitation = Invitation.objects.create(association=association, email="kutsuttu@example.fi")
        return reverse(name, args=[association.slug, invitation.pk])
    return dashboard_url_for(name, args, association)


def visitor_user(visitor, action, *, assoc_admin, editor, outsider, monkeypatch):
    """The user for a kind of visitor; a too-low role is a member whose role lacks `action`."""
    if visitor == "signed-in stranger":
        return make_user("vieras@example.fi")
    if visitor == "admin of another association":
        return outsider
    allowed = editor if action in Membership.PERMISSIONS[Membership.Role.EDITOR] else assoc_admin
    if visitor == "member with too low a role":
        if allowed == assoc_admin:
            return editor
        others = Membership.PERMISSIONS[Membership.Role.EDITOR] - {action}
        monkeypatch.setitem(Membership.PERMISSIONS, Membership.Role.EDITOR, others)
    return allowed


@pytest.mark.parametrize("visitor", VISITORS)
@pytest.mark.parametrize("name", sorted(MATRIX))
def test_association_address_answers_each_visitor_as_the_table_says(
    client, association, assoc_admin, editor, outsider, monkeypatch, name, visitor
):
    method, args, action = MATRIX[name]
    url = url_for(name, args, association)
    if visitor != "anonymous":
        client.force_login(visitor_user(visitor, action, assoc_admin=assoc_admin, editor=editor, outsider=outsider, monkeypatch=monkeypatch))
    listings = sorted(Listing.objects.values_list("pk", "status", "version"))
    members = sorted(Membership.objects.values_list("pk", "role"))

    response = getattr(client, method)(url, {"title": "Kaapattu", "role": "admin", "email": "kaappaaja@example.fi"})

    if visitor == "anonymous":
        assert response.status_code == 302 and response.url.startswith(reverse("account_login"))
    elif visitor == "member allowed":
        assert response.status_code in (200, 302, 400)  # let in; 400 is the form refusing the junk sent
        return
    else:
        assert response.status_code == EXPECTED[visitor]
    # Refused: nothing changed.
    assert sorted(Listing.objects.values_list("pk", "status", "version")) == listings
    assert sorted(Membership.objects.values_list("pk", "role")) == members
    assert not Invitation.objects.filter(email="kaappaaja@example.fi").exists()
