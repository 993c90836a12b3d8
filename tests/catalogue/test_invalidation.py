"""The catalogue follows every change to what it shows, once the change is committed."""

import pytest
from django.db import transaction

from catalogue import invalidation
from services.models import CatalogueRevision, Listing
from tests.factories import make_listing
from vocabularies.models import Theme


@pytest.fixture
def at_commit(monkeypatch, django_capture_on_commit_callbacks):
    """The real commit-time behaviour (the suite otherwise applies changes at once)."""
    monkeypatch.setattr(invalidation, "on_commit", transaction.on_commit)
    return django_capture_on_commit_callbacks


def test_publishing_bumps_the_revision_when_the_transaction_commits(association, liaison, at_commit):
    listing = make_listing(association, status=Listing.Status.PENDING)
    before = CatalogueRevision.current()

    with at_commit(execute=False) as callbacks:
        listing.publish(by=liaison)
    assert CatalogueRevision.current() == before  # not yet: other processes cannot see the change

    for callback in callbacks:
        callback()
    assert CatalogueRevision.current() != before


def test_a_change_that_rolls_back_changes_nothing(association, at_commit):
    listing = make_listing(association)
    before = CatalogueRevision.current()

    with at_commit(execute=True):
        with pytest.raises(RuntimeError), transaction.atomic():
            listing.title = "Peruttu muutos"
            listing.save()
            raise RuntimeError

    assert CatalogueRevision.current() == before


def test_saving_a_draft_leaves_the_catalogue_alone(association):
    draft = make_listing(association, status=Listing.Status.DRAFT)
    before = CatalogueRevision.current()

    draft.title = "Luonnos muuttuu"
    draft.save()

    assert CatalogueRevision.current() == before


def test_renaming_the_association_reaches_its_listings_search_documents(association):
    listing = make_listing(association)

    association.name = "Klaukkalan Kyläyhdistys"
    association.save()

    listing.refresh_from_db()
    # Base forms need Voikko; the stem column has the name without it too.
    assert "klaukkal" in listing.search_document + listing.search_document_stems


def test_adding_a_tag_reaches_the_search_document(association):
    listing = make_listing(association)

    listing.tags.add("lautapelit")

    listing.refresh_from_db()
    assert "lautapel" in listing.search_document


def test_renaming_a_term_bumps_the_revision(association):
    make_listing(association)
    before = CatalogueRevision.current()

    theme = Theme.objects.get(slug="vertaistuki")
    theme.name_sv = "Kamratstöd och samvaro"
    theme.save()

    assert CatalogueRevision.current() != before


def test_merging_tags_reaches_the_search_documents(association):
    from taggit.models import Tag

    from vocabularies.actions import merge_tags

    listing = make_listing(association)
    listing.tags.add("kahvi")
    keep = Tag.objects.create(name="kahvittelu", slug="kahvittelu")

    merge_tags(keep=keep, others=[Tag.objects.get(name="kahvi")])

    listing.refresh_from_db()
    assert "kahvittelu" in listing.search_document
