"""A listing's way from draft to the public and back, step by step."""

import pytest

from services.models import IllegalTransition, Listing, ListingTransition
from tests.factories import make_listing

Status = Listing.Status


@pytest.fixture
def draft(association):
    return make_listing(association, status=Status.DRAFT, title="Muistikahvila")


def test_submitting_a_draft_sends_it_for_review_and_records_who(draft, editor):
    draft.submit(by=editor)
    draft.refresh_from_db()
    assert draft.status == Status.PENDING and draft.submitted_at
    step = ListingTransition.objects.get(listing=draft)
    assert (step.from_status, step.to_status, step.by) == (Status.DRAFT, Status.PENDING, editor)


def test_publishing_makes_it_public(draft, editor, liaison):
    draft.submit(by=editor)
    draft.publish(by=liaison)
    assert list(Listing.objects.published()) == [draft]
    assert draft.published_at


def test_returning_needs_a_reason_which_the_association_sees(draft, editor, liaison):
    draft.submit(by=editor)
    with pytest.raises(Exception):
        draft.return_to_association(by=liaison, reason="  ")
    draft.return_to_association(by=liaison, reason="Lisää kellonaika.")
    draft.refresh_from_db()
    assert draft.status == Status.RETURNED
    assert draft.return_reason == "Lisää kellonaika."
    draft.submit(by=editor)
    assert draft.status == Status.PENDING


@pytest.mark.parametrize(
    "status, step",
    [
        (Status.DRAFT, "publish"),
        (Status.PUBLISHED, "submit"),
        (Status.ARCHIVED, "publish"),
        (Status.PUBLISHED, "restore"),
        (Status.RETURNED, "publish"),
    ],
)
def test_illegal_steps_are_refused_with_a_clear_message(association, liaison, status, step):
    listing = make_listing(association, status=status)
    verb = {"publish": listing.publish, "submit": listing.submit, "restore": listing.restore}[step]
    with pytest.raises(IllegalTransition) as refused:
        verb(by=liaison)
    assert "ei voi" in refused.value.messages[0]
    listing.refresh_from_db()
    assert listing.status == status


def test_archive_and_restore(association, editor):
    listing = make_listing(association)
    listing.archive(by=editor)
    assert not Listing.objects.published().exists()
    listing.restore(by=editor)
    assert listing.status == Status.DRAFT
    assert [t.to_status for t in listing.transitions.order_by("at", "pk")] == [Status.ARCHIVED, Status.DRAFT]


def test_editing_a_published_listing_keeps_the_published_version_live(association, editor, liaison):
    listing = make_listing(association, title="Muistikahvila")
    copy = listing.start_editing(by=editor)
    assert copy.pk != listing.pk and copy.working_copy_of == listing
    assert listing.start_editing(by=editor) == copy  # one working copy at a time
    copy.title = "Muistikahvila – uusi aika"
    copy.save()
    copy.submit(by=editor)
    assert [item.title for item in Listing.objects.published()] == ["Muistikahvila"]

    published = copy.publish(by=liaison)
    assert published.pk == listing.pk
    listing.refresh_from_db()
    assert listing.title == "Muistikahvila – uusi aika"
    assert list(Listing.objects.published()) == [listing]
    assert not Listing.objects.filter(working_copy_of=listing).exists()
    assert listing.transitions.filter(is_edit=True).count() == 2


def test_a_trusted_association_publishes_at_once_and_is_reviewed_later(draft, editor):
    draft.association.trusted = True
    draft.association.save()
    published = draft.submit(by=editor)
    assert published.status == Status.PUBLISHED
    assert published.published_without_review


def test_duplicate_makes_a_new_draft_with_the_same_classification(activity, editor):
    activity.tags.add("muisti")
    copy = activity.duplicate(by=editor)
    assert copy.status == Status.DRAFT and copy.pk != activity.pk
    assert list(copy.target_groups.all()) == list(activity.target_groups.all())
    assert list(copy.tags.names()) == ["muisti"]
    assert copy.place == activity.place


def test_search_index_triggers_survive_migrations_that_rebuild_the_table(db):
    from django.db import connection

    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'services_listing_fts_%'")
        assert len(cursor.fetchall()) == 3
