"""Speech stage: engines, voices, loudness, clip cache and the narration timeline."""
