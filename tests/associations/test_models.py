"""Who may do what in an association, and what an association must be."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from associations.models import Association, Membership
from associations.validators import validate_business_id


@pytest.mark.parametrize("value", ["0737546-2", "1572860-0", "2617416-4"])
def test_valid_business_ids_pass(value):
    validate_business_id(value)


@pytest.mark.parametrize("value", ["0737546-3", "1234567", "12345678-9", "abc"])
def test_invalid_business_ids_are_refused_in_finnish(value):
    with pytest.raises(ValidationError) as caught:
        validate_business_id(value)
    assert "Y-tunnu" in caught.value.messages[0]


def test_anonymous_visitor_has_no_role(association):
    from django.contrib.auth.models import AnonymousUser

    assert association.role_of(AnonymousUser()) is None


def test_one_membership_per_person_and_association(association, editor):
    with pytest.raises(IntegrityError), transaction.atomic():
        Membership.objects.create(user=editor, association=association, role=Membership.Role.ADMIN)


def test_a_person_can_belong_to_many_associations(editor, other_association, association):
    Membership.objects.create(user=editor, association=other_association)
    assert set(Association.objects.for_user(editor)) == {association, other_association}


def test_approval_makes_an_association_public(db):
    association = Association.objects.create(name="Uusi yhdistys", slug="uusi")
    assert not Association.objects.approved().exists()
    association.approve()
    assert list(Association.objects.approved()) == [association]
