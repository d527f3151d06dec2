"""gunicorn's settings, shared by `make serve` and docker compose so both run the same server.

HOST, PORT, WEB_CONCURRENCY (processes; default two a core plus one) and WEB_THREADS (threads a
process; default in aidtracker/settings.py) come from the environment.

Requests run in threads (aidtracker/workers.py): a slow client holds one thread, and only until
it has gone `timeout` seconds without taking any of its answer. In production nginx stands in
front (docker compose), reading answers at once and feeding slow clients itself.
"""

import multiprocessing
import os

from aidtracker.settings import WEB_THREADS

wsgi_app = "aidtracker.wsgi:application"
bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY") or multiprocessing.cpu_count() * 2 + 1)
worker_class = "aidtracker.workers.ThreadWorker"
threads = WEB_THREADS
# A worker that stops answering its master for this long is replaced; a client that takes none
# of its answer (or sends none of its request) for this long is dropped.
timeout = 30
graceful_timeout = 20
keepalive = 5
# Workers are replaced now and then (at staggered times), so no slow leak can grow for ever.
max_requests = 5000
max_requests_jitter = 500
accesslog = "-"
# Heartbeat files in memory, not on a possibly slow container filesystem.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None
# The control socket is shared by every gunicorn of a user; it is not needed here.
control_socket_disable = True
