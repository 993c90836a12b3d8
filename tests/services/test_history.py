"""Every version of a listing is kept, shows who changed what, and can be restored in admin."""

import pytest
from django.contrib.admin.models import LogEntry
from django.urls import reverse

from associations.models import Association
from services.models import Activity, CatalogueRevision, Listing, ListingTransition
from tests.factories import make_listing
from tests.factories import form_data
from vocabularies.models import TargetGroup



def history_url(listing, version=None):
    if version is None:
        return reverse("admin:services_activity_history", args=[listing.pk])
    return reverse("admin:services_activity_simple_history", args=[listing.pk, version.history_id])


def edit_in_admin(client, listing, **fields):
    listing.refresh_from_db()
    data = form_data(listing.association, schedule=listing.schedule, seen_version=listing.version, **fields)
    response = client.post(reverse("admin:services_activity_change", args=[listing.pk]), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    return response


def test_saving_an_activity_in_admin_records_a_version_with_the_user(liaison_client, liaison, activity):
    edit_in_admin(liaison_client, activity, title="Muistikahvila", tags="muisti, kahvi")

    newest = activity.history.first()
    assert newest.title == "Muistikahvila"
    assert newest.history_user == liaison
    assert newest.tag_names == "kahvi, muisti"
    assert [m.municipality.slug for m in newest.municipalities.all()] == ["nurmijarvi"]


def test_model_methods_record_versions_too(association, editor):
    listing = make_listing(association, status=Listing.Status.DRAFT, title="Lukupiiri")
    listing.submit(by=editor)

    assert [v.status for v in listing.history.all()][:1] == [Listing.Status.PENDING]


def test_history_page_lists_versions_in_finnish(liaison_client, activity):
    edit_in_admin(liaison_client, activity, title="Muistikahvila")

    response = liaison_client.get(history_url(activity))

    assert response.status_code == 200
    assert "Tekijä" in response.text
    assert "Liisa" in response.text
    assert "Muistikahvila" in response.text


def test_version_page_shows_what_restoring_would_change(liaison_client, activity):
    old = activity.history.first()
    edit_in_admin(liaison_client, activity, title="Uusi otsikko")

    response = liaison_client.get(history_url(activity, old))

    assert response.status_code == 200
    assert "Uusi otsikko &rarr; Kohtaamispaikka ikäihmisille" in response.text.replace("→", "&rarr;")
    assert "Palauta tämä versio" in response.text


def test_restoring_a_version_brings_back_text_and_classification_and_keeps_the_current_one(
    liaison_client, liaison, activity, django_capture_on_commit_callbacks
):
    old = activity.history.first()
    edit_in_admin(liaison_client, activity, title="Väärä otsikko", tags="virhe")
    activity.refresh_from_db()
    assert not activity.target_groups.exists()  # the admin form left target groups empty
    revision = CatalogueRevision.current()

    with django_capture_on_commit_callbacks(execute=True):
        response = liaison_client.post(history_url(activity, old))

    assert response.status_code == 302
    activity.refresh_from_db()
    assert activity.title == "Kohtaamispaikka ikäihmisille"
    assert list(activity.target_groups.all()) == list(TargetGroup.objects.filter(slug="ikaihmiset"))
    assert list(activity.tags.names()) == []
    assert activity.status == Listing.Status.PUBLISHED
    assert activity.history.filter(title="Väärä otsikko").exists()  # nothing is lost
    step = ListingTransition.objects.filter(listing=activity).first()
    assert (step.from_status, step.to_status, step.by) == (Listing.Status.PUBLISHED, Listing.Status.PUBLISHED, liaison)
    assert "palautettu versiosta" in step.note
    assert CatalogueRevision.current() != revision
    assert LogEntry.objects.filter(object_id=str(activity.pk), change_message__startswith="Palautettu versio").exists()


def test_restoring_a_draft_keeps_it_a_draft(liaison_client, association):
    listing = Activity.objects.get(pk=make_listing(association, status=Listing.Status.DRAFT, title="Eka").pk)
    old = listing.history.first()
    listing.title = "Toka"
    listing.save()

    liaison_client.post(history_url(listing, old))

    listing.refresh_from_db()
    assert (listing.title, listing.status) == ("Eka", Listing.Status.DRAFT)


@pytest.mark.parametrize("version", ["abc", "999999"])
def test_unknown_version_is_not_found(liaison_client, activity, version):
    url = reverse("admin:services_activity_simple_history", args=[activity.pk, version])

    assert liaison_client.get(url).status_code == 404


def test_association_history_is_kept(liaison_client, association):
    association = Association.objects.get(pk=association.pk)  # a later request's copy: a version of its own
    association.name = "Nurmijärven Seniorit"
    association.save()

    response = liaison_client.get(reverse("admin:associations_association_history", args=[association.pk]))

    assert response.status_code == 200
    assert association.history.count() >= 2


@pytest.mark.parametrize(
    "path",
    [
        "/admin/services/activity/abc/history/",
        "/admin/services/activity/abc/history/1/",
        "/admin/associations/association/abc/history/",
        "/admin/associations/association/1/history/abc/",
    ],
)
def test_history_pages_answer_404_to_ids_that_are_not_numbers(liaison_client, association, path):
    assert liaison_client.get(path).status_code == 404
