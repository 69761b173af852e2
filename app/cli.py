"""`narrateur segment | narrate | serve`: a thin edge over the same services as the web app."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app.errors import NarrateurError


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
    from app.article import parse_article, script_json
    from app.config import load_settings
    from app.speechtext import speech_article

    settings = load_settings()
    article = parse_article(_read_source(args.path), args.format, settings.max_input_bytes)
    article = speech_article(article, settings.lexicon_path)
    sys.stdout.write(json.dumps(script_json(article), ensure_ascii=False, indent=2) + "\n")
    return 0


def _narrate(args: argparse.Namespace) -> int:
    from app.narrate_cli import narrate_command

    return narrate_command(args, _read_source(args.path))


def _voices(args: argparse.Namespace) -> int:
    from app.voices_cli import voices_command

    return voices_command(args)


def _serve(args: argparse.Namespace) -> int:
    from app.web.server import serve

    return serve(args.host, args.port)


def _worker(args: argparse.Namespace) -> int:
    from app.worker_cli import worker_command

    return worker_command(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="narrateur", description="French news articles in, narrated audio out.")
    commands = parser.add_subparsers(dest="command", required=True)

    segment = commands.add_parser("segment", help="print the narration script as JSON")
    segment.add_argument("path", help="article file (text or HTML), or - for standard input")
    segment.add_argument("--format", choices=("auto", "text", "html"), default="auto")
    segment.set_defaults(run=_segment)

    narrate = commands.add_parser("narrate", help="write the podcast-style MP3 (and chapters, transcript)")
    narrate.add_argument("path", help="article file (text or HTML), or - for standard input")
    narrate.add_argument("-o", "--output", required=True, help="MP3 file to write")
    narrate.add_argument("--engine", default=None, help="auto, espeak, gtts or piper (default: NARRATEUR_ENGINE)")
    narrate.add_argument("--format", choices=("auto", "text", "html"), default="auto")
    narrate.add_argument("--chapters", help="also write Podcasting 2.0 JSON chapters here")
    narrate.add_argument("--vtt", help="also write the WebVTT transcript here")
    narrate.set_defaults(run=_narrate)

    voices = commands.add_parser("voices", help="list the Piper voices, or download one by name")
    voice_actions = voices.add_subparsers(dest="action", required=True)
    voice_actions.add_parser("list", help="the voices installed in NARRATEUR_VOICES_DIR (and the Wyoming server's)")
    download = voice_actions.add_parser("download", help="fetch a Piper voice by name, e.g. fr_FR-siwis-medium")
    download.add_argument("name")
    voices.set_defaults(run=_voices)

    serve = commands.add_parser("serve", help="run the web service")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.set_defaults(run=_serve)

    worker = commands.add_parser("worker", help="run a narration worker (distributed mode: NARRATEUR_DATABASE_URL)")
    worker.set_defaults(run=_worker)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
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
