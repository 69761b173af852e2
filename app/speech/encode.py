"""PCM → MP3 frames in-process with LAME (lameenc), one independent stream per clip."""

from __future__ import annotations

import lameenc
import numpy as np

from app.errors import AudioError
from app.speech.audio import AudioFormat, EncodedClip, Pcm
from app.speech.mp3_frames import scan_frames

# LAME's encoder delay plus the decoder's: where a clip's first sample reappears once decoded.
# tests/speech/test_encode.py checks it against ffmpeg's decoder.
ENCODER_DELAY_SAMPLES = 1105
# Quality 7 is LAME's fast mode; for 64 kb/s mono speech it is indistinguishable and twice as fast as 2.
LAME_QUALITY = 7


def encode_clip(pcm: Pcm, audio_format: AudioFormat) -> EncodedClip:
    if pcm.sample_rate_hz != audio_format.sample_rate_hz:
        raise AudioError(f"A clip at {pcm.sample_rate_hz} Hz cannot join a {audio_format.sample_rate_hz} Hz narration")
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(audio_format.bitrate_kbps)
    encoder.set_in_sample_rate(audio_format.sample_rate_hz)
    encoder.set_channels(1)
    encoder.set_quality(LAME_QUALITY)
    mp3 = bytes(encoder.encode(np.ascontiguousarray(pcm.samples, dtype=np.int16).tobytes()) + encoder.flush())
    return describe(mp3, len(pcm.samples))


def describe(mp3: bytes, sound_samples: int) -> EncodedClip:
    scan = scan_frames(mp3)
    if not scan.complete:
        raise AudioError("The encoded clip is not a whole MP3 stream")
    return EncodedClip(
        mp3=mp3,
        frame_count=scan.frame_count,
        samples_per_frame=scan.samples_per_frame,
        sample_rate_hz=scan.sample_rate_hz,
        sound_start_samples=ENCODER_DELAY_SAMPLES,
        sound_samples=sound_samples,
    )
