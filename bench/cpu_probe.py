"""Runs `narrateur ARGS` as `python -m app` would, and records where its CPU time goes (for bench_cpu.py).

Every process of the command (the command itself, its article reader, its speech workers) appends one JSON line to
$CPU_PROBE_OUT as it ends: its role, its own CPU time (getrusage RUSAGE_SELF: all of its threads) and, in the speech
workers, the CPU time of each stage of making a clip (thread time around espeak-ng's synthesis, the mastering, the
encoding). Only modules the command imports before its first fork anyway are imported here, so the processes are
forked as they would be without the probe."""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import app.cli  # noqa: E402
import app.narrate_cli  # noqa: E402 - loaded before the first fork by the command itself
import app.narrate_inputs  # noqa: E402
import app.speech.clips  # noqa: E402 - light: the audio stack loads in load_audio_stack

OUT = os.environ["CPU_PROBE_OUT"]
_role = ["command"]
_stages: dict[str, float] = {}
_real_exit, _real_fork = os._exit, os.fork


def _record() -> None:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    line = {"pid": os.getpid(), "role": _role[0], "cpu_s": usage.ru_utime + usage.ru_stime, "stages": _stages}
    with open(OUT, "a", encoding="utf-8") as out:
        out.write(json.dumps(line) + "\n")


def _exit(status: int) -> None:  # how forked processes end
    _record()
    _real_exit(status)


def _fork() -> int:
    pid = _real_fork()
    if pid == 0:
        _stages.clear()
        _role[0] = "child"
    return pid


def _timed(owner, name: str, stage: str, role: str | None = None) -> None:
    real = getattr(owner, name)

    def timed(*args, **kwargs):
        if role:
            _role[0] = role
        start = time.thread_time()
        try:
            return real(*args, **kwargs)
        finally:
            _stages[stage] = _stages.get(stage, 0.0) + time.thread_time() - start

    setattr(owner, name, timed)


def _load_audio_stack(real=app.speech.clips.load_audio_stack) -> None:
    real()
    import app.speech.encode
    import app.speech.mastering
    from app.speech.espeak import EspeakEngine

    _timed(EspeakEngine, "synthesize", "espeak-ng", role="speech worker")
    _timed(app.speech.mastering, "master", "mastering")
    _timed(app.speech.encode, "encode_clip", "encoding")


if __name__ == "__main__":
    os._exit, os.fork = _exit, _fork  # type: ignore[assignment]
    app.speech.clips.load_audio_stack = _load_audio_stack
    _timed(app.narrate_inputs, "read_article", "reading", role="reader")
    sys.argv = ["narrateur", *sys.argv[1:]]
    try:
        if hasattr(app.cli, "run"):
            app.cli.run()
        sys.exit(app.cli.main())  # a checkout from before app.cli.run, for comparisons
    finally:
        _record()
