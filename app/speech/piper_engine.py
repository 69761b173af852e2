"""Piper on this machine: ONNX voices from the voices folder, spoken by the optional piper-tts package (GPL-3.0).

Models load lazily in the process that speaks (a clip worker), once per process, with one ONNX thread each:
the clip workers already keep every core busy.
"""

from __future__ import annotations

import importlib.util
import json
import os
import threading
from pathlib import Path

from app.article.model import Article
from app.config import VoiceProfile, VoiceRoles
from app.errors import EngineUnavailableError, SynthesisError
from app.speech.audio import Pcm
from app.speech.casting import CastVoice, cast_article
from app.speech.voice_files import FRENCH, InstalledVoice, find_voice

INSTALL_HINT = "install it with `pip install narrateur[piper]` (piper-tts, GPL-3.0)"


def piper_installed() -> bool:
    return importlib.util.find_spec("piper") is not None


class PiperEngine:
    name = "piper"
    cpu_bound = True

    def __init__(self, voices_dir: Path, voice_name: str | None = None, language: str = FRENCH) -> None:
        self.voices_dir = Path(voices_dir)
        self.voice_name = voice_name
        self.language = language
        """The language `auto` and an unnamed voice look for."""
        self.max_parallel = 2 * (os.cpu_count() or 2)  # as espeak-ng: keeps every clip worker busy

    def voice(self) -> InstalledVoice:
        if not piper_installed():
            raise EngineUnavailableError("Piper is not installed", INSTALL_HINT)
        return find_voice(self.voices_dir, self.voice_name, self.language)

    def probe(self) -> tuple[bool, str]:
        """Whether a voice is there to speak with; loads nothing."""
        try:
            return True, f"the Piper voice {self.voice().name} is installed"
        except EngineUnavailableError as error:
            return False, str(error)

    def describe(self) -> str:
        voice = self.voice()
        speakers = f"{voice.speaker_count} speaker{'s' if voice.speaker_count > 1 else ''}"
        return f"Piper voice {voice.name} ({voice.language}, {speakers}) on this machine"

    def cast(self, article: Article, roles: VoiceRoles) -> list[VoiceProfile]:
        voice = self.voice()
        return cast_article(article, roles, _model_id(voice), voice.speaker_names, str(voice.model_path))

    def synthesize(self, text: str, voice: VoiceProfile) -> Pcm:
        cast = voice if isinstance(voice, CastVoice) else self._uncast(voice)
        model = _load(cast.model_path, cast.model)
        from piper import SynthesisConfig

        pitch = 2 ** (cast.pitch_semitones / 12)
        # A pitch shift replays the samples faster (or slower); speaking longer by the same factor keeps the tempo.
        config = SynthesisConfig(
            speaker_id=cast.speaker_id, length_scale=model.config.length_scale * cast.length_scale * pitch
        )
        try:
            chunks = [chunk.audio_int16_array for chunk in model.synthesize(text, config)]
        except Exception as error:  # noqa: BLE001 - onnxruntime raises its own, unexported error types
            raise SynthesisError(
                f"Piper failed to speak a segment ({type(error).__name__})", str(error)[:200]
            ) from None
        import numpy as np  # where it speaks: building the engine must not load the audio stack

        samples = np.concatenate(chunks) if chunks else np.zeros(0, dtype=np.int16)
        # The clip stage resamples to the narration's rate: labelling the samples faster is the pitch shift.
        return Pcm(samples.astype(np.int16, copy=False), round(model.config.sample_rate * pitch))

    def _uncast(self, voice: VoiceProfile) -> CastVoice:
        installed = self.voice()
        return CastVoice(
            model=_model_id(installed),
            model_path=str(installed.model_path),
            length_scale=round(1.0 / voice.speed_factor, 4),
            pitch_semitones=voice.pitch_semitones,
        )


def _model_id(voice: InstalledVoice) -> str:
    return f"{voice.name}@sha256:{voice.sha256()}"


class _Loaded:
    """Loaded models of this process, by model identity (name and hash): a changed file loads anew."""

    models: dict[str, object] = {}
    pid = os.getpid()
    lock = threading.Lock()


def _load(model_path: str, model_id: str):
    with _Loaded.lock:
        if _Loaded.pid != os.getpid():  # a forked worker starts with none of its parent's sessions
            _Loaded.models, _Loaded.pid = {}, os.getpid()
        found = _Loaded.models.get(model_id)
        if found is None:
            found = _Loaded.models[model_id] = _open(Path(model_path))
        return found


def _open(model_path: Path):
    if not piper_installed():
        raise EngineUnavailableError("Piper is not installed", INSTALL_HINT)
    import onnxruntime
    from piper import PiperVoice
    from piper.config import PiperConfig

    try:
        config = json.loads(model_path.with_name(model_path.name + ".json").read_text(encoding="utf-8"))
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        session = onnxruntime.InferenceSession(
            str(model_path), sess_options=options, providers=["CPUExecutionProvider"]
        )
        return PiperVoice(session=session, config=PiperConfig.from_dict(config))
    except Exception as error:  # noqa: BLE001 - a broken model file fails in onnxruntime's own error types
        raise EngineUnavailableError(f"The Piper voice {model_path.stem} cannot be loaded", str(error)[:200]) from None
