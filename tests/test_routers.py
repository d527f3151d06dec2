"""Readers' pages read from the replica (DATABASE_REPLICA_URL); editors, writes and commands from
the primary."""

import json
import subprocess
import sys

import pytest
from django.db import transaction
from django.test import RequestFactory, override_settings

from aidtracker.routers import ReadersOnReplicaMiddleware, ReplicaRouter
from pledges.models import Pledge
from tests.servers import PROJECT_DIR, app_environment, run_service_command

WITH_REPLICA = {"default": {}, "replica": {}}  # only the aliases' names are read
# The router reads only which aliases DATABASES names; no connection is changed.
pytestmark = pytest.mark.filterwarnings("ignore:Overriding setting DATABASES")


def read_from(request) -> str:
    """The alias that a read of pledges goes to, during `request`."""
    seen = []
    middleware = ReadersOnReplicaMiddleware(
        lambda r: seen.append(ReplicaRouter().db_for_read(Pledge))
    )
    middleware(request)
    return seen[0]


@override_settings(DATABASES=WITH_REPLICA)
def test_a_readers_request_reads_from_the_replica():
    assert read_from(RequestFactory().get("/countries/japan/")) == "replica"
    assert read_from(RequestFactory().head("/pledges/?donor=japan")) == "replica"


@override_settings(DATABASES=WITH_REPLICA)
@pytest.mark.parametrize(
    "request_",
    [
        RequestFactory().post("/countries/japan/"),
        RequestFactory().get("/admin/pledges/pledge/"),
        RequestFactory().get("/countries/japan/", HTTP_COOKIE="sessionid=abc"),
    ],
    ids=["form sent", "admin", "editor's session"],
)
def test_editors_and_forms_read_from_the_primary(request_):
    assert read_from(request_) == "default"


def test_without_a_replica_everything_reads_from_the_primary():
    assert read_from(RequestFactory().get("/countries/japan/")) == "default"


@pytest.mark.django_db
@override_settings(DATABASES=WITH_REPLICA)
def test_reads_inside_a_transaction_and_outside_requests_go_to_the_primary():
    assert ReplicaRouter().db_for_read(Pledge) == "default"  # a command, a migration
    seen = []

    def view(request):
        with transaction.atomic():
            seen.append(ReplicaRouter().db_for_read(Pledge))
        return None

    ReadersOnReplicaMiddleware(view)(RequestFactory().get("/countries/japan/"))
    assert seen == ["default"]


def test_writes_and_migrations_go_to_the_primary_only():
    router = ReplicaRouter()
    assert router.db_for_write(Pledge) == "default"
    assert router.allow_migrate("default", "pledges") is True
    assert router.allow_migrate("replica", "pledges") is False


SCRIPT = """
import json, django
django.setup()
from django.contrib.auth.models import User
from django.db import connections
from django.test import Client
from django.test.utils import CaptureQueriesContext

def queries(client, url):
    with CaptureQueriesContext(connections["default"]) as primary, \\
            CaptureQueriesContext(connections["replica"]) as replica:
        status = client.get(url).status_code
    return {"status": status, "primary": len(primary), "replica": len(replica)}

editor = Client()
editor.force_login(User.objects.create_superuser("editor", password="x" * 20))
print(json.dumps({
    "reader": queries(Client(), "/countries/japan/"),
    "editor": queries(editor, "/countries/japan/"),
    "admin": queries(editor, "/admin/pledges/pledge/"),
}))
"""


# Pages name their static files by the manifest, which a fresh checkout has yet to build.
@pytest.mark.usefixtures("static_collected")
def test_a_second_alias_on_the_same_database_serves_readers_pages(tmp_path):
    """The whole path: real connections, the replica an alias of the same SQLite file."""
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    env = app_environment(url, DATABASE_REPLICA_URL=url, DJANGO_HTTPS="0", PAGE_CACHE_SECONDS="0",
                          DJANGO_ALLOWED_HOSTS="testserver", DJANGO_SETTINGS_MODULE="aidtracker.settings")  # fmt: skip
    run_service_command("migrate", env)
    done = subprocess.run([sys.executable, "-c", SCRIPT], cwd=PROJECT_DIR, env=env, check=True,
                          capture_output=True, text=True)  # fmt: skip
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["reader"]["status"] == 200
    assert seen["reader"]["primary"] == 0
    assert seen["reader"]["replica"] > 0
    for editors in (seen["editor"], seen["admin"]):
        assert editors["status"] == 200
        assert editors["replica"] == 0
        assert editors["primary"] > 0
