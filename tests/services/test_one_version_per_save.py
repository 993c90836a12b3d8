"""Each save keeps exactly one version, with what was chosen in it, credited to who made the change."""

from django.urls import reverse

from associations.models import Association
from moderation.models import ListingForReview
from services.models import Listing
from tests.dashboard.edit_helpers import activity_data, seen
from tests.factories import admin_url, form_data, make_listing


def _versions(listing):
    return list(Listing.history.filter(id=listing.pk).order_by("history_id"))


def _municipalities(version):
    return [row.municipality.slug for row in version.municipalities.all()]


def test_creating_a_listing_through_the_form_keeps_one_version_with_its_classification(client, association, editor):
    client.force_login(editor)

    client.post(reverse("dashboard:listing-create", args=[association.slug, "toiminta"]), activity_data())

    [version] = _versions(Listing.objects.get())
    assert (version.history_type, version.history_user, version.tag_names) == ("+", editor, "kahvi, muisti")
    assert _municipalities(version) == ["nurmijarvi"]


def test_saving_the_edit_form_adds_exactly_one_version_by_the_editor(client, association, editor):
    draft = make_listing(association, status=Listing.Status.DRAFT)
    before = len(_versions(draft))
    client.force_login(editor)

    client.post(reverse("dashboard:listing-edit", args=[draft.pk]), activity_data(title="Muistikahvila", **seen(draft)))

    versions = _versions(draft)
    assert len(versions) == before + 1
    assert (versions[-1].title, versions[-1].history_user) == ("Muistikahvila", editor)
    assert _municipalities(versions[-1]) == ["nurmijarvi"]


def test_saving_in_admin_adds_exactly_one_version(liaison_client, liaison, activity):
    before = len(_versions(activity))

    liaison_client.post(
        reverse("admin:services_activity_change", args=[activity.pk]),
        form_data(
            activity.association, schedule=activity.schedule, title="Muistikahvila", tags="muisti", seen_version=activity.version
        ),
    )

    versions = _versions(activity)
    assert len(versions) == before + 1
    assert (versions[-1].title, versions[-1].history_user, versions[-1].tag_names) == ("Muistikahvila", liaison, "muisti")


def test_published_edit_is_one_version_credited_to_its_author_not_the_liaison(
    client, liaison, association, editor, activity
):
    before = len(_versions(activity))
    client.force_login(editor)
    client.post(
        reverse("dashboard:listing-edit", args=[activity.pk]), activity_data(title="Uusi nimi", action="submit", **seen(activity))
    )
    copy = activity.working_copies.get()

    client.force_login(liaison)
    response = client.post(admin_url(ListingForReview, "change", copy.pk), {"publish": "1", "version": copy.version})

    assert response.status_code == 302
    versions = _versions(activity)
    assert len(versions) == before + 1
    assert (versions[-1].title, versions[-1].status, versions[-1].history_user) == ("Uusi nimi", "published", editor)
    assert activity.transitions.first().by == liaison


def test_saving_the_association_profile_adds_exactly_one_version(client, association, assoc_admin):
    before = association.history.count()
    client.force_login(assoc_admin)

    client.post(
        reverse("manage:profile", args=[association.slug]),
        {"description": "Kerhoja ja retkiä.", "municipalities": [m.pk for m in association.municipalities.all()]},
    )

    assert Association.history.filter(id=association.pk).count() == before + 1
    newest = Association.history.filter(id=association.pk).first()
    assert (newest.description, newest.history_user) == ("Kerhoja ja retkiä.", assoc_admin)
    assert [row.municipality.slug for row in newest.municipalities.all()] == ["nurmijarvi"]
