"""Running ffmpeg: an argument list, a timeout, a checked exit code, and failures as domain errors."""

from __future__ import annotations

import shutil
import subprocess

from app.errors import AudioError, EngineUnavailableError


def run_ffmpeg(arguments: list[str], data: bytes, timeout_s: float = 60.0) -> bytes:
    binary = shutil.which("ffmpeg")
    if binary is None:
        raise EngineUnavailableError(
            "ffmpeg is not installed", "install the Debian package ffmpeg (scripts/setup does)"
        )
    try:
        result = subprocess.run(
            [binary, "-hide_banner", "-loglevel", "error", "-nostdin", *arguments],
            input=data,
            capture_output=True,
            timeout=timeout_s,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise AudioError(f"ffmpeg did not finish within {timeout_s:g} s") from None
    if result.returncode != 0:
        detail = result.stderr.decode("utf-8", "replace").strip().splitlines()
        raise AudioError("ffmpeg failed to process a clip", detail[-1] if detail else f"exit code {result.returncode}")
    return result.stdout
