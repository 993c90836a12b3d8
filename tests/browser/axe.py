"""axe-core checks for browser tests.

axe-playwright-python bundles axe.min.js, so nothing is fetched at run time. The script is
injected with Playwright's `evaluate`, which the page's Content-Security-Policy does not block.
"""

from axe_playwright_python.sync_playwright import Axe

# WCAG 2.1 level A and AA: what Finnish law asks of this kind of service.
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
OPTIONS = {"runOnly": {"type": "tag", "values": WCAG_21_AA}, "resultTypes": ["violations"]}

_axe = Axe()


def violations(page) -> list[dict]:
    """Run axe on the page as it is now and return its WCAG 2.1 AA violations."""
    return _axe.run(page, options=OPTIONS).response["violations"]


def report(url: str, found: list[dict]) -> str:
    """A failure message a developer can act on without opening a browser."""
    lines = [f"axe found {len(found)} WCAG 2.1 AA violation(s) on {url}:"]
    for violation in found:
        lines.append(f"- {violation['id']} ({violation.get('impact')}): {violation['help']}")
        lines.append(f"  {violation['helpUrl']}")
        for node in violation["nodes"]:
            lines.append(f"    at {', '.join(map(str, node['target']))}")
            summary = (node.get("failureSummary") or "").replace("\n", " ")
            if summary:
                lines.append(f"       {summary}")
    return "\n".join(lines)
