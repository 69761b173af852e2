import numpy as np
import pytest

from app.errors import AudioError
from app.speech.audio import AudioFormat, Pcm
from app.speech.mastering import PROGRAMME_COMPENSATION_DB, loudness_lufs, master
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


def test_silence_is_refused():
    with pytest.raises(AudioError, match="only silence"):
        master(Pcm.silence(2000, 22050), AudioFormat())
