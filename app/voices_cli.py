"""`narrateur voices list | download NAME`: the Piper voices this machine (or its Wyoming server) can speak with."""

from __future__ import annotations

import argparse

from app.config import Settings, load_settings
from app.errors import NarrateurError


def voices_command(args: argparse.Namespace) -> int:
    settings = load_settings()
    if args.action == "download":
        return _download(settings, args.name)
    return _list(settings)


def _download(settings: Settings, name: str) -> int:
    from app.speech.voice_download import download_voice

    voice = download_voice(name, settings.voices_dir, settings.voices_base_url)
    print(f"Downloaded {voice.name} into {settings.voices_dir} ({_describe(voice)})")
    return 0


def _list(settings: Settings) -> int:
    from app.speech.piper_engine import INSTALL_HINT, piper_installed
    from app.speech.voice_files import installed_voices

    voices = installed_voices(settings.voices_dir)
    if voices:
        print(f"Piper voices in {settings.voices_dir}:")
        for voice in voices:
            chosen = " (speaks)" if voice.name == _default_voice(settings, voices) else ""
            print(f"  {voice.name}{chosen}: {_describe(voice)}")
    else:
        print(f"No Piper voice in {settings.voices_dir}: `narrateur voices download fr_FR-siwis-medium` fetches one.")
    if settings.wyoming_host:
        _list_server(settings, settings.wyoming_host)
    elif voices and not piper_installed():
        print(f"Piper is not installed, so these voices cannot speak yet: {INSTALL_HINT}.")
    return 0


def _list_server(settings: Settings, host: str) -> None:
    from app.speech.wyoming_engine import WyomingEngine

    engine = WyomingEngine(host, settings.wyoming_port, timeout_s=settings.wyoming_timeout_s)
    try:
        voices = engine.server_voices()
    except NarrateurError as error:
        print(error)
        return
    print(f"Voices of the Wyoming server at {engine.address} (used instead of the folder):")
    for voice in voices:
        count = max(1, len(voice.speaker_names))
        languages = ", ".join(voice.languages) or "language not given"
        print(f"  {voice.name}: {languages}, {count} speaker{'s' if count > 1 else ''}")


def _default_voice(settings: Settings, voices) -> str | None:
    if settings.piper_voice:
        return settings.piper_voice
    return next((voice.name for voice in voices if voice.speaks("fr")), None)


def _describe(voice) -> str:
    speakers = f"{voice.speaker_count} speaker{'s' if voice.speaker_count > 1 else ''}"
    return (
        f"{voice.language}, {voice.quality or 'quality not given'}, {speakers}, {voice.size_bytes / 1_000_000:.0f} MB"
    )
