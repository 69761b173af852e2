"""Library stage: the SQLite store, narration jobs, and the library that takes in articles."""

from app.library.jobs import NarrationJobs
from app.library.library import Library, Submission, article_id
from app.library.store import FINAL, UNFINISHED, ArticleRecord, Status, Store

__all__ = [
    "FINAL",
    "UNFINISHED",
    "ArticleRecord",
    "Library",
    "NarrationJobs",
    "Status",
    "Store",
    "Submission",
    "article_id",
]
