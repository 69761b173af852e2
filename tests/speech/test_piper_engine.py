"""Piper on this machine, with the voice a package ships (en_US-joe-medium): loading, synthesis, rate, timing,
casting, cache, and the seed narrated end to end by the command line and checked with ffmpeg and ffprobe."""

from __future__ import annotations

import json
import re
import statistics
from dataclasses import replace

import numpy as np
import pytest

from app.config import VoiceProfile, VoiceRoles
from app.errors import EngineUnavailableError
from app.speech.audio import AudioFormat
from app.speech.cache import ClipCache
from app.speech.casting import CastVoice
from app.speech.mastering import loudness_lufs
from app.speech.piper_engine import PiperEngine
from app.speech.plan import plan_narration
from app.speech.render import Renderer
from app.speech.selection import EngineSelector
from app.speech.voices import cast_voices
from app.speech.workers import ClipWorkers
from tests.command import narrateur
from tests.media import ffprobe
from tests.paths import SEED
from tests.speech.fakes import FakeEngine
from tests.speech.helpers import FRAME_MS, decode, ebur128, seed_article, sound_bounds_ms
from tests.speech.piper_voices import JOE, joe_folder

pytestmark = pytest.mark.slow  # real Piper synthesis and the seed narrated with it

SENTENCE = "The alliance remains fundamental for the United States and for the whole transatlantic community."


@pytest.fixture(scope="module")
def joe(tmp_path_factory) -> PiperEngine:
    return PiperEngine(joe_folder(tmp_path_factory.mktemp("voices")), JOE)


def test_joe_speaks_at_its_own_rate_for_a_plausible_time(joe):
    pcm = joe.synthesize(SENTENCE, VoiceProfile())
    assert pcm.sample_rate_hz == 22050 and pcm.samples.dtype == np.int16
    # About 15 characters a second, as people read aloud.
    assert 0.5 * len(SENTENCE) / 15 < pcm.duration_ms / 1000 < 2 * len(SENTENCE) / 15
    assert np.abs(pcm.samples).max() > 3000


def test_a_larger_length_scale_speaks_slower(joe):
    cast = joe.cast(seed_article(), VoiceRoles())[0]
    # Medians of five runs (Piper draws durations at random): 1.4 times longer phonemes make the sentence about
    # 1.29 times longer (pauses do not stretch as much).
    normal = statistics.median(joe.synthesize(SENTENCE, cast).duration_ms for _ in range(5))
    slow = statistics.median(joe.synthesize(SENTENCE, replace(cast, length_scale=1.4)).duration_ms for _ in range(5))
    assert slow > 1.2 * normal


def test_a_pitch_shift_keeps_about_the_same_tempo(joe):
    cast = joe.cast(seed_article(), VoiceRoles())[0]
    # Piper draws its phoneme durations at random (noise_w): one run can be 14 % off another, so each side is
    # the median of nine.
    normal = [joe.synthesize(SENTENCE, cast) for _ in range(9)]
    higher = [joe.synthesize(SENTENCE, replace(cast, pitch_semitones=2.5)) for _ in range(9)]
    assert higher[0].sample_rate_hz == round(22050 * 2 ** (2.5 / 12))  # the clip stage resamples: the shift
    # Resampled without longer phonemes, the clip would last 2^(-2.5/12) = 0.866 of the normal one. With them it
    # lasts about 0.915 (measured over 25 runs each): Piper's length scale stretches phonemes more than pauses.
    ratio = statistics.median(h.duration_ms for h in higher) / statistics.median(n.duration_ms for n in normal)
    assert 0.88 < ratio < 1.05


def test_cast_names_the_model_by_its_hash_and_keeps_the_path_out_of_the_key(joe, tmp_path):
    voices = cast_voices(seed_article(), VoiceRoles(), joe)
    assert all(isinstance(v, CastVoice) and v.model.startswith(f"{JOE}@sha256:") for v in voices)
    moved = PiperEngine(joe_folder(tmp_path / "elsewhere"), JOE)
    changed_folder = joe_folder(tmp_path / "changed", copy=True)
    with open(changed_folder / f"{JOE}.onnx", "ab") as model:
        model.write(b"\0")
    changed = PiperEngine(changed_folder, JOE)

    def speech_keys(engine) -> set[str]:
        article = seed_article()
        plan = plan_narration(article, cast_voices(article, VoiceRoles(), engine), "piper", AudioFormat(), True)
        return {p.key for p in plan if p.kind == "speech"}

    assert speech_keys(moved) == speech_keys(joe)
    assert speech_keys(changed).isdisjoint(speech_keys(joe))


def test_no_voice_installed_is_one_sentence_naming_the_folder_and_the_fix(tmp_path):
    selector = EngineSelector(FakeEngine("espeak"), FakeEngine("gtts"), 60, piper=PiperEngine(tmp_path / "voices"))
    with pytest.raises(EngineUnavailableError) as raised:
        selector.choose("piper")
    assert str(raised.value) == (
        f"Piper was asked for but cannot speak: No Piper voice speaking fr is installed in {tmp_path / 'voices'}: "
        "run `narrateur voices download fr_FR-siwis-medium` or set NARRATEUR_VOICES_DIR."
    )


def test_a_damaged_model_cannot_be_loaded_and_says_so(tmp_path):
    folder = joe_folder(tmp_path / "voices", copy=True)
    (folder / f"{JOE}.onnx").write_bytes(b"this is not an onnx model")
    with pytest.raises(EngineUnavailableError, match=f"The Piper voice {JOE} cannot be loaded"):
        PiperEngine(folder, JOE).synthesize(SENTENCE, VoiceProfile())


