"""A tiny stand-in for clamd that speaks its INSTREAM protocol, for the upload tests.

Debian's clamav-daemon cannot fetch virus signatures on a machine without the
internet, so the tests run this instead: it reads ``zINSTREAM\\0`` and the
length-prefixed chunks exactly as clamd does, and reports the EICAR test string
as ``Eicar-Test-Signature FOUND``. It listens on 127.0.0.1 or a Unix socket only.
"""

import socket
import socketserver
import struct
import threading

# The standard anti-virus test file (harmless by design), split so this file is not flagged.
EICAR = b"X5O!P%@AP[4\\PZX54(P^)7CC)7}$" + b"EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"


class _Handler(socketserver.StreamRequestHandler):
    def handle(self):
        command = b""
        while not command.endswith(b"\0"):
            byte = self.rfile.read(1)
            if not byte:
                return
            command += byte
        if command != b"zINSTREAM\0":
            self.wfile.write(b"UNKNOWN COMMAND\0")
            return
        if self.server.mode == "silent":
            self.server.done.wait(10)  # accept, then never answer: the client must time out
            return
        data = b""
        while True:
            (length,) = struct.unpack("!L", self.rfile.read(4))
            if length == 0:
                break
            data += self.rfile.read(length)
        self.server.scanned.append(data)
        if self.server.mode == "error":
            self.wfile.write(b"INSTREAM size limit exceeded. ERROR\0")
        elif EICAR in data:
            self.wfile.write(b"stream: Eicar-Test-Signature FOUND\0")
        else:
            self.wfile.write(b"stream: OK\0")


class _TCPServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


class _UnixServer(socketserver.ThreadingUnixStreamServer):
    daemon_threads = True


class FakeClamd:
    """Run with ``with FakeClamd() as clamd:``; ``clamd.port`` or ``clamd.path``, ``clamd.scanned``."""

    def __init__(self, unix_path=None, mode="ok"):
        if unix_path:
            self.server = _UnixServer(str(unix_path), _Handler)
        else:
            self.server = _TCPServer(("127.0.0.1", 0), _Handler)
        self.server.mode = mode
        self.server.scanned = []
        self.server.done = threading.Event()
        self.path = str(unix_path) if unix_path else None
        self.port = None if unix_path else self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def scanned(self):
        return self.server.scanned

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.done.set()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(5)


def closed_port() -> int:
    """A port on 127.0.0.1 where nothing listens (a clamd that is down)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
