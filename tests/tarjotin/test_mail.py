from django.core import mail

from tarjotin.mail import render_mail, send_templated_mail


def test_mail_is_sent_after_commit_with_text_and_html(db, django_capture_on_commit_callbacks, tmp_path, settings):
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [*settings.TEMPLATES[0]["DIRS"], tmp_path]}]
    (tmp_path / "hello_subject.txt").write_text("{% load i18n %}{% get_current_language as lang %}Kiitos, {{ name }} ({{ lang }})\n")
    (tmp_path / "hello.txt").write_text("Hei {{ name }}!")
    (tmp_path / "hello.html").write_text("<p>Hei {{ name }}!</p>")
    with django_capture_on_commit_callbacks(execute=True):
        send_templated_mail("hello", {"name": "Aino"}, to=["aino@example.fi"])
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.subject == "Kiitos, Aino (fi)"
    assert message.body == "Hei Aino!"
    assert message.alternatives[0][0] == "<p>Hei Aino!</p>"
    assert render_mail("hello", {"name": "Aino"}, language="sv")[0] == "Kiitos, Aino (sv)"
