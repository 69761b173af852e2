"""What an operator reads in the log: each event once, at its level, under its module's name; `serve` writes text
or JSON lines at the level asked for, uvicorn's lines included."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from app.article.fetch import FetchPolicy, fetch_page
from app.cli import main
from app.config import VoiceProfile
from app.deadline import Deadline
from app.errors import FetchError, SynthesisError
from app.library import Library, NarrationJobs, Store
from app.library.library import Submission
from app.logs import JsonFormatter
from app.publish.published import LocalPublications
from app.services import build_services
from app.speech.audio import EncodedClip
from app.speech.cache import ClipCache
from app.speech.gtts_engine import GttsEngine
from app.speech.selection import EngineSelector
from tests.local_site import LocalSite, rss
from tests.paths import FIXTURES
from tests.sources.helpers import following, item
from tests.speech.fake_google import FakeGoogle
from tests.speech.fakes import FakeEngine
from tests.speech.helpers import renderer, seed_article
from tests.web.helpers import make_settings
from tests.web.server import free_port

PUBLIC = FetchPolicy(allow_private=False)
LOCAL = FetchPolicy(allow_private=True, max_bytes=1000, max_redirects=1)


def logged(caplog, logger: str) -> list[tuple[str, str]]:
    return [(r.levelname, r.getMessage()) for r in caplog.records if r.name == logger]


# -- engines ----------------------------------------------------------------------------------------------------------


class Steps:
    """A clock that moves a second at each look: every choice probes Google afresh."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        self.now += 1
        return self.now


def test_auto_falling_back_from_an_unreachable_google_is_one_warning_and_its_end_one_info(caplog):
    caplog.set_level(logging.INFO)
    espeak = FakeEngine("espeak")
    with FakeGoogle(script=["500", "500", "500"]) as google:
        gtts = GttsEngine(base_url=google.url, retries=0, timeout_s=5)
        selector = EngineSelector(espeak, gtts, probe_ttl_s=0.5, clock=Steps())
        chosen = [selector.choose("auto").engine.name for _ in range(4)]
    assert chosen == ["espeak", "espeak", "espeak", "gtts"]
    records = logged(caplog, "app.speech.selection")
    assert len(records) == 2
    assert records[0][0] == "WARNING" and "falls back to espeak" in records[0][1] and "HTTP 500" in records[0][1]
    assert records[1] == ("INFO", "the auto engine speaks with gTTS again: Google's speech service answers")


def test_an_engine_failing_mid_way_is_one_warning_naming_both_engines(tmp_path, caplog):
    caplog.set_level(logging.INFO)
    narration = renderer(tmp_path, FakeEngine("espeak"), FakeEngine("gtts", fail_after=3)).render(seed_article())
    assert narration.engine == "espeak"
    [(level, message)] = logged(caplog, "app.speech.render")
    assert level == "WARNING" and "gtts failed mid-way (gtts stopped answering" in message
    assert "the whole narration was redone with espeak" in message and seed_article().title in message


def test_each_gtts_retry_is_one_debug_line_with_its_cause(caplog):
    caplog.set_level(logging.DEBUG)
    with FakeGoogle(script=["429", "500"]) as google:
        GttsEngine(base_url=google.url, retries=2, sleep=lambda s: None).synthesize("Bonjour.", VoiceProfile())
    records = logged(caplog, "app.speech.gtts_engine")
    assert [level for level, _ in records] == ["DEBUG", "DEBUG"]
    assert records[0][1].startswith("gTTS attempt 1 of 3 failed (HTTP 429): retrying in")
    assert records[1][1].startswith("gTTS attempt 2 of 3 failed (HTTP 500): retrying in")


# -- the clip cache ----------------------------------------------------------------------------------------------------


def clip(size: int) -> EncodedClip:
    return EncodedClip(1, 576, 22050, 0, 576, mp3=os.urandom(size))


