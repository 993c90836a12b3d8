"""The check run after a deployment or a restore drill."""

import pytest
from django.core.management import CommandError, call_command

from catalogue import detail_parts


def test_smoke_check_passes_on_a_working_site(world, capsys):
    call_command("smoke_check")

    output = capsys.readouterr().out
    assert "200 /healthz" in output
    assert "Smoke check passed: 4 public listings" in output


def test_smoke_check_fails_when_a_page_does_not_answer(world, monkeypatch):
    def broken(listing):
        raise RuntimeError("a restored table is missing")

    monkeypatch.setattr(detail_parts, "other_listings", broken)

    with pytest.raises(CommandError, match="Not answering 200: /"):
        call_command("smoke_check")
