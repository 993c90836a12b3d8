"""Adding a listing on Omat sivut: defaults, every kind, Finnish errors that keep what was typed."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from events.models import Occurrence
from services.models import Listing, Place
from tests.factories import make_listing
from tests.dashboard.edit_helpers import activity_data, event_data, role_data, seen
from vocabularies.models import Municipality


def create_url(association, kind="toiminta"):
    return reverse("dashboard:listing-create", args=[association.slug, kind])


@pytest.fixture
def logged_in(client, editor):
    client.force_login(editor)
    return client


def test_form_starts_with_the_associations_municipalities_usual_place_and_my_email(logged_in, association, place, activity):
    response = logged_in.get(create_url(association))
    assert response.status_code == 200
    form = response.context["form"]
    assert form["municipalities"].value() == [Municipality.objects.get(slug="nurmijarvi").pk]
    assert form["place_choice"].value() == str(place.pk)
    assert form["contact_email"].value() == "eero.editor@example.fi"
    assert "Lisää toiminta" in response.content.decode()


def test_editor_adds_an_activity_as_a_draft(logged_in, association, editor):
    response = logged_in.post(create_url(association), activity_data())
    listing = Listing.objects.get(title="Muistikahvila")
    assert response.status_code == 302 and response.url == reverse("dashboard:listing-edit", args=[listing.pk])
    assert (listing.kind, listing.status, listing.association, listing.created_by) == (
        Listing.Kind.ACTIVITY, Listing.Status.DRAFT, association, editor,
    )
    assert listing.weekdays == [1] and listing.last_confirmed_on == timezone.localdate()
    assert sorted(listing.tags.names()) == ["kahvi", "muisti"]
    assert [m.slug for m in listing.municipalities.all()] == ["nurmijarvi"]


def test_editor_adds_a_volunteer_role(logged_in, association):
    logged_in.post(create_url(association, "vapaaehtoistehtava"), role_data())
    role = Listing.objects.get(title="Ystävä ikäihmiselle")
    assert role.kind == Listing.Kind.VOLUNTEER_ROLE and role.time_commitment == "2 tuntia viikossa"


def test_event_date_and_times_become_its_start_and_end(logged_in, association):
    day = timezone.localdate() + datetime.timedelta(days=20)
    logged_in.post(create_url(association, "tapahtuma"), event_data(day=day))
    event = Listing.objects.get(title="Kevätkonsertti")
    starts, ends = timezone.localtime(event.starts_at), timezone.localtime(event.ends_at)
    assert (starts.date(), starts.hour, ends.hour) == (day, 18, 20)


def test_bad_input_keeps_everything_typed_and_says_in_finnish_what_to_fix(logged_in, association):
    data = activity_data(
        summary="", weekdays=None, schedule="", municipalities=None, contact_email="aino@",
        description="Pitkä teksti, jota ei saa hukata.",
    )
    response = logged_in.post(create_url(association), data)
    assert response.status_code == 200
    assert not Listing.objects.exists()
    page = response.content.decode()
    form = response.context["form"]
    assert form.errors["summary"] == ["Kirjoita lyhyt kuvaus."]
    assert form.errors["schedule"] == ["Kerro, milloin toimintaa on: valitse viikonpäivät tai kirjoita aikataulu."]
    assert form.errors["municipalities"] == ["Valitse vähintään yksi kunta tai merkitse, että toiminta on verkossa."]
    assert form.errors["contact_email"] == ["Tarkista sähköpostiosoite, esimerkiksi aino@example.fi."]
    # The summary at the top links to each field; the fields keep what was typed.
    assert 'href="#id_summary"' in page and 'href="#id_municipalities_0"' in page
    assert "Pitkä teksti, jota ei saa hukata." in page
    assert 'value="Muistikahvila"' in page and 'value="aino@"' in page
    assert 'aria-invalid="true"' in page


def test_event_without_date_is_told_once_what_is_missing(logged_in, association):
    data = event_data(date="", start_time="18.00", end_time="17.00")
    response = logged_in.post(create_url(association, "tapahtuma"), data)
    form = response.context["form"]
    assert form.errors["date"] == ["Kerro, minä päivänä tapahtuma on."]
    assert "end_time" not in form.errors  # no end can be judged without a day
    assert 'value="18.00"' in response.content.decode()


def test_event_ending_before_it_starts_is_refused_next_to_the_end_time(logged_in, association):
    response = logged_in.post(create_url(association, "tapahtuma"), event_data(start_time="18:00", end_time="17:00"))
    assert response.context["form"].errors["end_time"] == ["Tapahtuman on päätyttävä alkamisen jälkeen."]


def test_event_in_the_past_is_refused(logged_in, association):
    past = timezone.localdate() - datetime.timedelta(days=2)
    response = logged_in.post(create_url(association, "tapahtuma"), event_data(day=past))
    assert "Tämä aika on jo mennyt" in response.context["form"].errors["date"][0]


def test_finnish_date_and_time_typed_by_hand_are_understood(logged_in, association):
    day = timezone.localdate() + datetime.timedelta(days=40)
    data = event_data(date=f"{day.day}.{day.month}.{day.year}", start_time="9.30", end_time="11.00")
    logged_in.post(create_url(association, "tapahtuma"), data)
    assert timezone.localtime(Listing.objects.get().starts_at).strftime("%H:%M") == "09:30"


def test_a_new_place_typed_inline_becomes_the_associations_place(logged_in, association):
    municipality = Municipality.objects.get(slug="nurmijarvi")
    data = activity_data(place_choice="new", **{
        "place-name": "Seurakuntatalo", "place-street_address": "Kirkkotie 1", "place-postal_code": "01900",
        "place-municipality": str(municipality.pk), "place-is_accessible": "on",
    })
    logged_in.post(create_url(association), data)
    listing = Listing.objects.get()
    assert listing.place.name == "Seurakuntatalo" and listing.place.association == association and listing.place.is_accessible


def test_new_place_with_errors_shows_them_and_keeps_the_rest(logged_in, association):
    data = activity_data(place_choice="new", **{"place-name": "Seurakuntatalo", "place-postal_code": "019"})
    response = logged_in.post(create_url(association), data)
    assert response.status_code == 200 and not Place.objects.exists()
    place_form = response.context["place_form"]
    assert place_form.errors["postal_code"] == ["Postinumerossa on viisi numeroa."]
    assert place_form.errors["street_address"] == ["Kirjoita katuosoite."]
    assert 'href="#id_place-postal_code"' in response.content.decode()


def test_new_place_typed_but_not_chosen_is_pointed_out_not_dropped(logged_in, association, place):
    data = activity_data(place_choice=str(place.pk), **{"place-name": "Seurakuntatalo"})
    response = logged_in.post(create_url(association), data)
    assert not Listing.objects.exists()
    assert "Valitse ”Uusi paikka”" in response.context["form"].errors["place_choice"][0]
    assert 'value="Seurakuntatalo"' in response.content.decode()


def test_another_associations_place_cannot_be_chosen(logged_in, association, other_association):
    theirs = Place.objects.create(
        name="Martta-koti", street_address="Torikatu 1", postal_code="30100",
        municipality=Municipality.objects.get(slug="forssa"), association=other_association,
    )
    response = logged_in.post(create_url(association), activity_data(place_choice=str(theirs.pk)))
    assert response.status_code == 200 and "place_choice" in response.context["form"].errors


def test_event_on_several_dates_is_one_listing_with_a_date_each(logged_in, association):
    first = timezone.localdate() + datetime.timedelta(days=10)
    data = event_data(day=first, **{
        "dates-0-date": (first + datetime.timedelta(days=7)).isoformat(),
        "dates-1-date": (first + datetime.timedelta(days=14)).isoformat(), "dates-1-start_time": "17:00",
    })
    response = logged_in.post(create_url(association, "tapahtuma"), data)
    assert response.status_code == 302
    event = Listing.objects.get(title="Kevätkonsertti")
    dates = list(Occurrence.objects.filter(event=event))
    assert [timezone.localdate(d.starts_at) for d in dates] == [first + datetime.timedelta(days=d) for d in (0, 7, 14)]
    assert [timezone.localtime(d.starts_at).hour for d in dates] == [18, 18, 17]
    assert all(timezone.localtime(d.ends_at).hour == 20 for d in dates)
    assert (event.starts_at, event.ends_at) == (dates[0].starts_at, dates[-1].ends_at)


def test_weekly_rule_gives_every_chosen_weekday_until_the_end_except_the_skipped(logged_in, association):
    first = timezone.localdate() + datetime.timedelta(days=10)
    skipped = first + datetime.timedelta(days=14)
    data = event_data(day=first, **{
        "repeat-repeat_weekdays": [str(first.weekday())],
        "repeat-repeat_until": (first + datetime.timedelta(days=28)).isoformat(),
        "repeat-skip_dates": f"{skipped.day}.{skipped.month}.{skipped.year}",
    })
    assert logged_in.post(create_url(association, "tapahtuma"), data).status_code == 302
    days = [timezone.localdate(d.starts_at) for d in Occurrence.objects.all()]
    assert days == [first + datetime.timedelta(days=d) for d in (0, 7, 21, 28)]


def test_weekly_rule_without_an_end_is_explained(logged_in, association):
    data = event_data(**{"repeat-repeat_weekdays": ["1"], "repeat-skip_dates": "joulu"})
    response = logged_in.post(create_url(association, "tapahtuma"), data)
    assert response.status_code == 200 and not Listing.objects.exists()
    errors = response.context["dates"].repeat.errors
    assert "muodossa 24.12.2026" in errors["skip_dates"][0]


def test_editing_an_event_keeps_its_dates_and_their_sign_ups(logged_in, association):
    event = make_listing(association, kind=Listing.Kind.EVENT, status=Listing.Status.DRAFT, title="Kevätkonsertti")
    kept = event.occurrences.get()
    day = timezone.localdate(kept.starts_at)
    data = event_data(day=day, title="Kevätkonsertti uudelleen", **{
        "start_time": timezone.localtime(kept.starts_at).strftime("%H:%M"),
        "end_time": timezone.localtime(kept.ends_at).strftime("%H:%M"),
        "dates-0-date": (day + datetime.timedelta(days=1)).isoformat(),
    }, **seen(event))
    response = logged_in.post(reverse("dashboard:listing-edit", args=[event.pk]), data)
    assert response.status_code == 302
    assert kept in Occurrence.objects.filter(event=event) and Occurrence.objects.filter(event=event).count() == 2


def test_each_extra_date_is_checked_like_its_own_event(logged_in, association):
    past = timezone.localdate() - datetime.timedelta(days=1)
    later = timezone.localdate() + datetime.timedelta(days=60)
    data = event_data(**{
        "dates-0-date": past.isoformat(),
        "dates-1-start_time": "10:00",
        "dates-2-date": later.isoformat(), "dates-2-end_time": "17:00",
    })
    response = logged_in.post(create_url(association, "tapahtuma"), data)
    assert not Listing.objects.exists()
    rows = response.context["dates"].forms
    assert "Tämä aika on jo mennyt" in rows[0].errors["date"][0]
    assert rows[1].errors["date"] == ["Kerro päivämäärä tai tyhjennä rivin kellonajat."]
    assert rows[2].errors["end_time"] == ["Tapahtuman on päätyttävä alkamisen jälkeen."]
    assert "Lisäpäivä 3, päättyy kello" in response.content.decode()


def test_submitting_at_once_sends_it_to_review_and_says_what_happens_next(logged_in, association):
    response = logged_in.post(create_url(association), activity_data(action="submit"), follow=True)
    listing = Listing.objects.get()
    assert listing.status == Listing.Status.PENDING and listing.submitted_at
    assert "Yhdyshenkilö tarkistaa ilmoituksen yleensä parin arkipäivän kuluessa" in response.content.decode()
    assert response.redirect_chain[-1][0] == reverse("dashboard:association", args=[association.slug])


def test_trusted_associations_listing_is_published_at_once(logged_in, association):
    association.trusted = True
    association.save()
    response = logged_in.post(create_url(association), activity_data(action="submit"), follow=True)
    assert Listing.objects.get().status == Listing.Status.PUBLISHED
    assert "näkyy nyt kaikille" in response.content.decode()


def test_several_dates_submitted_together_are_one_listing_for_review(logged_in, association):
    data = event_data(action="submit", **{"dates-0-date": (timezone.localdate() + datetime.timedelta(days=45)).isoformat()})
    logged_in.post(create_url(association, "tapahtuma"), data)
    assert list(Listing.objects.values_list("status", flat=True)) == [Listing.Status.PENDING]
    assert Occurrence.objects.count() == 2


def test_preview_button_saves_and_opens_the_preview(logged_in, association):
    response = logged_in.post(create_url(association), activity_data(action="preview"))
    assert response.url == reverse("dashboard:listing-preview", args=[Listing.objects.get().pk])


def test_outsider_cannot_create_for_another_association(client, association, outsider):
    client.force_login(outsider)
    assert client.post(create_url(association), activity_data()).status_code == 404
    assert not Listing.objects.exists()


@pytest.mark.parametrize("changes", [
    {"title": "x" * 500},
    {"tags": "a" * 150},
    {"municipalities": ["abc"]},
    {"weekdays": ["9"]},
    {"place_choice": "999999"},
    {"title": "nul\x00merkki"},
    {"place_choice": "new", "place-municipality": "kuu"},
    {"online_url": "javascript:alert(1)", "is_online": "on"},
])
def test_odd_input_is_an_error_message_not_a_crash(logged_in, association, changes):
    response = logged_in.post(create_url(association), activity_data(**changes))
    assert response.status_code == 200
    assert response.context["form"].errors or response.context["place_form"].errors
    assert not Listing.objects.exists()


def test_tampered_extra_dates_are_an_error_not_a_crash(logged_in, association):
    data = event_data(**{"dates-TOTAL_FORMS": "5000", "dates-0-date": "kuu"})
    assert logged_in.post(create_url(association, "tapahtuma"), data).status_code == 200
    data = event_data()
    del data["dates-TOTAL_FORMS"]
    assert logged_in.post(create_url(association, "tapahtuma"), data).status_code == 200


def test_listing_that_was_returned_shows_the_reason_on_the_form(logged_in, association, liaison):
    listing = make_listing(association, status=Listing.Status.PENDING)
    listing.return_to_association(by=liaison, reason="Lisää kellonaika, kiitos.")
    response = logged_in.get(reverse("dashboard:listing-edit", args=[listing.pk]))
    assert "Yhdyshenkilö pyysi korjauksia" in response.content.decode()
    assert "Lisää kellonaika, kiitos." in response.content.decode()


@pytest.mark.parametrize("changes", [
    {"date": "0001-01-01"},
    {"date": "9999-12-31", "end_date": "9999-12-31"},
    {"end_date": "9999-12-31", "dates-0-date": "2030-01-01"},
    {"dates-0-date": "0001-01-01"},
    {"date": "1.1.20226"},
    {"start_time": "25:00", "end_time": "xx"},
])
def test_odd_dates_are_error_messages_not_crashes(logged_in, association, changes):
    response = logged_in.post(create_url(association, "tapahtuma"), event_data(**changes))
    assert response.status_code == 200 and not Listing.objects.exists()
