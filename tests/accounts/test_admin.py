from django.urls import reverse

from accounts.models import User



def test_user_admin_pages_load_for_liaison(liaison_client, editor):
    assert liaison_client.get(reverse("admin:accounts_user_changelist")).status_code == 200
    assert liaison_client.get(reverse("admin:accounts_user_add")).status_code == 200
    assert liaison_client.get(reverse("admin:accounts_user_change", args=[editor.pk])).status_code == 200
    assert liaison_client.get(reverse("admin:auth_user_password_change", args=[editor.pk])).status_code == 200


def test_user_search_and_every_filter_work(liaison_client, editor):
    url = reverse("admin:accounts_user_changelist")
    assert list(liaison_client.get(url, {"q": "eero"}).context["cl"].result_list) == [editor]
    changelist = liaison_client.get(url).context["cl"]
    for spec in changelist.filter_specs:
        for choice in spec.choices(changelist):
            assert liaison_client.get(url + choice["query_string"]).status_code == 200


def test_user_list_shows_name_and_email(liaison_client, editor):
    response = liaison_client.get(reverse("admin:accounts_user_changelist"))

    assert "eero.editor@example.fi" in response.text
    assert "<td class=\"field-full_name\">Eero</td>" in response.text


def test_liaison_adds_user_with_email_and_password(liaison_client):
    response = liaison_client.post(
        reverse("admin:accounts_user_add"),
        {"email": "Uusi.Vapaaehtoinen@Example.fi", "password1": "Pulla-ja-kahvi-77", "password2": "Pulla-ja-kahvi-77"},
    )

    user = User.objects.get(email="uusi.vapaaehtoinen@example.fi")
    assert response.status_code == 302
    assert response.url == reverse("admin:accounts_user_change", args=[user.pk])
    assert user.check_password("Pulla-ja-kahvi-77")


def test_add_user_rejects_different_passwords(liaison_client):
    response = liaison_client.post(
        reverse("admin:accounts_user_add"),
        {"email": "uusi@example.fi", "password1": "Pulla-ja-kahvi-77", "password2": "Pulla-ja-kahvi-78"},
    )

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["password2"]
    assert not User.objects.filter(email="uusi@example.fi").exists()


def test_add_user_rejects_email_taken_in_other_case(liaison_client, editor):
    response = liaison_client.post(
        reverse("admin:accounts_user_add"),
        {"email": "EERO.editor@example.fi", "password1": "Pulla-ja-kahvi-77", "password2": "Pulla-ja-kahvi-77"},
    )

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["email"]
    assert User.objects.filter(email__iexact="eero.editor@example.fi").count() == 1


def test_user_change_page_shows_memberships(liaison_client, editor, association):
    response = liaison_client.get(reverse("admin:accounts_user_change", args=[editor.pk]))

    assert "jäsenyydet" in response.text.lower()
    assert association.name in response.text
