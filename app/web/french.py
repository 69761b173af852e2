"""French wording for the pages: durations, sizes, dates, statuses and typography as a French reader expects them."""

from __future__ import annotations

from datetime import date, datetime

from app.article.months import MONTHS
from app.library import Status
from app.regexes import compiled

STATUSES: dict[str, str] = {  # keyed by Status, read with plain strings too (a StrEnum is one)
    Status.QUEUED: "En attente",
    Status.RENDERING: "En préparation",
    Status.READY: "Prêt",
    Status.FAILED: "Échec",
}
ENGINES = {"espeak": "voix hors ligne (espeak-ng)", "gtts": "voix de Google", "piper": "voix Piper"}
NBSP = "\u00a0"
NARROW_NBSP = "\u202f"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' if count > 1 else ''}"


def duration_words(ms: int | None) -> str:
    """139389 → "2 minutes et 19 secondes"."""
    if not ms:
        return "durée inconnue"
    total = round(ms / 1000)
    hours, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    parts = [_plural(n, w) for n, w in ((hours, "heure"), (minutes, "minute"), (seconds, "seconde")) if n]
    if not parts:
        return "moins d'une seconde"
    return ", ".join(parts[:-1]) + (" et " if len(parts) > 1 else "") + parts[-1]


def duration_short(ms: int | None) -> str:
    """139389 → "2 min", 4_000_000 → "1 h 07", 20_000 → "20 s": what a list shows at a glance."""
    if not ms:
        return ""
    total = round(ms / 1000)
    if total < 60:
        return f"{total}{NBSP}s"
    minutes = round(total / 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}{NBSP}h{NBSP}{minutes:02d}" if hours else f"{minutes}{NBSP}min"


def duration_clock(ms: int | None) -> str:
    """139389 → "2:19"."""
    if ms is None:
        return "–"
    total = round(ms / 1000)
    hours, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


def size_words(size: int | None) -> str:
    """1115000 → "1,1 mégaoctet"."""
    if not size:
        return "taille inconnue"
    if size < 1_000_000:
        kilo = max(1, round(size / 1000))
        return f"{kilo} kilooctet{'s' if kilo > 1 else ''}"
    mega = size / 1_000_000
    written = f"{mega:.1f}".replace(".", ",")
    return f"{written} mégaoctet{'s' if mega >= 2 else ''}"


def date_words(moment: date | datetime | None) -> str:
    """2024-03-01 → "1er mars 2024"."""
    if moment is None:
        return ""
    day = "1er" if moment.day == 1 else str(moment.day)
    return f"{day} {MONTHS[moment.month - 1]} {moment.year}"


def parse_published(value: str | None) -> datetime | None:
    """The script's `published` (ISO date or date-time) as a datetime, None when absent or unreadable."""
    if not value or not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def status_words(status: str, percent: int | None = None) -> str:
    words = STATUSES.get(status, status)
    if status == Status.RENDERING and percent is not None:
        words += f" ({percent}{NBSP}%)"
    return words


def engine_words(engine: str | None) -> str:
    return ENGINES.get(engine or "", engine or "")


# French typography: a non-breaking space inside guillemets and before the colon; a narrow one before ; ! ?
_GUILLEMET_OPEN = compiled(r"«[ \t\u00a0\u202f]*")
_GUILLEMET_CLOSE = compiled(r"[ \t\u00a0\u202f]*»")
_BEFORE_COLON = compiled(r"[ \t](?=:(?:\s|$))")
_BEFORE_HIGH = compiled(r"[ \t](?=[;!?](?:\s|$|»))")


def typography(text: str | None) -> str:
    """ "« Oui » : non ?" keeps « with its word, : and ? with theirs, whatever the screen width."""
    if not text:
        return ""
    text = _GUILLEMET_OPEN.sub("«" + NBSP, text)
    text = _GUILLEMET_CLOSE.sub(NBSP + "»", text)
    text = _BEFORE_COLON.sub(NBSP, text)
    return _BEFORE_HIGH.sub(NARROW_NBSP, text)


def quoted(text: str) -> str:
    """A quote between guillemets, unless the article's words already carry them."""
    stripped = text.strip()
    if stripped.startswith("«") and stripped.endswith("»"):
        return typography(stripped)
    inner = stripped.strip('“”"')
    return typography(f"« {inner} »")
