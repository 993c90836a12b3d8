"""Vocabulary care in admin: usage counts, merging without losing classifications, no deleting in use."""

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.messages import get_messages
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from taggit.models import Tag

from services import search
from services.models import CatalogueRevision, Listing
from tests.factories import make_listing
from vocabularies import actions
from vocabularies.models import Municipality, TargetGroup, Theme



def url(model, view="changelist", *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


def texts(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


@pytest.fixture
def two_groups(association):
    """Two target groups that mean the same, each on a listing, one listing with both."""
    elderly, seniors = TargetGroup.objects.get(slug="ikaihmiset"), TargetGroup.objects.create(name_fi="Seniorit", slug="seniorit")
    first, second, both = (make_listing(association, title=title) for title in ("Eka", "Toka", "Kolmas"))
    first.target_groups.set([elderly])
    second.target_groups.set([seniors])
    both.target_groups.set([elderly, seniors])
    return elderly, seniors, (first, second, both)


def test_changelist_shows_usage_counts(liaison_client, two_groups):
    response = liaison_client.get(url(TargetGroup), {"q": "senior"})

    (seniors,) = response.context["cl"].result_list
    assert seniors.usage == 2
    assert "käytössä" in response.text.lower()


def test_usage_counts_cost_the_same_queries_whatever_the_rows(liaison_client, association, django_assert_max_num_queries):
    with CaptureQueriesContext(connection) as few:
        liaison_client.get(url(Municipality))
    for _ in range(5):
        make_listing(association, municipalities=("nurmijarvi", "tuusula", "forssa"))

    with django_assert_max_num_queries(len(few)):
        liaison_client.get(url(Municipality))


def test_municipality_usage_counts_listings_associations_and_places(association, place):
    make_listing(association)

    assert actions.usage_of(Municipality.objects.get(slug="nurmijarvi")) == 3  # listing, association, place


def test_merge_asks_which_term_to_keep(liaison_client, two_groups):
    elderly, seniors, _listings = two_groups

    response = liaison_client.post(url(TargetGroup), {"action": "merge_selected", "_selected_action": [elderly.pk, seniors.pk]})

    assert response.status_code == 200
    assert "Säilytettävä termi" in response.text
    assert TargetGroup.objects.filter(pk=seniors.pk).exists()


def test_merge_keeps_every_classification_and_deletes_the_others(liaison_client, liaison, two_groups, django_capture_on_commit_callbacks):
    elderly, seniors, listings = two_groups
    revision = CatalogueRevision.current()

    with django_capture_on_commit_callbacks(execute=True):
        response = liaison_client.post(
            url(TargetGroup),
            {"action": "merge_selected", "_selected_action": [elderly.pk, seniors.pk], "apply": "1", "keep": elderly.pk},
        )

    assert response.status_code == 302
    assert not TargetGroup.objects.filter(pk=seniors.pk).exists()
    for listing in listings:
        assert list(listing.target_groups.all()) == [elderly]
    assert CatalogueRevision.current() != revision
    assert LogEntry.objects.get(user=liaison).change_message == "Yhdistetty tähän: Seniorit."


def test_merging_municipalities_moves_listings_associations_and_places(association, place):
    listing = make_listing(association, municipalities=("tuusula",))
    tuusula, nurmijarvi = Municipality.objects.get(slug="tuusula"), Municipality.objects.get(slug="nurmijarvi")

    actions.merge_terms(keep=tuusula, others=[nurmijarvi])

    place.refresh_from_db()
    assert place.municipality == tuusula
    assert list(association.municipalities.all()) == [tuusula]
    assert list(listing.municipalities.all()) == [tuusula]
    assert not Municipality.objects.filter(slug="nurmijarvi").exists()


def test_merge_needs_two_terms(liaison_client, two_groups):
    elderly, _seniors, _listings = two_groups

    response = liaison_client.post(url(TargetGroup), {"action": "merge_selected", "_selected_action": [elderly.pk]})

    assert response.status_code == 302
    assert "Valitse vähintään kaksi yhdistettävää termiä." in texts(response)


def test_term_in_use_cannot_be_deleted_from_its_page(liaison_client, two_groups):
    _elderly, seniors, _listings = two_groups

    response = liaison_client.post(url(TargetGroup, "delete", seniors.pk), {"post": "yes"})

    assert response.status_code == 302
    assert TargetGroup.objects.filter(pk=seniors.pk).exists()
    assert texts(response) == ["Ei poistettu, koska käytössä: Seniorit (2). Yhdistä ne ensin toiseen termiin."]


def test_bulk_delete_refuses_terms_in_use_and_deletes_unused_after_confirming(liaison_client, two_groups):
    _elderly, seniors, _listings = two_groups
    unused = Theme.objects.create(name_fi="Tarpeeton", slug="tarpeeton")
    unused_group = TargetGroup.objects.create(name_fi="Tyhjä", slug="tyhja")

    confirm = liaison_client.post(url(TargetGroup), {"action": "delete_selected", "_selected_action": [seniors.pk, unused_group.pk]})
    assert confirm.status_code == 200 and "Tyhjä" in confirm.text
    response = liaison_client.post(
        url(TargetGroup), {"action": "delete_selected", "_selected_action": [unused_group.pk], "post": "yes"}
    )

    assert response.status_code == 302
    assert TargetGroup.objects.filter(pk=seniors.pk).exists()
    assert not TargetGroup.objects.filter(pk=unused_group.pk).exists()
    assert Theme.objects.filter(pk=unused.pk).exists()


def test_bulk_delete_of_only_terms_in_use_deletes_nothing(liaison_client, two_groups):
    elderly, seniors, _listings = two_groups

    response = liaison_client.post(url(TargetGroup), {"action": "delete_selected", "_selected_action": [elderly.pk, seniors.pk]})

    assert response.status_code == 302
    assert TargetGroup.objects.filter(pk__in=[elderly.pk, seniors.pk]).count() == 2
    assert texts(response)[0].startswith("Ei poistettu, koska käytössä:")


def test_tags_merge_keeps_every_listing_tagged_and_searchable(liaison_client, association):
    first, second = make_listing(association, title="Eka"), make_listing(association, title="Toka")
    first.tags.set(["muisti"])
    second.tags.set(["muistisairaudet", "muisti"])
    keep, other = Tag.objects.get(name="muisti"), Tag.objects.get(name="muistisairaudet")

    response = liaison_client.post(
        url(Tag), {"action": "merge_selected", "_selected_action": [keep.pk, other.pk], "apply": "1", "keep": keep.pk}
    )

    assert response.status_code == 302
    assert list(Tag.objects.values_list("name", flat=True)) == ["muisti"]
    assert sorted(Listing.objects.filter(tags__name="muisti").values_list("title", flat=True)) == ["Eka", "Toka"]
    second.refresh_from_db()
    assert search.matching_ids("muistisairaudet") == []


def test_tag_changelist_counts_and_refuses_deleting_a_tag_in_use(liaison_client, association):
    make_listing(association).tags.set(["kahvi"])
    tag = Tag.objects.get(name="kahvi")

    assert liaison_client.get(url(Tag)).context["cl"].result_list[0].usage == 1
    response = liaison_client.post(url(Tag, "delete", tag.pk), {"post": "yes"})

    assert response.status_code == 302
    assert Tag.objects.filter(pk=tag.pk).exists()
