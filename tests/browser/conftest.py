"""Browser journeys: pytest-django's live_server, driven by Debian's Chromium through Playwright.

Tests take the `browse` fixture (a fresh browser context and page per test; one Chromium per
session) and mark themselves `@pytest.mark.browser`.

How axe-core runs on every page
-------------------------------
Tests do not get a bare Playwright page, they get `browse`, and axe is part of moving around:

1. `browse.goto(path)`, `browse.click_and_wait(target)` and `browse.press_and_wait(key)` run
   axe (WCAG 2.1 A and AA) as soon as the new page has loaded, and fail the test listing each
   violation's id, help text and target nodes. `browse.check_accessibility()` re-checks after
   the page has changed in place (a disclosure opened, an error message shown).
2. Every main-frame navigation is recorded, however it was caused (a raw `browse.page.click()`,
   a redirect, a form sent with Enter). At teardown the fixture checks the page that is showing
   (its DOM may have changed since the last check) and then fails the test if any page was shown
   that axe never checked. Forgetting to check a page is therefore a failing test, not a gap.
3. Django's admin is Django's own and staff-only: only there may a test skip axe, explicitly,
   with `browse.goto("/admin/...", axe=False)` (or `click_and_wait(..., axe=False)`). Asking for
   that anywhere else is an error.

The network is closed: Chromium resolves no host name but localhost and 127.0.0.1, and the
context aborts every request to any other host. A page that tries to fetch from off this machine,
breaks the Content-Security-Policy, or throws a JavaScript error fails its test too.

Without /usr/bin/chromium the browser tests are skipped, unless REQUIRE_BROWSER=true (CI), where
a skipped browser test, for whatever reason, is a failure.
"""

import importlib
import os
import re
from urllib.parse import urlsplit, urlunsplit

import pytest
from django.conf import settings
from django.test import Client

from tarjotin.env import env_bool
from tests.browser.axe import report as axe_report
from tests.browser.axe import violations as axe_violations

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    # Without fail: no name resolves but this machine's, whatever a page or Chromium asks for.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
]
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
ADMIN_PATH = re.compile(r"^/(?:[a-z]{2}/)?admin/")
TIMEOUT_MS = 10_000  # fail fast: every page here is local and light

# After a check, note in the page whether its DOM changes, so teardown re-runs axe (some tenths
# of a second) only on a page that is new or has changed since.
WATCH_DOM = """() => {
    window.axeSawThisDom = true;
    new MutationObserver(() => { window.axeSawThisDom = false; })
        .observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
}"""


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    # Remembered so that `browse` does not pile teardown failures on a test that already failed.
    setattr(item, f"report_{report.when}", report)
    if report.skipped and not hasattr(report, "wasxfail") and env_bool("REQUIRE_BROWSER", False):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
        report.outcome = "failed"
        report.longrepr = f"REQUIRE_BROWSER=true, so a skipped browser test fails: {reason}"


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"Chromium not found at {CHROMIUM}: apt-get install -y chromium")
    from playwright.sync_api import sync_playwright

    with pytest.MonkeyPatch.context() as patch:
        # Playwright's sync API keeps an event loop in this thread, so Django would refuse ORM
        # calls from test code and live_server's database setup; nothing here is really async.
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            yield chromium
            chromium.close()


@pytest.fixture(autouse=True)
def seeded_vocabularies(django_db_serialized_rollback, transactional_db):
    """The vocabularies the migrations seed, present in every browser test.

    Serialized rollback should restore them after live_server's flush; in a full run some test
    before the browser tests leaves them out, so they are seeded again (idempotently) here.
    """
    from django.apps import apps

    seed = importlib.import_module("vocabularies.migrations.0002_seed_vocabularies").seed
    if not apps.get_model("vocabularies", "Municipality").objects.exists():
        seed(apps, None)


@pytest.fixture
def browse(request, browser, live_server, django_db_serialized_rollback):
    """A fresh context and page on the live server; see the module docstring for the axe rules.

    Serialized rollback keeps the vocabularies seeded by migrations for every browser test,
    although live_server's transactional database is flushed after each one.
    """
    context = browser.new_context(base_url=live_server.url, locale="fi-FI", viewport={"width": 1280, "height": 800})
    context.set_default_timeout(TIMEOUT_MS)
    session = Browse(context)
    yield session
    try:
        if not getattr(request.node, "report_call", None) or request.node.report_call.passed:
            session.finish()
    finally:
        context.close()


