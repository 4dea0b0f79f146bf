"""An optional virus scan of uploads by clamd (ClamAV's daemon), over its INSTREAM protocol.

Off unless ``CLAMD_SOCKET`` (a Unix socket) or ``CLAMD_HOST`` (with ``CLAMD_PORT``)
is set. When on, every upload is scanned before it is stored. If clamd cannot be
reached or answers with an error, the upload is refused (fail closed) unless
``CLAMD_FAIL_OPEN=true``. No client library: the protocol is a few lines.

INSTREAM: send ``zINSTREAM\\0``, then chunks, each a 4-byte big-endian length and
the bytes, then a zero length; clamd answers ``stream: OK\\0``,
``stream: <signature> FOUND\\0`` or ``... ERROR\\0``.
"""

import socket
import struct

from django.conf import settings

CHUNK = 64 * 1024


class ScannerUnavailableError(Exception):
    """clamd could not be reached or did not give a clear answer."""


def is_enabled() -> bool:
    return bool(settings.CLAMD_SOCKET or settings.CLAMD_HOST)


def _connect() -> socket.socket:
    timeout = settings.CLAMD_TIMEOUT
    if settings.CLAMD_SOCKET:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(timeout)
        try:
            sock.connect(settings.CLAMD_SOCKET)
        except OSError:
            sock.close()
            raise
        return sock
    return socket.create_connection((settings.CLAMD_HOST, settings.CLAMD_PORT), timeout=timeout)


def scan(data: bytes) -> str | None:
    """The name of what clamd found in ``data``, or None when it is clean.

    Raises ScannerUnavailableError when clamd is down, times out or reports an error
    (for example a file over its StreamMaxLength).
    """
    try:
        with _connect() as sock:
            sock.sendall(b"zINSTREAM\0")
            for start in range(0, len(data), CHUNK):
                chunk = data[start : start + CHUNK]
                sock.sendall(struct.pack("!L", len(chunk)) + chunk)
            sock.sendall(struct.pack("!L", 0))
            reply = _read_reply(sock)
    except OSError as error:  # refused, no such socket, timeout, reset
        raise ScannerUnavailableError(str(error)) from error
    if reply.endswith(" FOUND"):
        signature = reply.removeprefix("stream:").removesuffix(" FOUND").strip()
        return signature or "unknown"
    if reply == "stream: OK":
        return None
    raise ScannerUnavailableError(reply or "no answer")


def _read_reply(sock: socket.socket) -> str:
    reply = b""
    while b"\0" not in reply and len(reply) < 4096:
        part = sock.recv(4096)
        if not part:
            break
        reply += part
    return reply.split(b"\0", 1)[0].decode("utf-8", "replace").strip()
