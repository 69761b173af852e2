"""gTTS with bounded concurrency against a local fake answering each request after 300 ms (issue 4 target: a
30-segment article renders at least 5× faster than one request at a time). Prints; asserts nothing."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.article import parse_article  # noqa: E402
from app.config import VoiceRoles  # noqa: E402
from app.speech.audio import AudioFormat  # noqa: E402
from app.speech.cache import ClipCache  # noqa: E402
from app.speech.espeak import EspeakEngine  # noqa: E402
from app.speech.gtts_engine import GttsEngine  # noqa: E402
from app.speech.render import Renderer  # noqa: E402
from app.speech.selection import EngineSelector  # noqa: E402
from app.speechtext import speech_article  # noqa: E402
from tests.speech.fake_google import FakeGoogle  # noqa: E402


def article_of(segments: int):
    lines = ["Un article de trente segments"] + [
        f"Le paragraphe numéro {index} raconte une autre étape de la négociation entre alliés."
        for index in range(1, segments)
    ]
    return speech_article(parse_article("\n".join(lines)))


def render_s(fake: FakeGoogle, concurrency: int, article) -> float:
    gtts = GttsEngine(base_url=fake.url, max_parallel=concurrency)
    with tempfile.TemporaryDirectory() as cache:
        renderer = Renderer(
            ClipCache(Path(cache), 10**9),
            AudioFormat(),
            EngineSelector(EspeakEngine(), gtts),
            VoiceRoles(),
            chime=False,
        )
        start = time.perf_counter()
        renderer.render(article, "gtts")
        return time.perf_counter() - start


def main() -> None:
    article = article_of(30)
    with FakeGoogle(delay_s=0.3) as fake:
        one = render_s(fake, 1, article)
        eight = render_s(fake, 8, article)
        print(f"30 segments, fake Google answering after 300 ms (max {fake.max_in_flight} requests in flight)")
    print(f"  one request at a time   {one:6.2f} s")
    print(f"  8 requests in flight    {eight:6.2f} s   {one / eight:.1f}× faster (target ≥ 5×)")


if __name__ == "__main__":
    main()
