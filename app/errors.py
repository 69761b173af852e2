"""One error hierarchy for the whole project; the web and CLI edges map it to 4xx/5xx and exit codes."""

from __future__ import annotations


class NarrateurError(Exception):
    """Base of every error Narrateur raises on purpose.

    The message is one sentence a user can act on; `probable_cause` says why it likely happened.
    """

    def __init__(self, message: str, probable_cause: str | None = None) -> None:
        self.message = message.rstrip(".") + "."
        self.probable_cause = probable_cause
        super().__init__(self.message)

    def __str__(self) -> str:
        if self.probable_cause:
            return f"{self.message[:-1]}: {self.probable_cause.rstrip('.')}."
        return self.message

    def __reduce__(self):
        # Errors cross process boundaries (a page is read in a worker process): keep the sentence, the cause and
        # any extra field, whatever the subclass's constructor looks like.
        return _restore, (type(self), self.args, self.__dict__.copy())


def _restore(kind: type[NarrateurError], args: tuple, state: dict) -> NarrateurError:
    error = kind.__new__(kind)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class InputError(NarrateurError, ValueError):
    """The caller's input cannot be narrated (a 4xx, a non-zero exit)."""


class EmptyInputError(InputError):
    """Nothing but whitespace came in."""


class BinaryInputError(InputError):
    """The input is binary data, not text or HTML."""


class InputEncodingError(InputError):
    """The bytes are in no encoding we can read."""


class InputTooLargeError(InputError):
    """The input is over the configured size limit."""


class NoArticleError(InputError):
    """The page holds no article text once the chrome is removed."""


class UnknownEngineError(InputError):
    """An engine name that is not auto, espeak, gtts or piper."""


class FetchError(InputError):
    """A URL could not be fetched, or was refused for safety."""


class NotFoundError(NarrateurError, LookupError):
    """No article with that id."""


class RateLimitedError(NarrateurError):
    """A client asked for too many narrations; `retry_after_s` says when to come back."""

    def __init__(self, message: str, retry_after_s: int) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


class NotAuthorizedError(NarrateurError, PermissionError):
    """An editing action (delete, retry) without the admin token NARRATEUR_ADMIN_TOKEN asks for."""


class ForbiddenFormError(NarrateurError, PermissionError):
    """A form that did not come from Narrateur's own pages (other origin, missing or stale CSRF token)."""


class ConflictError(NarrateurError):
    """The action does not fit the article's state, such as retrying a narration that did not fail."""


class QueueFullError(NarrateurError):
    """Too many narrations are waiting already."""


class ConfigError(NarrateurError, ValueError):
    """A setting or a user-edited file (the lexicon) is invalid."""


class SynthesisError(NarrateurError, RuntimeError):
    """A speech engine failed to speak a segment."""


class EngineUnavailableError(SynthesisError):
    """The engine cannot be reached or is not installed."""


class AudioError(NarrateurError, RuntimeError):
    """Decoding, measuring or encoding audio failed, or a clip is implausible for its text."""


class OutputError(NarrateurError, OSError):
    """An output file cannot be written."""


class TimeLimitError(NarrateurError, TimeoutError):
    """Work went past its time budget and was stopped."""


class ParseTimeoutError(TimeLimitError, InputError):
    """Reading the page took longer than its budget: the input is too large or too complex."""


class NarrationTimeoutError(TimeLimitError):
    """A narration took longer than its budget and was stopped."""


class WorkCancelledError(NarrateurError):
    """Work stopped because nobody waits for it any more: the client left, the article was deleted, or the
    service is stopping."""


class DataFolderInUseError(ConfigError):
    """Another Narrateur process serves the same data folder."""


class DiskFullError(OutputError):
    """The disk holding Narrateur's files is full, even after the clip cache made room."""


class StorageError(NarrateurError, RuntimeError):
    """The library's database cannot be read or written."""


class DamagedArticleError(NotFoundError):
    """One article's row in the library cannot be read; the others can."""


class BusyError(NarrateurError):
    """Too many articles are being read at once; a few seconds later there is room."""