def test_evictions_are_logged_with_the_clips_and_bytes_that_left_the_disk(tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    cache = ClipCache(tmp_path, max_bytes=100_000)
    sizes = {}
    for index in range(12):
        cache.put(f"{index:02d}" * 32, clip(20_000))
        sizes.update({path.stem: path.stat().st_size for path in tmp_path.glob("*/*.clip")})
    gone = set(sizes) - {path.stem for path in tmp_path.glob("*/*.clip")}
    records = logged(caplog, "app.speech.cache")
    assert gone and records and {level for level, _ in records} == {"INFO"}
    counts = [int(message.split(": ")[1].split()[0]) for _, message in records]
    freed = [int(message.split("(")[1].split()[0]) for _, message in records]
    assert sum(counts) == len(gone) and sum(freed) == sum(sizes[key] for key in gone)


# -- fetching -----------------------------------------------------------------------------------------------------------


def test_a_private_address_refused_is_one_warning_with_the_host(caplog):
    caplog.set_level(logging.INFO)
    with pytest.raises(FetchError, match="private or local address"):
        fetch_page("http://intranet.example/paie", PUBLIC, lambda host, port: ["10.0.0.7"])
    [(level, message)] = logged(caplog, "app.article.fetch")
    assert level == "WARNING" and message.startswith("fetch from intranet.example refused: The URL")


@pytest.mark.parametrize(("path", "why"), [("/big", "larger than"), ("/image", "is image/png, not a web page")])
def test_pages_refused_by_the_rules_are_one_warning_each(caplog, path, why):
    caplog.set_level(logging.INFO)
    with LocalSite() as site:
        site.put("/big", "text/html", "<p>" + "mot " * 1000 + "</p>")
        site.put("/image", "image/png", b"\x89PNG")
        with pytest.raises(FetchError, match=why):
            fetch_page(site.url + path, LOCAL)
    [(level, message)] = logged(caplog, "app.article.fetch")
    assert level == "WARNING" and message.startswith("fetch from 127.0.0.1 refused:") and why in message


def test_too_many_redirects_is_one_warning(caplog):
    caplog.set_level(logging.INFO)
    loop = httpx.MockTransport(lambda request: httpx.Response(302, headers={"Location": "/encore"}))
    with pytest.raises(FetchError, match="redirects more than 1 times"):
        fetch_page("http://news.example/", LOCAL, lambda host, port: ["93.184.216.34"], loop)
    [(level, message)] = logged(caplog, "app.article.fetch")
    assert level == "WARNING" and message.startswith("fetch from news.example refused: The page at")


def test_a_page_that_is_missing_is_not_a_refusal(caplog):
    caplog.set_level(logging.DEBUG)
    with LocalSite() as site, pytest.raises(FetchError, match="HTTP 404"):
        fetch_page(site.url + "/absent", LOCAL)
    assert logged(caplog, "app.article.fetch") == []


# -- narrations and sources ----------------------------------------------------------------------------------------------


@contextmanager
def library_speaking_with(tmp_path, engine):
    settings = make_settings(tmp_path)
    services = build_services(settings, espeak=engine)
    store = Store(settings.database_path)
    jobs = NarrationJobs(store, services, LocalPublications(settings.published_dir), 1)
    jobs.start()
    try:
        yield Library(store, jobs, services)
    finally:
        jobs.stop()
        services.renderer.workers.close()
        store.close()


def test_a_failed_narration_is_one_warning_with_its_id_and_sentence(tmp_path, caplog):
    caplog.set_level(logging.INFO)
    text = (FIXTURES / "seed_otan.txt").read_text(encoding="utf-8")
    with library_speaking_with(tmp_path, FakeEngine("espeak", fail_after=2)) as library:
        record, _ = library.submit(Submission(text=text), Deadline(60))
        deadline = time.monotonic() + 60
        while library.store.get(record.id).status != "failed":
            assert time.monotonic() < deadline, "the narration never failed"
            time.sleep(0.05)
    error = library.store.get(record.id).error
    assert error == str(SynthesisError("espeak stopped answering"))
    assert logged(caplog, "app.library.jobs") == [("WARNING", f"narration {record.id} failed: {error}")]


def test_a_failing_feed_is_one_warning_with_its_address(tmp_path, caplog):
    with following(tmp_path) as (poller, clock, site):
        url = site.put("/rss", "application/rss+xml", rss("Le fil", [item(site, 0)]))
        poller.add(url, interval_s=100)
        site.put("/rss", "text/html", "<p>maintenance</p>", status=503)
        clock.advance(101)
        caplog.set_level(logging.INFO)
        poller.run_once()
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert [(r.name, r.levelname) for r in warnings] == [("app.sources.poller", "WARNING")]
    assert warnings[0].getMessage().startswith(f"source {url}: polling its feed failed (The page at {url} answered")


# -- the service's log -----------------------------------------------------------------------------------------------


def test_a_json_record_carries_time_level_logger_message_and_the_exception():
    try:
        raise ValueError("valeur inattendue")
    except ValueError:
        record = logging.LogRecord("app.x", logging.ERROR, __file__, 1, "échec de %s", ("l'article",), sys.exc_info())
    entry = json.loads(JsonFormatter().format(record))
    assert entry["level"] == "ERROR" and entry["logger"] == "app.x" and entry["message"] == "échec de l'article"
    assert entry["time"].endswith("+00:00") and "ValueError: valeur inattendue" in entry["exception"]


def serve(tmp_path: Path, *args: str, **env: str) -> tuple[str, list[str]]:
    """Starts `narrateur serve` with `args`, asks `request` of it, stops it; its standard error's lines."""
    port = free_port()
    environment = {
        **os.environ,
        "NARRATEUR_DATA_DIR": str(tmp_path / "data"),
        "NARRATEUR_CACHE_DIR": str(tmp_path / "cache"),
        "NARRATEUR_ENGINE": "espeak",
        **env,
    }
    stderr = tmp_path / "stderr.log"
    with stderr.open("wb") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "app", "serve", "--port", str(port), *args], env=environment, stderr=sink
        )
        try:
            url = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 60
            while True:
                try:
                    httpx.get(url + "/healthz", timeout=1)
                    break
                except httpx.HTTPError:
                    assert time.monotonic() < deadline and process.poll() is None, stderr.read_text()
                    time.sleep(0.1)
            answer = httpx.post(url + "/api/articles", json={"url": "http://127.0.0.1:1/paie"}, timeout=30)
        finally:
            process.terminate()
            process.wait(30)
    return answer.text, stderr.read_text(encoding="utf-8").splitlines()


