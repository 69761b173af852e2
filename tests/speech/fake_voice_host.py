"""A local stand-in for the host of rhasspy/piper-voices: voices.json and each voice's files under the same paths."""

from __future__ import annotations

import hashlib
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.polling import SERVER_POLL_S


def index_entry(name: str, files: dict[str, bytes], speakers: int = 1) -> dict:
    """An entry of voices.json as the real index writes it (size and MD5 of every file)."""
    language = name.split("-")[0]
    return {
        "key": name,
        "name": name.split("-")[1],
        "language": {"code": language, "family": language.split("_")[0]},
        "quality": name.split("-")[2],
        "num_speakers": speakers,
        "files": {
            path: {"size_bytes": len(data), "md5_digest": hashlib.md5(data).hexdigest()} for path, data in files.items()
        },
        "aliases": [],
    }


class FakeVoiceHost:
    """Serves `files` (path → bytes) over HTTP on 127.0.0.1; records the paths asked for."""

    def __init__(self, files: dict[str, bytes]) -> None:
        self.files = dict(files)
        self.requests: list[str] = []
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.thread = threading.Thread(target=self.server.serve_forever, args=(SERVER_POLL_S,), daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/rhasspy/piper-voices/resolve/main"

    def __enter__(self) -> FakeVoiceHost:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    def _handler(self):
        host = self
        prefix = "/rhasspy/piper-voices/resolve/main/"

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                path = self.path[len(prefix) :] if self.path.startswith(prefix) else None
                host.requests.append(path or self.path)
                data = host.files.get(path) if path is not None else None
                if data is None:
                    self.send_error(404)
                    return
                self.send_response(200)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args) -> None:
                pass

        return Handler
