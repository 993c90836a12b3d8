"""Who reaches the association's own pages: every view, one table.

Anonymous visitors are sent to log in; members of another association get 404, as if the listing
did not exist; a member whose role lacks the view's action gets 403. Editors may do everything
with listings (associations.models.Membership.PERMISSIONS), so the 403 cases take the action away
from editors for the test: that proves each view asks for the right action.
"""

import pytest
from django.urls import reverse

from associations.models import Action, Membership
from services.models import Listing
from tests.dashboard.edit_helpers import url_for

# (URL name, what its arguments are, the action it needs)
VIEWS = [
    ("dashboard:association", "association", Action.VIEW_DASHBOARD),
    ("dashboard:statistics-csv", "association-year", Action.EXPORT_STATISTICS),
    ("dashboard:listing-create", "association-kind", Action.EDIT_LISTINGS),
    ("dashboard:listing-edit", "listing", Action.EDIT_LISTINGS),
    ("dashboard:listing-preview", "listing", Action.VIEW_DASHBOARD),
    ("dashboard:listing-submit", "listing", Action.SUBMIT_LISTINGS),
    ("dashboard:listing-duplicate", "listing", Action.EDIT_LISTINGS),
    ("dashboard:listing-archive", "listing", Action.ARCHIVE_LISTINGS),
    ("dashboard:listing-restore", "archived", Action.ARCHIVE_LISTINGS),
    ("dashboard:listing-confirm", "listing", Action.EDIT_LISTINGS),
]
WRITES = {"dashboard:listing-submit", "dashboard:listing-duplicate", "dashboard:listing-archive",
          "dashboard:listing-restore", "dashboard:listing-confirm", "dashboard:listing-edit", "dashboard:listing-create"}


@pytest.mark.parametrize("name,args,action", VIEWS)
def test_anonymous_visitor_is_sent_to_log_in(client, association, name, args, action):
    url = url_for(name, args, association)
    response = client.get(url)
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login")) and "next=" in response.url


@pytest.mark.parametrize("name,args,action", VIEWS)
def test_member_of_another_association_gets_404(client, association, outsider, name, args, action):
    client.force_login(outsider)
    url = url_for(name, args, association)
    assert client.get(url).status_code == 404
    if name in WRITES:
        count = Listing.objects.count()
        assert client.post(url, {"title": "Kaapattu"}).status_code == 404
        assert Listing.objects.count() == count
        assert not Listing.objects.filter(title="Kaapattu").exists()


@pytest.mark.parametrize("name,args,action", VIEWS)
def test_member_whose_role_lacks_the_action_gets_403(client, association, editor, monkeypatch, name, args, action):
    others = Membership.PERMISSIONS[Membership.Role.EDITOR] - {action}
    monkeypatch.setitem(Membership.PERMISSIONS, Membership.Role.EDITOR, others)
    client.force_login(editor)
    url = url_for(name, args, association)
    assert client.get(url).status_code == 403
    if name in WRITES:
        assert client.post(url).status_code == 403


@pytest.mark.parametrize("name,args,action", VIEWS)
def test_editor_may_open_every_page(client, association, editor, name, args, action):
    client.force_login(editor)
    assert client.get(url_for(name, args, association)).status_code == 200


def test_unknown_kind_is_404(client, association, editor):
    client.force_login(editor)
    assert client.get(reverse("dashboard:listing-create", args=[association.slug, "kokous"])).status_code == 404


def test_unknown_listing_is_404(client, editor):
    client.force_login(editor)
    assert client.get(reverse("dashboard:listing-edit", args=[999999])).status_code == 404
