"""What `narrateur narrate` reads: a file, standard input (-) or a URL fetched with the service's rules."""

from __future__ import annotations

import contextlib
import gc
import re
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from app.config import Settings
from app.errors import InputError, NarrateurError
from app.regexes import compiled

URL = compiled(r"^https?://", re.IGNORECASE)


@dataclass(frozen=True)
class Source:
    """An input's bytes, how to read them, and where they came from."""

    content: bytes
    input_format: str
    url: str | None = None


@dataclass(frozen=True)
class Reading:
    """What a speech worker process needs to read one input (it shares nothing else with the command)."""

    source: Source
    max_bytes: int
    lexicon_path: Path | None


def read_article(reading: Reading):
    """The article with its speech text (run in a speech worker process, so several inputs use every core)."""
    from app.article import parse_article
    from app.speechtext import load_lexicon, speech_article

    source = reading.source
    article = parse_article(source.content, source.input_format, reading.max_bytes, source.url)  # type: ignore[arg-type]
    return speech_article(article, lexicon=load_lexicon(reading.lexicon_path))


class ReadAhead:
    """One input read in a process of its own, forked before the command loads anything heavy.

    The article and speech-text stacks load and run there while the command loads the audio stack and forks its
    speech workers: on two cores, both are ready at about the same time. A plain forked process, not a pool: it
    starts no thread, so the speech workers can still be forked safely after it."""

    def __init__(self, reading: Reading) -> None:
        import multiprocessing  # only when an article must be read: a kept narration is copied without it

        context = multiprocessing.get_context("fork")
        self._answer, answer = context.Pipe(duplex=False)
        self._process = context.Process(target=_read_and_send, args=(reading, answer), daemon=True)
        self._process.start()
        answer.close()  # the reader holds the only writing end: its death ends the pipe
        self._lock = threading.Lock()
        self._outcome: object = None

    def article(self):
        """The article, or the error that reading it raised (the same to every caller: an input given twice)."""
        with self._lock:
            if self._outcome is None:
                self._outcome = self._receive()
        if isinstance(self._outcome, Exception):
            raise self._outcome
        return self._outcome

    def _receive(self) -> object:
        try:
            return self._answer.recv()
        except EOFError:
            return NarrateurError("The process reading the article died", "narrate it again")
        finally:
            self._answer.close()
            self._process.join()


def _read_and_send(reading: Reading, answer) -> None:
    import signal

    # Ctrl+C is the command's to handle (it says "interrupted" once); the reader, a daemon, ends with it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    import app.article
    import app.speechtext  # noqa: F401 - loaded first, with the collector still off (app/collector.py)

    gc.freeze()  # the stacks just loaded stay to the end: the collections below need not walk them
    gc.enable()  # reading a long article makes garbage (the reader is a process of its own)
    try:
        outcome = read_article(reading)
    except Exception as error:  # noqa: BLE001 - raised again in the command, as a pool would
        outcome = error
    with contextlib.suppress(OSError):  # the command is gone: nobody to tell
        answer.send(outcome)
    from app import regexes

    regexes.save()  # a forked process ends without exit handlers: the patterns it compiled are kept now


def is_url(label: str) -> bool:
    return bool(URL.match(label))


def check_inputs(labels: list[str]) -> None:
    """Refuses what cannot work before anything is read: standard input twice."""
    if labels.count("-") > 1:
        raise InputError("Standard input (-) can be read only once: give it once")


def read_input(label: str, input_format: str, settings: Settings) -> Source:
    if is_url(label):
        return _fetch(label, settings)
    return Source(_read_path(label), input_format)


def _fetch(url: str, settings: Settings) -> Source:
    from app.article.fetch import FetchPolicy, fetch_page  # httpx loads only when a URL is narrated

    policy = FetchPolicy(
        settings.fetch_timeout_s, settings.fetch_max_bytes, settings.fetch_max_redirects, settings.allow_private_urls
    )
    page = fetch_page(url, policy)
    return Source(page.content, "text" if page.content_type == "text/plain" else "html", page.url)


def _read_path(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(f"No such file: {path}") from None
    except IsADirectoryError:
        raise InputError(f"{path} is a folder, not an article file") from None
    except PermissionError:
        raise InputError(f"{path} cannot be read: permission denied") from None
    except OSError as error:
        raise NarrateurError(f"{path} cannot be read", error.strerror) from None
