import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

_BUSINESS_ID = re.compile(r"^(\d{7})-(\d)$")
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2)


def validate_business_id(value: str) -> None:
    """A Finnish business ID (Y-tunnus), e.g. 1234567-1, with its check digit."""
    match = _BUSINESS_ID.match(value or "")
    if not match:
        raise ValidationError(_("Anna Y-tunnus muodossa 1234567-8."), code="format")
    digits, check = match.groups()
    remainder = sum(int(d) * w for d, w in zip(digits, _WEIGHTS)) % 11
    expected = 0 if remainder == 0 else 11 - remainder
    if remainder == 1 or expected != int(check):
        raise ValidationError(_("Y-tunnuksen tarkistusnumero ei täsmää. Tarkista tunnus."), code="checksum")
