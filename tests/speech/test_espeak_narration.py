"""The seed spoken by the real espeak-ng: podcast loudness, level-matched voices, exact boundaries."""

import numpy as np
import pytest

from app.speech.espeak import EspeakEngine
from app.speech.mastering import loudness_lufs
from tests.speech.fakes import FakeEngine
from tests.speech.helpers import FRAME_MS, decode, ebur128, joined_mp3, renderer, seed_article, sound_bounds_ms

pytestmark = pytest.mark.slow  # the seed spoken by real espeak-ng and measured with ffmpeg


@pytest.fixture(scope="module")
def spoken(tmp_path_factory):
    folder = tmp_path_factory.mktemp("espeak")
    narration = renderer(folder / "cache", EspeakEngine(), FakeEngine("gtts")).render(seed_article(), "espeak")
    path = folder / "seed.mp3"
    path.write_bytes(joined_mp3(narration))
    return narration, path


def test_podcast_loudness_and_true_peak(spoken):
    _, path = spoken
    integrated, peak = ebur128(path)
    assert -17.0 <= integrated <= -15.0
    assert peak <= -1.0


def test_every_segment_within_two_lu_of_the_target(spoken):
    narration, path = spoken
    samples = decode(path.read_bytes())
    for segment in narration.timeline.segments:
        window = samples[int(segment.start_ms * 22.05) : int(segment.end_ms * 22.05)]
        assert abs(loudness_lufs(window, 22050) - -16.0) <= 2.0


def test_boundaries_where_the_timeline_says(spoken):
    narration, path = spoken
    samples = decode(path.read_bytes())
    timed = narration.timeline.segments
    for index, segment in enumerate(timed):
        previous_end = timed[index - 1].end_ms if index else 0
        # Look no further than the pause around the segment: the chapter chime sits in a longer one.
        onset, offset = sound_bounds_ms(
            samples, max(previous_end + FRAME_MS, segment.start_ms - 250), segment.end_ms + 3 * FRAME_MS, -50
        )
        assert abs(onset - segment.start_ms) <= FRAME_MS
        assert abs(offset - segment.end_ms) <= FRAME_MS


def test_quote_voice_differs_from_narrator(spoken):
    narration, path = spoken
    samples = decode(path.read_bytes())
    article = seed_article()

    def pitch_hz(index):
        t = narration.timeline.segments[index]
        window = samples[int(t.start_ms * 22.05) : int(t.end_ms * 22.05)]
        spectrum = np.abs(np.fft.rfft(window * np.hanning(len(window))))
        freqs = np.fft.rfftfreq(len(window), 1 / 22050)
        band = (freqs > 70) & (freqs < 400)
        return freqs[band][np.argmax(spectrum[band])]

    narrator = next(i for i, s in enumerate(article.segments) if s.kind.value == "paragraph")
    quote = next(i for i, s in enumerate(article.segments) if s.kind.value == "quote")
    assert abs(pitch_hz(quote) - pitch_hz(narrator)) > 15
