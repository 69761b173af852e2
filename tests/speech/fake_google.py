"""A local stand-in for Google Translate's speech endpoint, speaking gTTS's protocol on a real socket."""

from __future__ import annotations

import base64
import json
import threading
import time
import urllib.parse
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import lameenc

from tests.polling import SERVER_POLL_S
from tests.speech.fakes import tone


@lru_cache(maxsize=256)
def mp3_tone(duration_ms: float) -> bytes:
    """Cached: the fake stands for a remote server, so its own encoding should not load this machine."""
    pcm = tone(duration_ms, sample_rate_hz=24000)
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(32)
    encoder.set_in_sample_rate(24000)
    encoder.set_channels(1)
    encoder.set_quality(7)
    return bytes(encoder.encode(pcm.samples.tobytes()) + encoder.flush())


def google_answer(mp3: bytes) -> bytes:
    payload = base64.b64encode(mp3).decode("ascii")
    return (")]}'\n\n123\n" + f'[["wrb.fr","jQ1olc","[\\"{payload}\\"]",null,null,null,"generic"]]\n').encode()


class FakeGoogle:
    """Answers each request per a script of behaviours ("ok", "429", "500", "slow", "malformed"), then "ok".
    `delay_s` makes every answer wait, like a distant server."""

    def __init__(self, script: list[str] | None = None, delay_s: float = 0.0, ms_per_char: float = 60.0) -> None:
        self.script = list(script or [])
        self.delay_s = delay_s
        self.ms_per_char = ms_per_char
        self.requests: list[dict] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.thread = threading.Thread(target=self.server.serve_forever, args=(SERVER_POLL_S,), daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> FakeGoogle:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    def _next(self) -> str:
        with self._lock:
            return self.script.pop(0) if self.script else "ok"

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep test output quiet
                pass

            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
                rpc = json.loads(urllib.parse.unquote(body.split("f.req=", 1)[1].rstrip("&")))
                text, lang, *_ = json.loads(rpc[0][0][1])
                with fake._lock:
                    fake.requests.append(
                        {"path": self.path, "text": text, "lang": lang, "tld": self.headers.get("X-Google-Tld")}
                    )
                    fake.in_flight += 1
                    fake.max_in_flight = max(fake.max_in_flight, fake.in_flight)
                try:
                    behaviour = fake._next()
                    time.sleep(fake.delay_s)
                    if behaviour == "slow":
                        time.sleep(2.0)
                    if behaviour in ("429", "500"):
                        self.send_response(int(behaviour))
                        if behaviour == "429":
                            self.send_header("Retry-After", "0")
                        self.end_headers()
                        return
                    answer = (
                        b')]}\'\n\n[["wrb.fr","other",null]]'
                        if behaviour == "malformed"
                        else google_answer(mp3_tone(len(text) * fake.ms_per_char))
                    )
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json; charset=utf-8")
                    self.send_header("Content-Length", str(len(answer)))
                    self.end_headers()
                    self.wfile.write(answer)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout test)
                finally:
                    with fake._lock:
                        fake.in_flight -= 1

        return Handler
