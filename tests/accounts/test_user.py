import pytest

from accounts.models import User


def test_email_is_the_login_and_is_stored_in_lower_case(db):
    user = User.objects.create_user(email="Aino.Admin@Example.FI", password="x" * 12)
    assert user.email == "aino.admin@example.fi"
    assert user.USERNAME_FIELD == "email"


def test_an_email_address_is_required(db):
    with pytest.raises(ValueError):
        User.objects.create_user(email="", password="x")


def test_superuser_is_staff(db):
    user = User.objects.create_superuser(email="liaison@example.fi", password="x" * 12)
    assert user.is_staff and user.is_superuser