def test_clips_are_made_in_workers_and_a_second_narration_makes_none(joe, tmp_path):
    article = seed_article(
        "Un titre\n\nUne phrase assez longue pour être dite par la voix.\n\n« Une citation. », a dit Jim Mattis.".encode()
    )
    workers = ClipWorkers(2)
    try:
        renderer = Renderer(
            ClipCache(tmp_path / "cache", 10**9),
            AudioFormat(),
            EngineSelector(FakeEngine("espeak"), FakeEngine("gtts"), 60, piper=joe),
            VoiceRoles(),
            False,
            workers,
        )
        first = renderer.render(article, "piper")
        second = renderer.render(article, "piper")
    finally:
        workers.close()
    assert first.engine == "piper" and first.clips_made >= 3 and second.clips_made == 0
    assert first.timeline == second.timeline and 2000 < first.timeline.duration_ms < 20000


# -- the seed, end to end -------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_by_piper(tmp_path_factory):
    folder = tmp_path_factory.mktemp("piper-seed")
    env = {
        "NARRATEUR_CACHE_DIR": str(folder / "cache"),
        "NARRATEUR_ENGINE": "piper",
        "NARRATEUR_VOICES_DIR": str(joe_folder(folder / "voices")),
        "NARRATEUR_PIPER_VOICE": JOE,
    }
    result = narrateur(
        "narrate", str(SEED), "-o", "seed.mp3", "--chapters", "chapters.json", "--vtt", "transcript.vtt",
        cwd=folder, env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return folder, result


def vtt_cues(text: str) -> list[tuple[float, float, str]]:
    def ms(stamp: str) -> float:
        hours, minutes, seconds = stamp.split(":")
        return (int(hours) * 3600 + int(minutes) * 60 + float(seconds)) * 1000

    cues = re.findall(r"(\d\d:\d\d:\d\d\.\d{3}) --> (\d\d:\d\d:\d\d\.\d{3})\n(.*)", text)
    return [(ms(start), ms(end), words) for start, end, words in cues]


def test_seed_says_piper_and_which_voice_spoke(seed_by_piper):
    _, result = seed_by_piper
    assert (
        f"; engine piper (Piper was asked for: Piper voice {JOE} (en_US, 1 speaker) on this machine)" in result.stdout
    )


def test_seed_loudness_and_true_peak(seed_by_piper):
    folder, _ = seed_by_piper
    integrated, peak = ebur128(folder / "seed.mp3")
    assert -17.0 <= integrated <= -15.0
    assert peak <= -1.0


def test_seed_chapters_as_ffprobe_reads_them(seed_by_piper):
    folder, _ = seed_by_piper
    chapters = ffprobe(folder / "seed.mp3", "-show_chapters")["chapters"]
    assert [c["tags"]["title"] for c in chapters] == [
        "Les États-Unis s'efforcent de rassurer les Européens sur l'OTAN",
        "Réajuster les budgets militaires",
    ]
    listed = json.loads((folder / "chapters.json").read_text())["chapters"]
    assert float(chapters[0]["start_time"]) == 0
    assert float(chapters[1]["start_time"]) == pytest.approx(listed[1]["startTime"], abs=0.001)
    duration = float(ffprobe(folder / "seed.mp3", "-show_format")["format"]["duration"])
    assert float(chapters[1]["end_time"]) == pytest.approx(duration, abs=0.1)


def test_seed_transcript_cues_sit_on_the_voice(seed_by_piper):
    folder, _ = seed_by_piper
    samples = decode((folder / "seed.mp3").read_bytes())
    cues = vtt_cues((folder / "transcript.vtt").read_text())
    assert len(cues) == len(seed_article().segments)
    for index, (start, end, _) in enumerate(cues):
        previous_end = cues[index - 1][1] if index else 0
        onset, offset = sound_bounds_ms(samples, max(previous_end + FRAME_MS, start - 250), end + 3 * FRAME_MS, -50)
        assert abs(onset - start) <= FRAME_MS + 1 and abs(offset - end) <= FRAME_MS + 1
        window = samples[int(start * 22.05) : int(end * 22.05)]
        assert abs(loudness_lufs(window, 22050) - -16.0) <= 2.0


def median_f0_hz(window: np.ndarray) -> float:
    """Median pitch of the voiced 40 ms frames, from each frame's autocorrelation peak between 70 and 300 Hz."""
    size, pitches = 882, []
    for start in range(0, len(window) - size, size):
        frame = window[start : start + size] - window[start : start + size].mean()
        if np.sqrt(np.mean(frame**2)) < 0.05:
            continue
        corr = np.correlate(frame, frame, "full")[size - 1 :]
        lo, hi = 22050 // 300, 22050 // 70
        lag = lo + int(np.argmax(corr[lo:hi]))
        if corr[lag] > 0.3 * corr[0]:
            pitches.append(22050 / lag)
    return float(np.median(pitches))


def test_seed_quoted_person_sounds_higher_than_the_narrator_on_a_one_speaker_voice(seed_by_piper):
    folder, _ = seed_by_piper
    samples = decode((folder / "seed.mp3").read_bytes())
    cues = vtt_cues((folder / "transcript.vtt").read_text())
    kinds = [s.kind.value for s in seed_article().segments]
    speakers = [s.speaker for s in seed_article().segments]

    def pitch_of(indices):
        return median_f0_hz(
            np.concatenate([samples[int(cues[i][0] * 22.05) : int(cues[i][1] * 22.05)] for i in indices])
        )

    narrator = pitch_of([i for i, k in enumerate(kinds) if k == "paragraph"])
    mattis = pitch_of([i for i, k in enumerate(kinds) if k == "quote" and speakers[i] == "Jim Mattis"])
    assert mattis / narrator > 1.08  # the first person sharing the speaker is 2.5 semitones up (×1.155)
