import os

import pytest

from services import morphology


@pytest.fixture(autouse=True)
def voikko_installed():
    """The judged results assume Voikko; without it search still works, on Snowball stems only."""
    if not morphology.available():
        message = "Voikko is not installed (apt-get install libvoikko1 voikko-fi)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
