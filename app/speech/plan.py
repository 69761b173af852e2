"""The narration plan: every clip in playing order (speech, pauses, chimes), before anything is synthesized."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from app.article.model import Article, Segment, SegmentKind
from app.config import VoiceProfile
from app.speech import pauses
from app.speech.audio import AudioFormat
from app.speech.cache import clip_key


@dataclass(frozen=True)
class PlannedClip:
    key: str
    kind: Literal["speech", "silence", "chime"]
    chapter_index: int
    text: str = ""
    voice: VoiceProfile | None = None
    duration_ms: int = 0
    segment_index: int | None = None
    """Index in article.segments for speech clips."""

    @property
    def segment(self) -> int:
        """The segment a speech clip says (pauses and chimes have none)."""
        if self.segment_index is None:
            raise ValueError(f"a {self.kind} clip says no segment")
        return self.segment_index

    @property
    def speaker(self) -> VoiceProfile:
        """The voice a speech clip is said in (pauses and chimes have none)."""
        if self.voice is None:
            raise ValueError(f"a {self.kind} clip has no voice")
        return self.voice


def sentences_of(segment: Segment) -> list[str]:
    """The segment's speech text cut where the speech text stage found sentences."""
    speech = segment.speech_text or segment.text
    if not segment.speech_map:
        return [speech]
    cut = [speech[start:end].strip() for _, _, start, end in segment.speech_map]
    return [sentence for sentence in cut if sentence] or [speech]


def plan_narration(
    article: Article, voices: list[VoiceProfile], engine_name: str, audio_format: AudioFormat, chime: bool
) -> list[PlannedClip]:
    plan: list[PlannedClip] = []

    def silence(ms: int, chapter: int) -> None:
        plan.append(PlannedClip(clip_key("silence", None, str(ms), audio_format), "silence", chapter, duration_ms=ms))

    index = 0
    previous: SegmentKind | None = None
    for chapter_index, chapter in enumerate(article.chapters):
        for segment in chapter.segments:
            if previous is not None:
                if segment.kind is SegmentKind.HEADING:
                    # The chime closes the previous chapter, so a chapter starts on its heading's first word.
                    silence(pauses.BEFORE_CHAPTER_MS, chapter_index - 1)
                    if chime:
                        plan.append(
                            PlannedClip(clip_key("chime", None, "v1", audio_format), "chime", chapter_index - 1)
                        )
                        silence(pauses.CHIME_TO_HEADING_MS, chapter_index - 1)
                else:
                    silence(pauses.pause_between_ms(previous, segment.kind), chapter_index)
            # One clip per sentence: an edit re-speaks only its sentence, and long paragraphs spread over cores.
            for number, text in enumerate(sentences_of(segment)):
                if number:
                    silence(pauses.BETWEEN_SENTENCES_MS, chapter_index)
                plan.append(
                    PlannedClip(
                        clip_key(engine_name, voices[index], text, audio_format),
                        "speech",
                        chapter_index,
                        text=text,
                        voice=voices[index],
                        segment_index=index,
                    )
                )
            previous = segment.kind
            index += 1
    silence(pauses.END_MS, len(article.chapters) - 1)
    return plan
