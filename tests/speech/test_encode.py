"""MP3 encoding facts the timeline relies on, checked against ffmpeg's decoder."""

import subprocess

import numpy as np

from app.speech.audio import AudioFormat, Pcm
from app.speech.encode import ENCODER_DELAY_SAMPLES, encode_clip
from app.speech.mp3_frames import scan_frames


def decode(mp3: bytes) -> np.ndarray:
    raw = subprocess.run(
        ["ffmpeg", "-v", "error", "-f", "mp3", "-i", "pipe:0", "-f", "s16le", "-ac", "1", "pipe:1"],
        input=mp3,
        capture_output=True,
        check=True,
        timeout=60,
    ).stdout
    return np.frombuffer(raw, dtype=np.int16)


def impulse_clip(audio_format: AudioFormat, at: int = 1000) -> tuple[bytes, int]:
    samples = np.zeros(audio_format.sample_rate_hz // 2, dtype=np.int16)
    samples[at : at + 50] = 20000
    return encode_clip(Pcm(samples, audio_format.sample_rate_hz), audio_format).mp3, at


def test_encoder_delay_matches_ffmpeg():
    for rate in (16000, 22050, 24000):
        mp3, at = impulse_clip(AudioFormat(sample_rate_hz=rate))
        decoded = decode(mp3)
        assert int(np.argmax(np.abs(decoded) > 5000)) - at == ENCODER_DELAY_SAMPLES


def test_decoded_length_is_frames_times_576():
    audio_format = AudioFormat()
    clip = encode_clip(Pcm(np.zeros(12345, dtype=np.int16), 22050), audio_format)
    assert len(decode(clip.mp3)) == clip.frame_count * 576 == clip.decoded_samples


def test_concatenated_clips_decode_to_the_sum_of_their_frames():
    audio_format = AudioFormat()
    clips = [encode_clip(Pcm(np.zeros(n, dtype=np.int16), 22050), audio_format) for n in (3000, 10000, 777)]
    assert len(decode(b"".join(c.mp3 for c in clips))) == sum(c.decoded_samples for c in clips)


def test_frame_scan_detects_truncation():
    clip = encode_clip(Pcm(np.zeros(22050, dtype=np.int16), 22050), AudioFormat())
    assert scan_frames(clip.mp3).complete
    assert not scan_frames(clip.mp3[:-7]).complete
    assert not scan_frames(b"not an mp3 at all").complete
    assert scan_frames(clip.mp3).bitrate_kbps == 64
