"""A developer at the wellbeing area reads the API's docs page."""

import pytest

pytestmark = pytest.mark.browser


def test_developer_reads_the_docs_and_follows_a_schema_link(browse):
    browse.goto("/api/v1/docs/")
    browse.page.get_by_role("link", name="GET /api/v1/listings/").first.click()
    browse.check_accessibility()
    assert browse.page.get_by_role("heading", name="ListingOut").is_visible()
