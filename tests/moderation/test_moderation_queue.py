"""The liaison's moderation queue in admin: order, review page, bulk actions and refusals."""

import datetime

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone

from services.models import Listing, ListingTransition
from tests.factories import make_association, make_listing, seen_rows

Status = Listing.Status
QUEUE = reverse("admin:moderation_listingforreview_changelist")
ALL_LISTINGS = reverse("admin:services_listing_changelist")


def waiting(association, title, days_ago, **fields):
    return make_listing(
        association, status=Status.PENDING, title=title, submitted_at=timezone.now() - datetime.timedelta(days=days_ago), **fields
    )


def review_url(listing):
    return reverse("admin:moderation_listingforreview_change", args=[listing.pk])


def texts(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_queue_shows_waiting_listings_oldest_first(liaison_client, association, other_association):
    newer = waiting(association, "Uusi kerho", 1)
    older = waiting(other_association, "Vanha kerho", 3, municipalities=("forssa",))
    make_listing(association, title="Julkaistu jo")
    make_listing(association, status=Status.DRAFT, title="Luonnos")

    response = liaison_client.get(QUEUE)

    assert response.status_code == 200
    assert list(response.context["cl"].result_list) == [older, newer]
    assert "3\xa0päivää" in response.text
    assert "Forssan Martat" in response.text and "Forssa" in response.text
    assert "Näytä kuten yleisö näkee" in response.text and "Tarkastusjono: odottavat ilmoitukset" in response.text


def test_queue_marks_edits_of_published_listings(liaison_client, association, editor):
    published = make_listing(association, title="Muistikahvila")
    copy = published.start_editing(by=editor)
    copy.submit(by=editor)

    response = liaison_client.get(QUEUE)

    (row,) = response.context["cl"].result_list
    assert row.pk == copy.pk
    assert 'alt="True"' in response.text  # the boolean "edit of a published listing" column


def test_bulk_publish_publishes_and_logs_each(liaison_client, association, liaison, django_capture_on_commit_callbacks):
    first, second = waiting(association, "Eka", 2), waiting(association, "Toka", 1)

    with django_capture_on_commit_callbacks(execute=True):
        response = liaison_client.post(QUEUE, {"action": "publish_selected", "_selected_action": [first.pk, second.pk], **seen_rows(first, second)})

    assert response.status_code == 302
    assert set(Listing.objects.published()) == {first, second}
    assert "2 ilmoitusta julkaistu." in texts(response)
    assert LogEntry.objects.filter(user=liaison, change_message="Julkaistu.").count() == 2


def test_bulk_publish_refuses_what_is_not_waiting_and_changes_nothing(liaison_client, association):
    draft = make_listing(association, status=Status.DRAFT, title="Luonnos")

    response = liaison_client.post(ALL_LISTINGS, {"action": "publish_selected", "_selected_action": [draft.pk], **seen_rows(draft)})

    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT
    (message,) = texts(response)
    assert message.startswith("Ei tehty: Luonnos: Ilmoitusta, jonka tila on ”luonnos”, ei voi julkaista.")
    assert not LogEntry.objects.exists()


def test_return_action_asks_for_one_reason_first(liaison_client, association):
    listing = waiting(association, "Eka", 1)

    response = liaison_client.post(QUEUE, {"action": "return_selected", "_selected_action": [listing.pk]})

    assert response.status_code == 200
    assert "Mitä yhdistyksen pitää korjata?" in response.text
    listing.refresh_from_db()
    assert listing.status == Status.PENDING


def test_return_action_without_reason_shows_the_form_again(liaison_client, association):
    listing = waiting(association, "Eka", 1)

    response = liaison_client.post(
        QUEUE, {"action": "return_selected", "_selected_action": [listing.pk], "apply": "1", "reason": "   "}
    )

    assert response.status_code == 200
    assert "Kerro yhdistykselle, mitä pitää korjata." in response.text
    listing.refresh_from_db()
    assert listing.status == Status.PENDING


def test_return_action_returns_every_selected_listing_with_the_reason(liaison_client, association, liaison):
    first, second = waiting(association, "Eka", 2), waiting(association, "Toka", 1)

    response = liaison_client.post(
        QUEUE,
        {"action": "return_selected", "_selected_action": [first.pk, second.pk], "apply": "1", "reason": "Lisää kellonaika."},
    )

    assert response.status_code == 302
    for listing in (first, second):
        listing.refresh_from_db()
        assert (listing.status, listing.return_reason) == (Status.RETURNED, "Lisää kellonaika.")
        step = listing.transitions.get()
        assert (step.by, step.note) == (liaison, "Lisää kellonaika.")
    assert LogEntry.objects.filter(change_message="Palautettu korjattavaksi: Lisää kellonaika.").count() == 2


def test_review_page_shows_the_listing_and_its_forms(liaison_client, association):
    listing = waiting(association, "Muistikahvila", 1)

    response = liaison_client.get(review_url(listing))

    assert response.status_code == 200
    assert "Muistikahvila" in response.text
    assert 'name="publish"' in response.text and 'name="return"' in response.text
    assert reverse("moderation:staff-preview", args=[listing.pk]) in response.text


def test_review_page_publishes(liaison_client, association, django_capture_on_commit_callbacks):
    listing = waiting(association, "Muistikahvila", 1)

    with django_capture_on_commit_callbacks(execute=True):
        response = liaison_client.post(review_url(listing), {"publish": "1", "version": listing.version})

    assert response.status_code == 302 and response.url == QUEUE
    listing.refresh_from_db()
    assert listing.status == Status.PUBLISHED


def test_review_page_returns_with_reason(liaison_client, association):
    listing = waiting(association, "Muistikahvila", 1)

    response = liaison_client.post(review_url(listing), {"return": "1", "reason": "Kerro osoite."})

    assert response.status_code == 302
    listing.refresh_from_db()
    assert (listing.status, listing.return_reason) == (Status.RETURNED, "Kerro osoite.")


def test_review_page_keeps_listing_waiting_without_reason(liaison_client, association):
    listing = waiting(association, "Muistikahvila", 1)

    response = liaison_client.post(review_url(listing), {"return": "1", "reason": ""})

    assert response.status_code == 200
    assert "Kerro yhdistykselle, mitä pitää korjata." in response.text
    listing.refresh_from_db()
    assert listing.status == Status.PENDING


@pytest.mark.parametrize("pk", ["999999", "abc"])
def test_review_page_of_a_listing_no_longer_waiting_goes_back_to_queue(liaison_client, association, pk):
    response = liaison_client.get(reverse("admin:moderation_listingforreview_change", args=[pk]))

    assert response.status_code == 302


def test_review_page_shows_what_a_working_copy_changes(liaison_client, association, editor):
    published = make_listing(association, title="Muistikahvila", description="Tavataan kirjastossa joka tiistai kello kolmetoista ja juodaan kahvia yhdessä.")
    copy = published.start_editing(by=editor)
    copy.title = "Muistikahvila <b>uusi</b>"
    copy.description = "Tavataan seurakuntatalolla joka tiistai kello kolmetoista ja juodaan kahvia yhdessä."
    copy.save()
    copy.municipalities.add(*published.municipalities.model.objects.filter(slug="tuusula"))
    copy.submit(by=editor)

    response = liaison_client.get(review_url(copy))

    assert "Muistikahvila &rarr; Muistikahvila &lt;b&gt;uusi&lt;/b&gt;" in response.text
    assert "<del>kirjastossa</del> <ins>seurakuntatalolla</ins>" in response.text
    assert "lisätty: Tuusula" in response.text


def test_status_cannot_be_changed_in_the_listing_form(liaison_client, activity):
    form = liaison_client.get(reverse("admin:services_activity_change", args=[activity.pk])).context["adminform"].form

    assert "status" not in form.fields


def test_staff_preview_shows_a_pending_listing_with_the_public_template(liaison_client, association):
    listing = waiting(association, "Muistikahvila", 1)

    response = liaison_client.get(reverse("moderation:staff-preview", args=[listing.pk]))

    assert response.status_code == 200
    assert "catalogue/listing_detail.html" in [t.name for t in response.templates]
    assert "Esikatselu ylläpidolle" in response.text
    assert '<meta name="robots" content="noindex">' in response.text


def test_staff_preview_is_not_for_association_members(client, association, editor):
    listing = waiting(association, "Muistikahvila", 1)
    client.force_login(editor)

    response = client.get(reverse("moderation:staff-preview", args=[listing.pk]))

    assert response.status_code in (302, 403)
    assert "Muistikahvila" not in response.content.decode()


def test_trusted_association_publishes_at_once_and_liaison_marks_it_reviewed(liaison_client, association, editor, liaison):
    association.trusted = True
    association.save()
    listing = make_listing(association, status=Status.DRAFT, title="Luotettu kerho")
    listing.submit(by=editor)
    url = reverse("admin:moderation_listingpublishedwithoutreview_changelist")
    assert list(liaison_client.get(url).context["cl"].result_list) == [listing]

    response = liaison_client.post(url, {"action": "mark_reviewed_selected", "_selected_action": [listing.pk]})

    assert response.status_code == 302
    listing.refresh_from_db()
    assert not listing.published_without_review and listing.status == Status.PUBLISHED
    assert ListingTransition.objects.filter(listing=listing, by=liaison, note="Tarkastettu julkaisun jälkeen.").exists()
    assert list(liaison_client.get(url).context["cl"].result_list) == []


def test_liaison_trusts_and_untrusts_associations_and_it_is_logged(liaison_client, association, liaison):
    other = make_association("Tuusulan Kyläyhdistys", municipalities=("tuusula",))
    url = reverse("admin:associations_association_changelist")

    liaison_client.post(url, {"action": "trust_selected", "_selected_action": [association.pk, other.pk]})
    association.refresh_from_db()
    assert association.trusted
    liaison_client.post(url, {"action": "distrust_selected", "_selected_action": [association.pk]})

    association.refresh_from_db()
    assert not association.trusted
    messages = list(LogEntry.objects.filter(object_id=str(association.pk)).values_list("change_message", flat=True))
    assert sorted(messages) == ["Luotettu-merkintä poistettu.", "Merkitty luotetuksi."]


@pytest.mark.parametrize(
    "action, status, expected",
    [
        ("archive_selected", Status.PUBLISHED, Status.ARCHIVED),
        ("restore_selected", Status.ARCHIVED, Status.DRAFT),
        ("submit_selected", Status.DRAFT, Status.PENDING),
        ("restore_selected", Status.PUBLISHED, Status.PUBLISHED),  # refused
        ("submit_selected", Status.PENDING, Status.PENDING),  # refused
    ],
)
def test_workflow_actions_in_the_listing_list(liaison_client, association, action, status, expected):
    listing = make_listing(association, status=status)

    response = liaison_client.post(ALL_LISTINGS, {"action": action, "_selected_action": [listing.pk]})

    assert response.status_code == 302
    listing.refresh_from_db()
    assert listing.status == expected
    assert LogEntry.objects.exists() == (status != expected)


def test_the_queues_old_admin_address_leads_to_the_new_one(liaison_client):
    response = liaison_client.get("/admin/services/listingforreview/?o=1")

    assert response.status_code == 301
    assert response["Location"] == "/admin/moderation/listingforreview/?o=1"
