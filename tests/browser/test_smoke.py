"""A resident's first minute on the site, with the keyboard only.

Every page these tests show is checked with axe by the `browse` fixture (see conftest.py).
"""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.browser

# Visible means on screen and not clipped away, as "visually hidden" skip links are until focused.
IS_SHOWN = """element => {
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    return box.width > 1 && box.height > 1 && box.top >= 0 && box.left >= 0
        && box.bottom <= innerHeight && box.right <= innerWidth
        && style.visibility !== "hidden" && style.opacity !== "0"
        && style.clipPath === "none" && (style.clip === "auto" || style.clip === "");
}"""


def test_resident_reaches_skip_link_and_switches_statement_to_swedish_with_keyboard(browse):
    browse.goto(reverse("pages:accessibility"))

    browse.page.keyboard.press("Tab")
    focused = browse.page.locator(":focus")
    assert focused.get_attribute("href") == "#main"
    assert focused.evaluate(IS_SHOWN), "the skip link must be visible when it has focus"

    browse.tab_to('.language-switcher [lang="sv"]')
    browse.press_and_wait("Enter")

    assert browse.page.locator("html").get_attribute("lang") == "sv"
    assert browse.page.url.endswith("/sv/saavutettavuusseloste/")


def test_accessibility_statement_reflows_at_320_px_without_horizontal_scroll(browse):
    browse.page.set_viewport_size({"width": 320, "height": 640})

    browse.goto(reverse("pages:accessibility"))

    scroll_width, client_width = browse.page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert scroll_width <= client_width
