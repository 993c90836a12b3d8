"""Two people editing one listing: the later save is refused with what changed, and nothing typed is lost."""

from django.urls import reverse

from services.models import Activity, Listing
from tests.dashboard.edit_helpers import activity_data, seen
from tests.factories import admin_url, form_data, make_listing

Status = Listing.Status
REFUSED = "Ilmoitusta on muutettu sen jälkeen, kun avasit sen"


def edit_url(listing):
    return reverse("dashboard:listing-edit", args=[listing.pk])



def test_the_later_of_two_saves_of_a_draft_is_refused_and_keeps_what_was_typed(client, association, editor, assoc_admin):
    draft = make_listing(association, status=Status.DRAFT, title="Alkuperäinen")
    aino_opened, eero_opened = seen(draft), seen(draft)
    client.force_login(assoc_admin)
    client.post(edit_url(draft), activity_data(title="Ainon otsikko") | aino_opened)
    client.force_login(editor)

    response = client.post(edit_url(draft), activity_data(title="Eeron otsikko", description="Eeron kuvaus") | eero_opened)

    assert response.status_code == 409
    page = response.content.decode()
    assert REFUSED in page and "Alkuperäinen" in page and "Ainon otsikko" in page  # what changed
    assert 'value="Eeron otsikko"' in page and "Eeron kuvaus" in page  # what Eero typed
    draft.refresh_from_db()
    assert draft.title == "Ainon otsikko"


def test_after_a_refusal_saving_again_goes_through(client, association, editor):
    draft = make_listing(association, status=Status.DRAFT, title="Alkuperäinen")
    opened = seen(draft)
    Listing.objects.get(pk=draft.pk).save()  # someone else saved meanwhile
    client.force_login(editor)
    refused = client.post(edit_url(draft), activity_data(title="Eeron otsikko") | opened)
    resent = refused.context["form"]["seen_version"].value()

    response = client.post(edit_url(draft), activity_data(title="Eeron otsikko", seen_version=resent))

    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.title == "Eeron otsikko"


def test_the_later_of_two_edits_of_a_published_listing_is_refused(client, activity, editor, assoc_admin):
    aino_opened, eero_opened = seen(activity), seen(activity)
    client.force_login(assoc_admin)
    client.post(edit_url(activity), activity_data(title="Ainon muutos") | aino_opened)
    client.force_login(editor)

    response = client.post(edit_url(activity), activity_data(title="Eeron muutos") | eero_opened)

    assert response.status_code == 409 and 'value="Eeron muutos"' in response.content.decode()
    assert activity.working_copies.get().title == "Ainon muutos"


def test_a_form_without_its_version_is_not_saved(client, association, editor):
    draft = make_listing(association, status=Status.DRAFT, title="Alkuperäinen")
    client.force_login(editor)
    response = client.post(edit_url(draft), activity_data(title="Kaapattu", seen_version="9-x"))
    assert response.status_code == 409
    draft.refresh_from_db()
    assert draft.title == "Alkuperäinen"


def test_the_later_of_two_admin_saves_is_refused_with_what_changed(liaison_client, activity):
    opened = activity.version
    change = Listing.objects.get(pk=activity.pk)
    change.title = "Toisen yhdyshenkilön otsikko"
    change.save()
    data = form_data(activity.association, title="Minun otsikkoni", schedule=activity.schedule, seen_version=opened)

    response = liaison_client.post(admin_url(Activity, "change", activity.pk), data)

    assert response.status_code == 200
    errors = response.context["adminform"].form.non_field_errors()
    assert REFUSED in errors[0] and "Otsikko" in errors[0]
    assert 'value="Minun otsikkoni"' in response.content.decode()
    activity.refresh_from_db()
    assert activity.title == "Toisen yhdyshenkilön otsikko"
    data["seen_version"] = activity.version  # the form now carries the version it warned about
    assert response.context["adminform"].form["seen_version"].value() == activity.version
    assert liaison_client.post(admin_url(Activity, "change", activity.pk), data).status_code == 302


def test_admin_and_member_forms_carry_the_version_they_show(liaison_client, client, activity, editor):
    admin_page = liaison_client.get(admin_url(Activity, "change", activity.pk)).content.decode()
    assert f'name="seen_version" value="{activity.version}"' in admin_page
    client.force_login(editor)
    member_page = client.get(edit_url(activity)).content.decode()
    assert f'name="seen_version" value="{activity.pk}-{activity.version}"' in member_page
