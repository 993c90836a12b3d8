import pytest
from django.contrib import admin
from django.db import connection
from django.test.utils import CaptureQueriesContext

from associations.models import Association, Membership
from services import search
from services.models import CatalogueRevision
from tests.factories import admin_url, make_association, make_listing, make_user

MODELS = [model for model in admin.site._registry if model._meta.app_label == "associations"]


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_admin_pages_load_for_liaison(liaison_client, editor, model):
    obj = model.objects.first()

    assert liaison_client.get(admin_url(model, "changelist")).status_code == 200
    assert liaison_client.get(admin_url(model, "add")).status_code == 200
    assert liaison_client.get(admin_url(model, "change", obj.pk)).status_code == 200


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_search_and_every_filter_work(liaison_client, editor, outsider, model):
    url = admin_url(model, "changelist")
    assert liaison_client.get(url, {"q": "Nurmijärven"}).context["cl"].result_count == 1
    changelist = liaison_client.get(url).context["cl"]
    for spec in changelist.filter_specs:
        for choice in spec.choices(changelist):
            assert liaison_client.get(url + choice["query_string"]).status_code == 200


def test_approved_filter_lists_only_associations_waiting_for_approval(liaison_client, association):
    waiting = make_association("Tuusulan Omaishoitajat", municipalities=("tuusula",), approved=False)

    response = liaison_client.get(admin_url(Association, "changelist"), {"approved": "no"})

    assert list(response.context["cl"].result_list) == [waiting]


def test_approve_action_approves_selected_associations(liaison_client, association):
    waiting = make_association("Tuusulan Omaishoitajat", municipalities=("tuusula",), approved=False)
    approved_at = association.approved_at

    response = liaison_client.post(
        admin_url(Association, "changelist"),
        {"action": "approve_selected", "_selected_action": [waiting.pk, association.pk]},
        follow=True,
    )

    assert response.status_code == 200
    assert "2 yhdistystä hyväksytty." in response.text
    waiting.refresh_from_db()
    association.refresh_from_db()
    assert waiting.is_approved
    assert association.approved_at == approved_at  # approving again keeps the original date


def test_approving_refreshes_catalogue(liaison_client):
    waiting = make_association("Tuusulan Omaishoitajat", municipalities=("tuusula",), approved=False)
    revision = CatalogueRevision.current()

    liaison_client.post(
        admin_url(Association, "changelist"), {"action": "approve_selected", "_selected_action": [waiting.pk]}
    )

    assert CatalogueRevision.current() != revision


def test_changelist_counts_members_and_listings(liaison_client, association, assoc_admin, editor):
    make_listing(association)

    response = liaison_client.get(admin_url(Association, "changelist"))

    row = response.context["cl"].result_list[0]
    assert (row.member_count, row.listing_count) == (2, 1)
    assert '<td class="field-member_count">2</td>' in response.text


def test_changelist_queries_do_not_grow_with_rows(liaison_client, django_assert_max_num_queries):
    url = admin_url(Association, "changelist")

    def add_associations(count, start):
        for number in range(start, start + count):
            association = make_association(f"Yhdistys {number}", municipalities=("nurmijarvi", "tuusula"))
            Membership.objects.create(user=make_user(f"jasen{number}@example.fi"), association=association)
            make_listing(association)

    add_associations(3, start=0)
    with CaptureQueriesContext(connection) as few:
        liaison_client.get(url)
    add_associations(17, start=3)

    with django_assert_max_num_queries(len(few)):
        response = liaison_client.get(url)

    assert response.context["cl"].result_count == 20


def test_liaison_adds_member_on_association_page(liaison_client, association):
    user = make_user("uusi@example.fi")
    url = admin_url(Association, "change", association.pk)

    response = liaison_client.post(
        url,
        {
            "name": association.name,
            "slug": association.slug,
            "municipalities": [m.pk for m in association.municipalities.all()],
            "approved_at_0": "2026-01-01",
            "approved_at_1": "12:00:00",
            "memberships-TOTAL_FORMS": "1",
            "memberships-INITIAL_FORMS": "0",
            "memberships-0-user": user.pk,
            "memberships-0-role": Membership.Role.ADMIN,
        },
    )

    assert response.status_code == 302
    assert association.role_of(user) == Membership.Role.ADMIN


def test_renaming_association_updates_search_of_its_listings(liaison_client, association):
    listing = make_listing(association)

    response = liaison_client.post(
        admin_url(Association, "change", association.pk),
        {
            "name": "Klaukkalan Seniorit",
            "slug": association.slug,
            "municipalities": [m.pk for m in association.municipalities.all()],
            "memberships-TOTAL_FORMS": "0",
            "memberships-INITIAL_FORMS": "0",
        },
    )

    assert response.status_code == 302
    listing.refresh_from_db()
    assert search.matching_ids("klaukkalan") == [listing.pk]
    assert search.matching_ids("eläkkeensaajat") == []
