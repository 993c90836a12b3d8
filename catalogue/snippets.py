import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

SNIPPET_LENGTH = 220


def highlight(text: str, prefixes: list[str], length: int = SNIPPET_LENGTH) -> SafeString:
    """An escaped excerpt of text around the first hit, with every word matching a prefix in <mark>."""
    text = " ".join((text or "").split())
    if not prefixes:
        return escape(_cut(text, 0, length))
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in prefixes) + r")\w*", re.IGNORECASE)
    first = pattern.search(text)
    start = max(0, first.start() - 60) if first and first.start() > length - 60 else 0
    excerpt = _cut(text, start, length)
    parts, at = [], 0
    for match in pattern.finditer(excerpt):
        parts.append(escape(excerpt[at : match.start()]))
        parts.append(f"<mark>{escape(match.group())}</mark>")
        at = match.end()
    parts.append(escape(excerpt[at:]))
    return mark_safe("".join(parts))  # noqa: S308 - every piece of text above is escaped


def _cut(text: str, start: int, length: int) -> str:
    excerpt = text[start : start + length]
    if start > 0:
        excerpt = "…" + excerpt[excerpt.find(" ") + 1 :]
    if start + length < len(text):
        excerpt = excerpt[: excerpt.rfind(" ")] + "…"
    return excerpt
