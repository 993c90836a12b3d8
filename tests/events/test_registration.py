"""Seats, the waiting list and moving up from it (events/models/registration.py)."""

from events.models import Registration
from tests.events.conftest import sign_up


def test_sign_ups_get_seats_until_full_then_wait_in_order(occurrence):
    first, second, third, fourth = (sign_up(occurrence, name=f"Henkilö {n}") for n in range(4))

    assert [r.status for r in (first, second)] == [Registration.Status.CONFIRMED] * 2
    assert [(r.status, r.position) for r in (third, fourth)] == [(Registration.Status.WAITING, 1), (Registration.Status.WAITING, 2)]


def test_a_group_that_does_not_fit_waits_and_nobody_jumps_the_queue(occurrence):
    sign_up(occurrence, name="Yksin")
    group = sign_up(occurrence, name="Perhe", people=2)
    single = sign_up(occurrence, name="Myöhäinen")

    assert (group.status, group.position) == (Registration.Status.WAITING, 1)
    assert (single.status, single.position) == (Registration.Status.WAITING, 2)


def test_cancelling_a_seat_promotes_the_first_in_line_and_moves_the_queue_up(occurrence):
    first, _second, third, fourth = (sign_up(occurrence, name=f"Henkilö {n}") for n in range(4))

    promoted = first.cancel()

    assert [r.pk for r in promoted] == [third.pk]
    third.refresh_from_db()
    fourth.refresh_from_db()
    assert third.status == Registration.Status.CONFIRMED and third.position is None
    assert (fourth.status, fourth.position) == (Registration.Status.WAITING, 1)


def test_cancelling_from_the_queue_closes_the_gap_and_promotes_nobody(occurrence):
    sign_up(occurrence, name="A")
    sign_up(occurrence, name="B")
    waiting_first, waiting_second = sign_up(occurrence, name="C"), sign_up(occurrence, name="D")

    assert waiting_first.cancel() == []
    waiting_second.refresh_from_db()
    assert waiting_second.position == 1


def test_cancelling_twice_changes_nothing_the_second_time(occurrence):
    first = sign_up(occurrence)
    sign_up(occurrence, name="B")
    sign_up(occurrence, name="C")
    first.cancel()

    assert Registration.objects.get(pk=first.pk).cancel() == []
    assert occurrence.registrations.filter(status=Registration.Status.CONFIRMED).count() == 2


def test_an_event_without_capacity_confirms_everyone(occurrence):
    occurrence.event.capacity = None
    occurrence.event.save()

    statuses = {sign_up(occurrence, name=f"H{n}").status for n in range(5)}

    assert statuses == {Registration.Status.CONFIRMED}


def test_anonymising_keeps_the_counts_and_drops_the_person(occurrence):
    registration = sign_up(occurrence, phone="040 123 4567", message="Kasvisruoka", may_contact=True)
    registration.mark_attended(True)

    registration.anonymise()

    registration.refresh_from_db()
    assert (registration.name, registration.email, registration.phone, registration.message) == ("–", "", "", "")
    assert registration.people == 1 and registration.attended is True and registration.anonymised_at


def test_a_cancel_token_finds_its_sign_up_and_a_tampered_one_nothing(occurrence):
    registration = sign_up(occurrence)
    token = registration.cancel_token()

    assert Registration.from_cancel_token(token) == registration
    assert Registration.from_cancel_token(token[:-2] + "xx") is None
    assert Registration.from_cancel_token("roskaa") is None
