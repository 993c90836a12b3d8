"""A municipality's web editor takes a search onto the municipality's site."""

import pytest

from tests.factories import make_association, make_listing

pytestmark = pytest.mark.browser


def test_web_editor_copies_the_code_for_a_search_and_the_widget_shows_it(browse):
    martat = make_association("Forssan Martat", municipalities=("forssa",))
    make_listing(martat, title="Marttailta", municipalities=("forssa",))
    make_listing(martat, title="Lukupiiri Nurmijärvellä", municipalities=("nurmijarvi",))

    browse.goto("/?municipality=forssa")
    browse.click_and_wait(browse.page.get_by_role("link", name="Upota haku omalle sivullesi"))
    assert "data-tarjotin-search=\"municipality=forssa\"" in browse.page.locator("pre").first.inner_text()
    preview = browse.page.frame_locator("iframe.embed-preview")
    assert preview.get_by_role("link", name="Marttailta").is_visible()
    assert preview.get_by_role("link", name="Lukupiiri Nurmijärvellä").count() == 0

    browse.goto("/upotus/?municipality=forssa")
    assert browse.page.get_by_role("heading", level=1).inner_text() == "Hyvinvointitarjotin"
