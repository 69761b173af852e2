from __future__ import annotations

import re
import subprocess
from pathlib import Path

import numpy as np

from app.article import parse_article
from app.config import VoiceRoles
from app.speech.audio import AudioFormat
from app.speech.cache import ClipCache
from app.speech.render import Renderer
from app.speech.selection import EngineSelector
from app.speechtext import speech_article
from tests.paths import SEED

FRAME_MS = 576 / 22050 * 1000


def seed_article(text: bytes | None = None):
    return speech_article(parse_article(text or SEED.read_bytes()))


def renderer(cache_dir: Path, espeak, gtts, chime: bool = True) -> Renderer:
    return Renderer(ClipCache(cache_dir, 10**9), AudioFormat(), EngineSelector(espeak, gtts, 60), VoiceRoles(), chime)


def joined_mp3(narration) -> bytes:
    return b"".join(clip.read() for clip in narration.clips)


def decode(mp3: bytes) -> np.ndarray:
    raw = subprocess.run(
        ["ffmpeg", "-v", "error", "-f", "mp3", "-i", "pipe:0", "-f", "s16le", "-ac", "1", "pipe:1"],
        input=mp3,
        capture_output=True,
        check=True,
        timeout=120,
    ).stdout
    return np.frombuffer(raw, dtype=np.int16).astype(np.float64) / 32768


def ebur128(path: Path) -> tuple[float, float]:
    """(integrated loudness in LUFS, true peak in dBTP) as ffmpeg measures them."""
    out = subprocess.run(
        ["ffmpeg", "-hide_banner", "-nostats", "-i", str(path), "-af", "ebur128=peak=true", "-f", "null", "-"],
        capture_output=True,
        text=True,
        timeout=120,
    ).stderr
    summary = out[out.rindex("Summary:") :]
    integrated = float(re.search(r"I:\s+(-?[\d.]+) LUFS", summary).group(1))
    peak = float(re.search(r"Peak:\s+(-?[\d.]+|-inf) dBFS", summary).group(1))
    return integrated, peak


def sound_bounds_ms(
    samples: np.ndarray, from_ms: float, to_ms: float, threshold_db: float = -45
) -> tuple[float, float]:
    """First and last sample louder than the threshold between two times, in ms."""
    start, end = int(max(0, from_ms) * 22.05), int(to_ms * 22.05)
    loud = np.flatnonzero(np.abs(samples[start:end]) > 10 ** (threshold_db / 20))
    return (start + loud[0]) / 22.05, (start + loud[-1]) / 22.05
