"""Secure by default: deploy checks, response headers, error pages, and sign-in guessing refused."""

import os
import secrets
import subprocess
import sys

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from pledges import views

PROJECT_DIR = settings.BASE_DIR


def production_env(**extra) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL"))}
    return env | {
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "aid.example",
        **extra,
    }


def test_deploy_checks_pass_with_production_settings():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=PROJECT_DIR, env=production_env(), capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def in_production(code: str) -> str:
    """Run `code` with the project's own settings as production has them, and return its output."""
    script = (
        "import django, os; os.environ['DJANGO_SETTINGS_MODULE'] = 'aidtracker.settings'; "
        "django.setup(); from django.test import Client; c = Client(); " + code
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=PROJECT_DIR, env=production_env(),
                            capture_output=True, text=True)  # fmt: skip
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_https_is_required_and_remembered_behind_the_proxy():
    out = in_production(
        "r = c.get('/robots.txt', HTTP_HOST='aid.example'); print(r.status_code, r['Location']); "
        "r = c.get('/robots.txt', HTTP_HOST='aid.example', HTTP_X_FORWARDED_PROTO='https'); "
        "print(r.status_code, r['Strict-Transport-Security'])"
    )
    plain, secure = out.splitlines()
    assert plain == "301 https://aid.example/robots.txt"
    assert secure == "200 max-age=31536000; includeSubDomains; preload"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url", ["/", "/pledges/", "/countries/japan/", "/admin/login/", "/nowhere/"]
)
def test_every_page_sends_the_security_headers(article, client, url):
    assert_security_headers(client.get(url))


def assert_security_headers(response):
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "script-src 'self'" in csp
    assert "style-src 'self'" in csp
    assert "'unsafe-inline'" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


@pytest.mark.django_db
def test_pages_use_no_inline_script_or_style(article, client):
    for url in ["/", "/pledges/?donor=sweden", "/countries/japan/", "/pledges/1/"]:
        page = client.get(url).content.decode()
        assert "<script" not in page, url
        assert "<style" not in page, url
        assert " style=" not in page, url


@pytest.mark.django_db
def test_server_error_page_is_in_the_sites_style_without_detail(client, monkeypatch):
    def broken(request):
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(views.HomeView, "get", lambda self, request: broken(request))
    client.raise_request_exception = False
    response = client.get("/")
    assert response.status_code == 500
    page = response.content.decode()
    assert "Something went wrong on our side" in page
    assert "secret internal detail" not in page
    assert "Traceback" not in page
    assert 'href="/static/css/site.css"' in page


@pytest.mark.django_db
def test_bad_host_is_a_400_in_the_sites_style(client):
    client.raise_request_exception = False
    response = client.get("/", HTTP_HOST="evil.example")
    assert response.status_code == 400
    assert "This request cannot be answered" in response.content.decode()
    assert_security_headers(response)


def test_bad_host_gets_every_header_where_https_is_required_too():
    # With HTTPS on, the redirect to HTTPS is where the host is first read.
    out = in_production(
        "r = c.get('/', HTTP_HOST='evil.example'); "
        "print(r.status_code, r['Content-Security-Policy'] != '', r['X-Content-Type-Options'], "
        "r['X-Frame-Options'], r['Referrer-Policy'])"
    )
    assert out.split() == ["400", "True", "nosniff", "DENY", "same-origin"]


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/static/css/site.css", "/static/favicon.svg"])
def test_static_files_carry_the_security_headers(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert_security_headers(response)


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/admin/login/", "/pledges/?format=csv&sort=donor"])
def test_the_admin_and_downloads_ask_not_to_be_indexed(article, client, url):
    assert client.get(url)["X-Robots-Tag"] == "noindex, nofollow"


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/", "/pledges/", "/countries/japan/"])
def test_pages_may_be_indexed(article, client, url):
    assert "X-Robots-Tag" not in client.get(url)


@pytest.mark.django_db
def test_form_sent_without_its_token_is_a_403_in_the_sites_style():
    client = Client(enforce_csrf_checks=True)
    response = client.post(reverse("admin:login"), {"username": "x", "password": "y"})
    assert response.status_code == 403
    assert "This form has expired" in response.content.decode()


def sign_in(client, username: str, password: str = "wrong password", address: str = "10.0.0.1"):
    return client.post(reverse("admin:login"), {"username": username, "password": password},
                       REMOTE_ADDR=address)  # fmt: skip


@pytest.mark.django_db
def test_guessing_one_accounts_password_from_one_address_is_refused_after_five_failures(
    editor, client
):
    statuses = [sign_in(client, "edith").status_code for _ in range(5)]
    assert statuses == [200, 200, 200, 200, 429]  # the fifth failure locks
    response = sign_in(client, "edith", "a long editor password")
    assert response.status_code == 429
    assert response["Retry-After"] == "900"
    page = response.content.decode()
    assert "Too many failed sign-ins" in page
    assert "15\xa0minutes" in page
    assert "PT15M" not in page


@pytest.mark.django_db
def test_a_lock_holds_one_account_at_one_address_only(editor, client):
    for _ in range(5):
        sign_in(client, "edith")
    # The editor, from their own address, still signs in; the same address may try others.
    assert sign_in(client, "edith", "a long editor password", address="10.9.9.9").status_code == 302
    assert sign_in(client, "someone else").status_code == 200


@pytest.mark.django_db
def test_an_address_claimed_in_a_header_is_ignored_without_a_proxy(editor, client):
    # Without DJANGO_BEHIND_PROXY, X-Forwarded-For is anyone's to write: the connection decides.
    for n in range(5):
        client.post(reverse("admin:login"), {"username": "edith", "password": "x"},
                    REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=f"10.1.1.{n}")  # fmt: skip
    assert sign_in(client, "edith", "a long editor password").status_code == 429


@pytest.mark.django_db
def test_a_right_password_signs_in_before_the_limit(editor, client):
    for _ in range(3):
        sign_in(client, "edith")
    assert sign_in(client, "edith", "a long editor password").status_code == 302


@pytest.mark.django_db
def test_signing_in_without_a_next_address_leads_to_the_admin(editor, client):
    response = sign_in(client, "edith", "a long editor password")
    assert response["Location"] == reverse("admin:index")


def test_the_admin_can_be_moved_by_a_setting():
    env = production_env(DJANGO_DEBUG="1", DJANGO_ADMIN_URL="editors-only")
    code = (
        "from django.urls import reverse; from django.test import Client; "
        "print(reverse('admin:index')); "
        "print(Client().get('/robots.txt', HTTP_HOST='aid.example', secure=True).content.decode())"
    )
    result = subprocess.run(
        [sys.executable, "-c", "import django, os; os.environ['DJANGO_SETTINGS_MODULE'] = "
         "'aidtracker.settings'; django.setup(); " + code],
        cwd=PROJECT_DIR, env=env, capture_output=True, text=True,
    )  # fmt: skip
    lines = result.stdout.splitlines()
    assert lines[0] == "/editors-only/"
    # robots.txt names no admin address, moved or not: the admin says noindex itself.
    assert not any("admin" in line or "editors-only" in line for line in lines[1:])


@pytest.mark.django_db
def test_public_pages_do_not_point_to_the_admin(client):
    # Moving the admin hides it from scanners only if no page links to it.
    for url in ["/", "/pledges/", "/countries/japan/"]:
        assert reverse("admin:index") not in client.get(url).content.decode()
