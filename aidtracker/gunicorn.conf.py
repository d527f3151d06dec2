"""gunicorn's settings, shared by `make serve` and docker compose so both run the same server.

HOST, PORT and WEB_CONCURRENCY come from the environment (defaults: 127.0.0.1, 8000, and two
workers a core plus one).
"""

import multiprocessing
import os

wsgi_app = "aidtracker.wsgi:application"
bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY") or multiprocessing.cpu_count() * 2 + 1)
# A request that takes longer than this is stuck; its worker is replaced.
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
