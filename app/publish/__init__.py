"""Publication stage: a narration in, its files out (MP3 with tags and chapters, transcripts, cover, feed).

Kept empty so that importing one light module of the stage (files, reuse) does not load the audio stack."""
