"""QR codes for printed handouts, drawn on the server as inline SVG (no image requests, no script)."""

import segno
from django.utils.safestring import SafeString, mark_safe


def qr_svg(url: str) -> SafeString:
    """An SVG QR code of the address; decorative to screen readers, the address is printed beside it."""
    svg = segno.make(url, error="m").svg_inline(scale=3, border=2, omitsize=True, svgclass="qr")
    # segno writes only the path of the code; hidden from assistive technology, since the page
    # prints the same address as text next to it.
    return mark_safe(svg.replace("<svg ", '<svg aria-hidden="true" focusable="false" ', 1))  # noqa: S308 - segno's own SVG of a URL
