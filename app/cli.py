"""`narrateur segment | narrate | serve`: a thin edge over the same services as the web app."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import NoReturn

from app import __version__, collector
from app.collector import off_while_loading
from app.errors import NarrateurError
from app.log_choices import LOG_FORMATS, LOG_LEVELS, errors_only_log


def _read_source(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise NarrateurError(f"No such file: {path}") from None
    except IsADirectoryError:
        raise NarrateurError(f"{path} is a folder, not an article file") from None
    except PermissionError:
        raise NarrateurError(f"{path} cannot be read: permission denied") from None


def _segment(args: argparse.Namespace) -> int:
    with off_while_loading():  # one article, bounded in size: off until the end
        return _segment_article(args)


def _segment_article(args: argparse.Namespace) -> int:
    from app.article import parse_article, script_json
    from app.article.sniff import HEAD_CHARS
    from app.config import load_settings
    from app.speechtext import speech_article

    settings = load_settings()
    source = _read_source(args.path)
    if args.format == "html" or args.format == "auto" and b"<" in source[:HEAD_CHARS]:
        errors_only_log()  # the HTML stack logs; plain text loads nothing that does
    article = parse_article(source, args.format, settings.max_input_bytes)
    article = speech_article(article, settings.lexicon_path)
    sys.stdout.write(json.dumps(script_json(article), ensure_ascii=False, indent=2) + "\n")
    return 0


def _narrate(args: argparse.Namespace) -> int:
    with off_while_loading():  # on again once narrate has loaded what it needs
        from app.narrate_cli import narrate_command

        return narrate_command(args)


def _voices(args: argparse.Namespace) -> int:
    from app.voices_cli import voices_command

    return voices_command(args)


def _sources(args: argparse.Namespace) -> int:
    from app.sources_cli import sources_command

    return sources_command(args)


def _serve(args: argparse.Namespace) -> int:
    from app.web.server import serve

    return serve(args.host, args.port, args.log_level, args.log_format)


def _worker(args: argparse.Namespace) -> int:
    from app.worker_cli import worker_command

    return worker_command(args)


EXIT_CODES = """exit status:
  0  every input was narrated
  1  some inputs failed (each says why on standard error); the others were written
  2  bad input: wrong arguments or settings, or no input could be read as an article"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="narrateur",
        description="French news articles in, narrated audio out.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"narrateur {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    segment = commands.add_parser("segment", help="print the narration script as JSON")
    segment.add_argument("path", help="article file (text or HTML), or - for standard input")
    segment.add_argument("--format", choices=("auto", "text", "html"), default="auto")
    segment.set_defaults(run=_segment)

    narrate = commands.add_parser(
        "narrate",
        help="write the podcast-style MP3 (and chapters, transcript) of one or more articles",
        description="Narrates articles (files, - for standard input, or http(s) URLs), several at once.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    narrate.add_argument("inputs", nargs="+", metavar="URL|PATH|-", help="article URL, file (text or HTML), or -")
    narrate.add_argument(
        "-o", "--output", help="MP3 file to write, or a folder (DIR/); default: the article's title, in this folder"
    )
    narrate.add_argument("--engine", default=None, help="auto, espeak, gtts or piper (default: NARRATEUR_ENGINE)")
    narrate.add_argument("--format", choices=("auto", "text", "html"), default="auto")
    narrate.add_argument("--chapters", metavar="PATH|auto", help="also write Podcasting 2.0 JSON chapters there")
    narrate.add_argument("--vtt", metavar="PATH|auto", help="also write the WebVTT transcript there")
    narrate.add_argument("--per-chapter", metavar="DIR", help="also write one MP3 per chapter in this folder")
    noise = narrate.add_mutually_exclusive_group()
    noise.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    noise.add_argument("-v", "--verbose", action="store_true", help="also print the log on standard error")
    narrate.set_defaults(run=_narrate)

    voices = commands.add_parser("voices", help="list the Piper voices, or download one by name")
    voice_actions = voices.add_subparsers(dest="action", required=True)
    voice_actions.add_parser("list", help="the voices installed in NARRATEUR_VOICES_DIR (and the Wyoming server's)")
    download = voice_actions.add_parser("download", help="fetch a Piper voice by name, e.g. fr_FR-siwis-medium")
    download.add_argument("name")
    voices.set_defaults(run=_voices)

    sources = commands.add_parser(
        "sources",
        help="follow publishers' RSS or Atom feeds: every new article narrated",
        description="Follows publishers' RSS or Atom feeds: each new item is narrated into the library (and podcast).",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    source_actions = sources.add_subparsers(dest="action", required=True)
    add = source_actions.add_parser("add", help="follow a feed (its current items are skipped, unless --backfill)")
    add.add_argument("url", metavar="FEED_URL")
    add.add_argument("--backfill", type=int, default=0, metavar="N", help="also narrate the feed's N newest items")
    add.add_argument("--interval", type=float, metavar="MINUTES", help="how often to poll it (default 30)")
    add.add_argument("--engine", default=None, help="auto, espeak, gtts or piper (default: NARRATEUR_ENGINE)")
    source_actions.add_parser("list", help="the sources followed, their items and their failures")
    remove = source_actions.add_parser("remove", help="stop following a source (its narrations stay)")
    remove.add_argument("id")
    run = source_actions.add_parser(
        "run", help="poll the sources that are due and narrate their new items (for cron); waits for them"
    )
    run.add_argument("--now", action="store_true", help="poll every source and try every waiting item now")
    run_noise = run.add_mutually_exclusive_group()
    run_noise.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    run_noise.add_argument("-v", "--verbose", action="store_true", help="also print the log on standard error")
    sources.set_defaults(run=_sources)

    serve = commands.add_parser("serve", help="run the web service")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--log-level", choices=LOG_LEVELS, help="default: NARRATEUR_LOG_LEVEL, or info")
    serve.add_argument(
        "--log-format", choices=LOG_FORMATS, help="json: one object per line (default: NARRATEUR_LOG_FORMAT, or text)"
    )
    serve.set_defaults(run=_serve)

    worker = commands.add_parser("worker", help="run a narration worker (distributed mode: NARRATEUR_DATABASE_URL)")
    worker.set_defaults(run=_worker)
    return parser


def _one_blas_thread() -> None:
    """numpy's OpenBLAS starts a thread per core when it loads and keeps them spinning: that doubled numpy's import
    (60 ms more) and took CPU from the speech workers. Narrateur's arrays are one-dimensional and its cores already
    busy with worker processes, so one thread is enough (a user's own setting wins). Only before numpy loads: a
    command run inside another process leaves that process's environment alone."""
    if "numpy" not in sys.modules:
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def main(argv: list[str] | None = None) -> int:
    _one_blas_thread()
    args = build_parser().parse_args(argv)
    if args.run not in (_segment, _narrate):
        errors_only_log()  # `segment` decides once it knows its input, `narrate` once it must narrate
    try:
        return args.run(args)
    except NarrateurError as error:
        print(f"narrateur: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("narrateur: interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 1


def run() -> NoReturn:
    """The console script and `python -m app`: the command as a whole process, which ends when the command does."""
    status = main()
    collector.leaving()
    sys.exit(status)
