"""The composition root: builds engines, cache and renderer from Settings, for the CLI and the web app alike."""

from __future__ import annotations

from dataclasses import dataclass

from app.article import Article, InputFormat, parse_article
from app.config import Settings
from app.publish.mp3 import Show
from app.speech.audio import AudioFormat
from app.speech.cache import ClipCache
from app.speech.espeak import EspeakEngine
from app.speech.gtts_engine import GttsEngine
from app.speech.render import Renderer
from app.speech.selection import EngineSelector
from app.speech.workers import ClipWorkers


@dataclass(frozen=True)
class Services:
    settings: Settings
    renderer: Renderer
    selector: EngineSelector
    cache: ClipCache
    show: Show

    def script(self, source: bytes | str, input_format: InputFormat = "auto", source_url: str | None = None) -> Article:
        """An article with its speech text, ready to render."""
        from app.speechtext import load_lexicon, speech_article  # the service and `narrate` read in other processes

        article = parse_article(source, input_format, self.settings.max_input_bytes, source_url)
        return speech_article(article, lexicon=load_lexicon(self.settings.lexicon_path))


def audio_format(settings: Settings) -> AudioFormat:
    return AudioFormat(
        sample_rate_hz=settings.sample_rate_hz,
        bitrate_kbps=settings.bitrate_kbps,
        loudness_target_lufs=settings.loudness_target_lufs,
        true_peak_ceiling_dbtp=settings.true_peak_ceiling_dbtp,
    )


def piper_engine(settings: Settings):
    """Piper over Wyoming when a server is set, else on this machine (nothing is loaded until it speaks)."""
    if settings.wyoming_host:
        from app.speech.wyoming_engine import WyomingEngine

        return WyomingEngine(
            settings.wyoming_host,
            settings.wyoming_port,
            settings.piper_voice,
            timeout_s=settings.wyoming_timeout_s,
            max_parallel=settings.wyoming_concurrency,
        )
    from app.speech.piper_engine import PiperEngine

    return PiperEngine(settings.voices_dir, settings.piper_voice)


def build_services(
    settings: Settings, gtts: GttsEngine | None = None, espeak=None, piper=None, workers: ClipWorkers | None = None
) -> Services:
    gtts = gtts or GttsEngine(
        timeout_s=settings.gtts_timeout_s,
        retries=settings.gtts_retries,
        max_parallel=settings.gtts_concurrency,
        base_url=settings.gtts_base_url,
    )
    selector = EngineSelector(
        espeak or EspeakEngine(), gtts, settings.gtts_probe_ttl_s, piper=piper or piper_engine(settings)
    )
    if settings.distributed:
        from app.cluster import clip_cache  # shared between the workers of a cluster

        cache = clip_cache(settings)
    else:
        cache = ClipCache(
            settings.cache_dir, settings.cache_max_mb * 1_000_000, spill_folder=settings.data_dir / "spill"
        )
    renderer = Renderer(cache, audio_format(settings), selector, settings.voices, settings.chapter_chime, workers)
    return Services(settings, renderer, selector, cache, Show(settings.show_name, settings.show_author))
