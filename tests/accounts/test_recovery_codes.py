"""The recovery codes page shows the codes themselves, not an empty box."""

from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.urls import reverse

from tests.factories import PASSWORD


def test_recovery_codes_page_shows_every_unused_code_in_the_box(client, liaison):
    TOTP.activate(liaison, generate_totp_secret())
    codes = RecoveryCodes.activate(liaison).get_unused_codes()
    client.force_login(liaison)
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})

    response = client.get(reverse("mfa_view_recovery_codes"))

    assert response.status_code == 200
    box = response.text.split('<textarea id="recovery_codes"')[1].split("</textarea>")[0]
    assert " readonly" in box
    assert box.split(">", 1)[1].split() == codes