class Browse:
    def __init__(self, context):
        self.problems: list[str] = []
        self.pending: dict[str, None] = {}  # URLs shown and not yet checked by axe, in order
        self.exempt: set[str] = set()
        self.checked_viewport = None
        context.route("**/*", self._only_this_machine)
        self.page = context.new_page()
        self.page.on("framenavigated", self._navigated)
        self.page.on("pageerror", lambda error: self.problems.append(f"JavaScript error: {error}"))
        self.page.on("console", self._console)

    def goto(self, path: str, *, axe: bool = True, status: int = 200):
        """Open a path on the live server, assert its status and check it with axe."""
        response = self.page.goto(path)
        assert response is not None and response.status == status, (
            f"{path} answered {response and response.status}, expected {status}"
        )
        self._arrived(axe)
        return response

    def click_and_wait(self, target, *, axe: bool = True):
        """Click a locator (or selector) that leads to another page, then check that page."""
        locator = self.page.locator(target) if isinstance(target, str) else target
        with self.page.expect_navigation():
            locator.click()
        self._arrived(axe)

    def press_and_wait(self, key: str, *, axe: bool = True):
        """Press a key on the focused element (a link, a button) that leads to another page."""
        with self.page.expect_navigation():
            self.page.keyboard.press(key)
        self._arrived(axe)

    def tab_to(self, selector: str, *, max_presses: int = 40):
        """Press Tab until the focused element matches the selector, as a keyboard user would."""
        for _ in range(max_presses):
            self.page.keyboard.press("Tab")
            if self.page.evaluate("selector => document.activeElement.matches(selector)", selector):
                return self.page.locator(":focus")
        raise AssertionError(f"{max_presses} presses of Tab never reached {selector}")

    def sign_in(self, live_server, user):
        """Signed in by the session cookie of a forced login, for journeys that are not about logging in."""
        client = Client()
        client.force_login(user)
        cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
        self.page.context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": live_server.url}])

    def check_accessibility(self):
        """Run axe on the page as it is now; fail the test on any WCAG 2.1 AA violation."""
        url = _without_fragment(self.page.url)
        found = axe_violations(self.page)
        self.pending.pop(url, None)
        self.page.evaluate(WATCH_DOM)
        self.checked_viewport = self.page.viewport_size
        if found:
            pytest.fail(axe_report(url, found), pytrace=False)

    def finish(self):
        url = _without_fragment(self.page.url)
        unchanged = self.page.evaluate("() => window.axeSawThisDom === true")
        if url != "about:blank" and url not in self.exempt:
            if not unchanged or self.page.viewport_size != self.checked_viewport:
                try:
                    self.check_accessibility()
                except pytest.fail.Exception as failure:
                    self.problems.insert(0, str(failure))
        unchecked = [url for url in self.pending if url not in self.exempt]
        if unchecked:
            self.problems.append(
                "pages shown but never checked with axe (move with browse.goto, browse.click_and_wait "
                "or browse.press_and_wait, or call browse.check_accessibility): " + ", ".join(unchecked)
            )
        if self.problems:
            pytest.fail("\n".join(self.problems), pytrace=False)

    def _arrived(self, check: bool):
        url = _without_fragment(self.page.url)
        if check:
            self.check_accessibility()
        elif ADMIN_PATH.match(urlsplit(url).path):
            self.exempt.add(url)
        else:
            raise ValueError(f"axe may be skipped only on Django's admin pages, not on {url}")

    def _navigated(self, frame):
        if frame == self.page.main_frame and frame.url != "about:blank":
            self.pending[_without_fragment(frame.url)] = None

    def _only_this_machine(self, route):
        if urlsplit(route.request.url).hostname in LOCAL_HOSTS:
            route.continue_()
        else:
            self.problems.append(f"the page tried to fetch from off this machine (blocked): {route.request.url}")
            route.abort("blockedbyclient")

    def _console(self, message):
        if message.type == "error" and "Content Security Policy" in message.text:
            self.problems.append(f"Content-Security-Policy violation: {message.text}")


def _without_fragment(url: str) -> str:
    return urlunsplit(urlsplit(url)._replace(fragment=""))
