import numpy as np
import pytest

from app.errors import AudioError
from app.speech.audio import AudioFormat, Pcm
from app.speech.mastering import EDGE_MARGIN_MS, PROGRAMME_COMPENSATION_DB, loudness_lufs, master, trim_silence
from tests.speech.fakes import tone


@pytest.mark.parametrize("gain", [0.05, 0.3, 1.0, 3.0])
def test_mastered_clip_meets_target_and_ceiling(gain):
    quiet_or_loud = Pcm(np.clip(tone(3000).samples * gain, -32768, 32767).astype(np.int16), 22050)
    audio_format = AudioFormat()
    mastered = master(quiet_or_loud, audio_format)
    samples = mastered.samples / 32768
    level = loudness_lufs(samples, 22050)
    assert abs(level - (audio_format.loudness_target_lufs + PROGRAMME_COMPENSATION_DB)) < 0.5
    assert 20 * np.log10(np.max(np.abs(samples))) <= audio_format.true_peak_ceiling_dbtp


def test_edges_fade_to_silence_so_joins_do_not_click():
    mastered = master(tone(1000), AudioFormat()).samples
    assert abs(int(mastered[0])) < 50 and abs(int(mastered[-1])) < 50


@pytest.mark.parametrize("duration_ms", [2000, 0])
def test_silence_is_refused(duration_ms):
    with pytest.raises(AudioError, match="only silence"):
        master(Pcm.silence(duration_ms, 22050), AudioFormat())


def test_trimming_keeps_the_sound_and_a_margin_around_it():
    sound = np.zeros(22050, dtype=np.float32)
    sound[10_000:12_000] = 0.5
    margin = int(22050 * EDGE_MARGIN_MS / 1000)
    trimmed = trim_silence(sound, 22050)
    assert trimmed.size == 2000 + 2 * margin and np.count_nonzero(trimmed) == 2000
    assert trim_silence(sound[10_000:], 22050).size == 2000 + margin  # sound from the first sample on
