"""Fetching a Piper voice by name from the layout of rhasspy/piper-voices: voices.json, then the voice's two files.

Each file streams into a temporary file beside its destination, is checked against the size and MD5 digest the
index gives, and is renamed into place only when both files are whole: the config last, so a voice is listed only
once it is complete, and a failed download leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

import requests

from app.errors import FetchError, InputError, OutputError
from app.speech.voice_files import VOICE_NAME, InstalledVoice, read_voice

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

MAX_UNLISTED_BYTES = 500_000_000
"""Largest file taken when the index gives no size (the largest Piper voices are about 120 MB)."""
SUFFIXES = (".onnx", ".onnx.json")


def download_voice(name: str, folder: Path, base_url: str, timeout_s: float = 30.0) -> InstalledVoice:
    match = VOICE_NAME.match(name)
    if not match:
        raise InputError(f"{name!r} is not a Piper voice name: they look like fr_FR-siwis-medium")
    base = base_url.rstrip("/")
    with requests.Session() as session:
        entry = _index_entry(session, base, name, timeout_s)
        files = _files_of(name, match, entry)
        try:
            Path(folder).mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise OutputError(f"The voices folder {folder} cannot be created", error.strerror) from None
        temporaries: list[Path] = []
        try:
            for suffix in SUFFIXES:
                remote_path, expected = files[suffix]
                temporaries.append(
                    _fetch(session, f"{base}/{remote_path}", Path(folder), name + suffix, expected, timeout_s)
                )
            # The config last: the voice appears whole.
            for temporary, suffix in zip(temporaries, SUFFIXES, strict=True):
                os.replace(temporary, Path(folder) / (name + suffix))
        finally:
            for temporary in temporaries:
                with contextlib.suppress(OSError):
                    temporary.unlink()
    log.info("downloaded the Piper voice %s into %s", name, folder)
    return read_voice(Path(folder) / (name + ".onnx"))


def _index_entry(session: requests.Session, base: str, name: str, timeout_s: float) -> dict | None:
    """The voice's entry in voices.json; None when the server has no index (files are then taken unchecked)."""
    response = _get(session, f"{base}/voices.json", name, timeout_s, stream=False)
    if response.status_code == 404:
        log.warning("%s has no voices.json; %s is downloaded without checksums", base, name)
        return None
    _check_status(response, name)
    try:
        index = response.json()
    except ValueError:
        raise FetchError(f"Cannot download {name}: the voices index at {base} is not JSON") from None
    if not isinstance(index, dict):
        raise FetchError(f"Cannot download {name}: the voices index at {base} is not a list of voices")
    entry = index.get(name) or next(
        (e for e in index.values() if isinstance(e, dict) and name in (e.get("aliases") or [])), None
    )
    if not isinstance(entry, dict):
        raise InputError(f"There is no Piper voice named {name} in the voices index")
    return entry


def _files_of(name: str, match, entry: dict | None) -> dict[str, tuple[str, dict]]:
    """Remote path and expected {size_bytes, md5_digest} of each of the voice's two files."""
    if entry is None:
        language = match.group("language")
        folder = f"{language.split('_')[0]}/{language}/{match.group('dataset')}/{match.group('quality')}"
        return {suffix: (f"{folder}/{name}{suffix}", {}) for suffix in SUFFIXES}
    files = {}
    listed = entry.get("files") or {}
    key = str(entry.get("key") or name)
    for suffix in SUFFIXES:
        found = [path for path in listed if isinstance(path, str) and path.endswith("/" + key + suffix)]
        if not found or ".." in found[0].split("/"):
            raise FetchError(f"Cannot download {name}: the voices index lists no {key}{suffix}")
        files[suffix] = (found[0], listed[found[0]] if isinstance(listed[found[0]], dict) else {})
    return files


def _fetch(session: requests.Session, url: str, folder: Path, file_name: str, expected: dict, timeout_s: float) -> Path:
    size_limit = int(expected.get("size_bytes") or MAX_UNLISTED_BYTES)
    response = _get(session, url, file_name, timeout_s, stream=True)
    _check_status(response, file_name)
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{file_name}.", suffix=".part")
    except OSError as error:
        response.close()
        raise OutputError(f"The voices folder {folder} cannot be written", error.strerror) from None
    digest, size = hashlib.md5(usedforsecurity=False), 0
    try:
        with os.fdopen(handle, "wb") as file, response:
            for block in response.iter_content(1 << 16):
                size += len(block)
                if size > size_limit:
                    raise FetchError(f"Cannot download {file_name}: it is larger than the voices index says")
                digest.update(block)
                file.write(block)
            file.flush()
            os.fsync(file.fileno())
    except requests.RequestException:
        os.unlink(temporary)
        raise FetchError(f"Cannot download {file_name}: the connection broke off") from None
    except OSError as error:
        os.unlink(temporary)
        raise OutputError(f"Cannot write {file_name} into {folder}", error.strerror) from None
    except BaseException:
        os.unlink(temporary)
        raise
    problem = _mismatch(expected, size, digest.hexdigest())
    if problem:
        os.unlink(temporary)
        raise FetchError(f"Cannot download {file_name}: {problem}", "the file is damaged or was changed; try again")
    return Path(temporary)


def _mismatch(expected: dict, size: int, md5: str) -> str | None:
    if expected.get("size_bytes") is not None and int(expected["size_bytes"]) != size:
        return f"it has {size} bytes where the voices index says {expected['size_bytes']}"
    if expected.get("md5_digest") and str(expected["md5_digest"]).lower() != md5:
        return "its checksum differs from the voices index"
    return None


def _get(session: requests.Session, url: str, what: str, timeout_s: float, stream: bool) -> requests.Response:
    host = urlsplit(url).hostname or url
    try:
        return session.get(url, timeout=timeout_s, stream=stream)
    except requests.Timeout:
        raise FetchError(f"Cannot download {what}: {host} did not answer within {timeout_s:g} s") from None
    except requests.RequestException:
        raise FetchError(
            f"Cannot download {what}: {host} cannot be reached", "this machine may have no internet connection"
        ) from None


def _check_status(response: requests.Response, what: str) -> None:
    if response.status_code == 404:
        raise FetchError(f"Cannot download {what}: the server has no such file (HTTP 404)")
    if response.status_code >= 400:
        raise FetchError(f"Cannot download {what}: the server answered HTTP {response.status_code}")