@pytest.mark.slow
def test_serve_writes_json_lines_uvicorns_included(tmp_path):
    answer, lines = serve(tmp_path, "--log-format", "json")
    entries = [json.loads(line) for line in lines]  # every line is one JSON object
    assert all({"time", "level", "logger", "message"} <= entry.keys() for entry in entries)
    loggers = {entry["logger"] for entry in entries}
    assert {"app.web.server", "uvicorn.error", "uvicorn.access", "app.article.fetch"} <= loggers
    access = [entry["message"] for entry in entries if entry["logger"] == "uvicorn.access"]
    assert any('"GET /healthz HTTP/1.1" 200' in message for message in access)
    [refusal] = [entry for entry in entries if entry["logger"] == "app.article.fetch"]
    assert refusal["level"] == "WARNING" and "127.0.0.1 refused" in refusal["message"]
    assert "private or local address" in answer


@pytest.mark.slow
def test_serve_logs_at_the_level_of_the_environment(tmp_path):
    _, lines = serve(tmp_path, NARRATEUR_LOG_LEVEL="warning", NARRATEUR_LOG_FORMAT="json")
    entries = [json.loads(line) for line in lines]
    assert [(entry["level"], entry["logger"]) for entry in entries] == [("WARNING", "app.article.fetch")]


def test_a_bad_log_level_is_one_sentence_and_exit_status_2(capsys, monkeypatch, caplog):
    caplog.set_level(logging.WARNING)  # the root's level, which the command line sets, is put back afterwards
    with pytest.raises(SystemExit) as stopped:
        main(["serve", "--log-level", "loud"])
    printed = capsys.readouterr().err
    errors = [line for line in printed.splitlines() if "error:" in line]  # below argparse's usage lines
    refused = "argument --log-level: invalid choice: 'loud' (choose from 'debug', 'info', 'warning', 'error')"
    assert stopped.value.code == 2 and errors == [f"narrateur serve: error: {refused}"] and "Traceback" not in printed
    monkeypatch.setenv("NARRATEUR_LOG_FORMAT", "xml")
    assert main(["serve"]) == 2
    assert capsys.readouterr().err == (
        "narrateur: Invalid setting NARRATEUR_LOG_FORMAT: it must be one of text, json.\n"
    )
