"""Editing the association's public profile, and what happens to an uploaded logo."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from associations import images
from vocabularies.models import Municipality


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def _url(association):
    return reverse("manage:profile", args=[association.slug])


def _image(fmt="PNG", size=(800, 400), *, exif=None, name=None, color=(200, 30, 30)) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    image = Image.new("RGB", size, color)
    options = {"exif": exif} if exif is not None else {}
    image.save(buffer, format=fmt, **options)
    extension = {"PNG": "png", "JPEG": "jpg", "WEBP": "webp", "GIF": "gif", "BMP": "bmp"}[fmt]
    return SimpleUploadedFile(name or f"logo.{extension}", buffer.getvalue(), content_type=f"image/{extension}")


def _data(**fields):
    return {
        "description": "Kohtaamispaikka ja vertaistukea eläkeläisille.",
        "municipalities": [str(Municipality.objects.get(slug="nurmijarvi").pk)],
        "email": "toimisto@example.fi",
        "phone": "09 123 456",
        "street_address": "Keskustie 2",
        "postal_code": "01900",
        "post_office": "Nurmijärvi",
        "website": "https://elakkeensaajat.example.fi",
        **fields,
    }


def _exif_with_gps():
    exif = Image.Exif()
    exif[0x010F] = "Kamera Oy"  # Make
    exif[0x0112] = 1  # Orientation
    exif[0x8825] = {1: "N", 2: (60.0, 28.0, 0.0)}  # GPS info
    return exif


# Access and saving

def test_admin_sees_the_profile_form(client, association, assoc_admin):
    client.force_login(assoc_admin)

    response = client.get(_url(association))

    assert response.status_code == 200
    assert 'enctype="multipart/form-data"' in response.text
    assert 'type="checkbox" name="municipalities"' in response.text


def test_admin_saves_the_profile(client, association, assoc_admin):
    client.force_login(assoc_admin)

    response = client.post(_url(association), _data())

    association.refresh_from_db()
    assert response.status_code == 302
    assert association.description == "Kohtaamispaikka ja vertaistukea eläkeläisille."
    assert association.postal_code == "01900"


def test_editor_gets_403(client, association, editor):
    client.force_login(editor)

    response = client.post(_url(association), _data(description="Muutettu"))

    association.refresh_from_db()
    assert response.status_code == 403
    assert association.description != "Muutettu"


def test_outsider_gets_404(client, association, outsider):
    client.force_login(outsider)

    response = client.post(_url(association), _data(description="Muutettu"))

    association.refresh_from_db()
    assert response.status_code == 404
    assert association.description != "Muutettu"


def test_script_in_the_description_is_shown_as_text(client, association, assoc_admin):
    client.force_login(assoc_admin)
    client.post(_url(association), _data(description="<script>alert(1)</script>"))

    response = client.get(association.get_absolute_url())

    assert "<script>alert(1)</script>" not in response.text
    assert "&lt;script&gt;" in response.text


def test_bad_postal_code_is_an_error_and_the_rest_is_kept(client, association, assoc_admin):
    client.force_login(assoc_admin)

    response = client.post(_url(association), _data(postal_code="1900x", description="Pidä tämä"))

    assert response.status_code == 200
    assert "Anna postinumero viidellä numerolla" in response.text
    assert "Pidä tämä" in response.text


# Logos

def test_logo_is_resized_to_600_px_wide_and_stored_as_a_new_file(client, association, assoc_admin):
    client.force_login(assoc_admin)

    client.post(_url(association), _data(logo=_image("PNG", (1200, 600), name="../../etc/passwd.png")))

    association.refresh_from_db()
    assert association.logo.name.startswith("logos/logo")
    with Image.open(association.logo.path) as stored:
        assert stored.format == "PNG"
        assert stored.size == (600, 300)


def test_small_logo_keeps_its_size(client, association, assoc_admin):
    client.force_login(assoc_admin)

    client.post(_url(association), _data(logo=_image("WEBP", (300, 100))))

    association.refresh_from_db()
    with Image.open(association.logo.path) as stored:
        assert (stored.format, stored.size) == ("WEBP", (300, 100))


def test_exif_and_gps_are_stripped_from_a_jpeg(client, association, assoc_admin):
    upload = _image("JPEG", (640, 480), exif=_exif_with_gps())
    with Image.open(io.BytesIO(upload.read())) as original:
        assert original.getexif()  # the test image really has EXIF
    upload.seek(0)
    client.force_login(assoc_admin)

    client.post(_url(association), _data(logo=upload))

    association.refresh_from_db()
    with Image.open(association.logo.path) as stored:
        assert stored.format == "JPEG"
        assert not stored.getexif()
        assert "exif" not in stored.info and "icc_profile" not in stored.info
        assert stored.size == (600, 450)
    assert b"Kamera Oy" not in association.logo.open("rb").read()


def test_exif_orientation_is_applied_before_stripping():
    exif = Image.Exif()
    exif[0x0112] = 6  # rotated 90° clockwise
    upload = _image("JPEG", (400, 200), exif=exif)

    cleaned = images.clean_logo(upload)

    with Image.open(cleaned) as stored:
        assert stored.size == (200, 400)


@pytest.mark.parametrize("fmt", ["GIF", "BMP"])
def test_other_image_types_are_refused(client, association, assoc_admin, fmt):
    client.force_login(assoc_admin)

    response = client.post(_url(association), _data(logo=_image(fmt, (100, 100))))

    association.refresh_from_db()
    assert response.status_code == 200
    assert "Logon on oltava PNG-, JPEG- tai WebP-kuva." in response.text
    assert not association.logo


def test_a_non_image_named_png_is_refused(client, association, assoc_admin):
    client.force_login(assoc_admin)
    fake = SimpleUploadedFile("logo.png", b"<svg onload=alert(1)></svg>", content_type="image/png")

    response = client.post(_url(association), _data(logo=fake))

    association.refresh_from_db()
    assert response.status_code == 200
    assert response.context["form"].errors["logo"]
    assert not association.logo


def test_a_file_over_2_mb_is_refused(client, association, assoc_admin):
    client.force_login(assoc_admin)
    big = _image("PNG", (100, 100))
    big = SimpleUploadedFile("logo.png", big.read() + b"\0" * (2 * 1024 * 1024), content_type="image/png")

    response = client.post(_url(association), _data(logo=big))

    association.refresh_from_db()
    assert "Suurin sallittu koko on 2 Mt" in response.text
    assert not association.logo


def test_an_image_over_4000_px_is_refused():
    with pytest.raises(images.ValidationError) as error:
        images.clean_logo(_image("PNG", (4001, 10)))

    assert error.value.code == "dimensions"


def test_replacing_the_logo_deletes_the_old_file(client, association, assoc_admin):
    client.force_login(assoc_admin)
    client.post(_url(association), _data(logo=_image("PNG", (100, 100))))
    association.refresh_from_db()
    old = association.logo.path

    client.post(_url(association), _data(logo=_image("JPEG", (100, 100))))

    association.refresh_from_db()
    assert association.logo.name.endswith(".jpg")
    import os

    assert not os.path.exists(old)
