"""Uploaded logos are served with DEBUG off too, unless the web server is told to serve them."""

import pytest


@pytest.fixture
def logo(settings, tmp_path):
    settings.DEBUG = False
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "logos").mkdir()
    (tmp_path / "logos" / "martat.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path.parent / "secret.txt").write_text("not for the web")
    return "/media/logos/martat.png"


def test_uploaded_logo_is_served_with_debug_off(client, logo):
    response = client.get(logo)

    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("path", ["/media/../secret.txt", "/media/%2e%2e/secret.txt", "/media/logos/../../secret.txt"])
def test_nothing_outside_media_root_is_served(client, logo, path):
    response = client.get(path)

    assert response.status_code in (400, 404)
    assert b"not for the web" not in response.content


def test_missing_file_is_404(client, logo):
    assert client.get("/media/logos/ei-ole.png").status_code == 404


def test_with_serve_media_off_the_web_server_serves_media_and_the_app_answers_404(client, logo, settings):
    settings.SERVE_MEDIA = False

    assert client.get(logo).status_code == 404
