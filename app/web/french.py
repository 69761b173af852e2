"""French wording for the pages: durations, sizes, dates and statuses as a French reader expects them."""

from __future__ import annotations

from datetime import datetime

MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre")
STATUSES = {"queued": "En attente", "rendering": "En préparation", "ready": "Prêt", "failed": "Échec"}


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


def date_words(moment: datetime | None) -> str:
    if moment is None:
        return ""
    day = "1er" if moment.day == 1 else str(moment.day)
    return f"{day} {MONTHS[moment.month - 1]} {moment.year}"


def status_words(status: str, percent: int | None = None) -> str:
    words = STATUSES.get(status, status)
    if status == "rendering" and percent is not None:
        words += f" ({percent} %)"
    return words
