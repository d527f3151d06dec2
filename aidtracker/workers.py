"""gunicorn's threaded worker, made to hold up when it is reached without the proxy in front.

- Each request runs in one of a process's threads (WEB_THREADS), so a client that is slow to read
  its answer holds a thread, never a whole process; and a process whose threads are all busy
  takes no new connection, so that another process with a free thread answers it.
- And not for long: a connection on which the client takes nothing we send, or sends nothing of
  its request, for gunicorn's `timeout` seconds is closed (the kernel's send and receive
  timeouts), and its thread goes back to work.
- The errors gunicorn answers itself (a request line too long: 414; a malformed request: 400)
  carry the site's security headers like every page, and no answer names the server.

Behind nginx (docker compose) none of this is reached in practice: nginx reads each answer at
once and feeds slow clients itself. Here the app survives the same clients on its own.
"""

import socket
import struct
from html import escape

from gunicorn import util
from gunicorn.http import wsgi
from gunicorn.workers.gthread import ThreadWorker as GunicornThreadWorker


class ThreadWorker(GunicornThreadWorker):
    # gunicorn calls these three from the worker's main thread only.

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.busy = 0  # connections handed to a thread and not yet finished
        seconds = max(1, int(self.cfg.timeout))
        self.stall_limit = struct.pack("ll", seconds, 0)

    def enqueue_req(self, conn):
        # A blocking send or receive that makes no progress for this long fails, which ends the
        # request on this connection and frees its thread.
        conn.sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDTIMEO, self.stall_limit)
        conn.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVTIMEO, self.stall_limit)
        self.busy += 1
        if self.busy >= self.cfg.threads:
            self.set_accept_enabled(False)
        super().enqueue_req(conn)

    def finish_request(self, conn, fs):
        self.busy -= 1
        super().finish_request(conn, fs)

    def set_accept_enabled(self, enabled):
        # gunicorn accepts while it holds fewer connections than worker_connections (1,000),
        # queueing them for its threads; here it accepts only with a thread free to answer.
        super().set_accept_enabled(enabled and self.busy < self.cfg.threads)


class Response(wsgi.Response):
    def default_headers(self):
        return [line for line in super().default_headers() if not line.startswith("Server:")]


def write_error(sock, status_int, reason, mesg):
    """gunicorn's own error answer, in plain words, with the site's security headers.

    What the client sent is not echoed back (gunicorn's message quotes the request line).
    """
    from aidtracker.headers import security_headers  # Django is set up by the time it is called

    body = (
        f'<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(reason)}</title></head>\n<body><h1>{escape(reason)}</h1>\n"
        f"<p>This request cannot be answered ({status_int}).</p></body></html>\n"
    ).encode()
    headers = {
        "Content-Type": "text/html; charset=utf-8",
        "Content-Length": str(len(body)),
        "Connection": "close",
        **security_headers(),
    }
    head = f"HTTP/1.1 {status_int} {reason}\r\n" + "".join(
        f"{name}: {value}\r\n" for name, value in headers.items()
    )
    util.write_nonblock(sock, head.encode("latin-1") + b"\r\n" + body)


# gunicorn builds its responses and error answers from these module-level names.
wsgi.Response = Response
util.write_error = write_error
