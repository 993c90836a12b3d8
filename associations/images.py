"""Association logos: accepted by what the file really is, stored as a new, clean, small image."""

import io

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_BYTES = 2 * 1024 * 1024
MAX_SIDE = 4000
LOGO_WIDTH = 600
# Pillow's name for the format → the stored file's extension
FORMATS = {"PNG": "png", "JPEG": "jpg", "MPO": "jpg", "WEBP": "webp"}  # MPO: phone cameras' JPEG


def clean_logo(upload) -> ContentFile:
    """A copy of the uploaded logo without metadata, at most LOGO_WIDTH wide, in the same format.

    Raises ValidationError in Finnish for anything that is not a PNG, JPEG or WebP image by its
    content (the name and the browser's content type are not trusted), is over 2 MB, or is larger
    than 4000 × 4000 pixels.
    """
    if upload.size > MAX_BYTES:
        raise ValidationError(_("Kuva on liian suuri. Suurin sallittu koko on 2 Mt."), code="too_big")
    try:
        upload.seek(0)
        with Image.open(upload) as image:
            if image.format not in FORMATS:
                raise ValidationError(_("Logon on oltava PNG-, JPEG- tai WebP-kuva."), code="type")
            # The header gives the size before any pixels are decoded (no decompression bombs).
            if image.width > MAX_SIDE or image.height > MAX_SIDE:
                raise ValidationError(
                    _("Kuva on liian suuri. Enintään 4000 × 4000 pikseliä."), code="dimensions"
                )
            extension = FORMATS[image.format]
            image.load()
            pixels = _without_metadata(image, extension)
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError, SyntaxError) as error:
        raise ValidationError(_("Tiedostoa ei voi lukea kuvana. Valitse PNG-, JPEG- tai WebP-kuva."), code="invalid") from error
    if pixels.width > LOGO_WIDTH:
        pixels = pixels.resize((LOGO_WIDTH, max(1, round(pixels.height * LOGO_WIDTH / pixels.width))), Image.LANCZOS)
    output = io.BytesIO()
    options = {"JPEG": {"quality": 85, "optimize": True}, "PNG": {"optimize": True}, "WEBP": {"quality": 85}}
    file_format = {"jpg": "JPEG", "png": "PNG", "webp": "WEBP"}[extension]
    pixels.save(output, format=file_format, **options[file_format])
    return ContentFile(output.getvalue(), name=f"logo.{extension}")


def _without_metadata(image: Image.Image, extension: str) -> Image.Image:
    """The pixels only, turned the way the camera meant: no EXIF, GPS, ICC, XMP or text chunks."""
    image = ImageOps.exif_transpose(image)
    transparent = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
    mode = "RGBA" if transparent and extension != "jpg" else "RGB"
    if image.mode == "L" and not transparent:
        mode = "L"
    image = image.convert(mode)
    return Image.frombytes(image.mode, image.size, image.tobytes())
