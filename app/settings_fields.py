"""Checked dataclasses for settings: each field says its bounds, values are coerced from the environment's strings.

Written by hand rather than taken from pydantic-settings because every command reads the settings first, and
importing a validation framework cost a short command more than all its work (see bench/bench_process.py). The
rules are the few a setting needs: numbers with bounds, choices, patterns, JSON for lists and nested voices.
"""

from __future__ import annotations

import dataclasses
import json
import os
import types
import typing
from pathlib import Path
from typing import Any, Literal, get_args, get_origin

from app.regexes import compiled

TRUE_WORDS = frozenset({"1", "true", "yes", "on"})
FALSE_WORDS = frozenset({"0", "false", "no", "off"})


class SettingError(ValueError):
    """One value that does not fit; `path` names where it sits (field, then nested fields)."""

    def __init__(self, path: list[str], problem: str) -> None:
        super().__init__(problem)
        self.path = path
        self.problem = problem


class Secret:
    """A string kept out of reprs and logs (an admin token)."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def get_secret_value(self) -> str:
        return self._value

    def __len__(self) -> int:
        return len(self._value)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __repr__(self) -> str:
        return "Secret('**********')"


def setting(
    default: Any = dataclasses.MISSING,
    *,
    factory: Any = dataclasses.MISSING,
    ge: float | None = None,
    gt: float | None = None,
    le: float | None = None,
    pattern: str | None = None,
    shape: str | None = None,
    min_length: int | None = None,
    one_of: tuple[Any, ...] | None = None,
    exclude: bool = False,
) -> Any:
    """A field with its rules; `shape` says in words what `pattern` wants; `exclude` keeps it out of as_dict()."""
    rules = {
        "ge": ge,
        "gt": gt,
        "le": le,
        "pattern": compiled(pattern) if pattern else None,
        "shape": shape,
        "min_length": min_length,
        "one_of": one_of,
        "exclude": exclude,
    }
    return dataclasses.field(default=default, default_factory=factory, metadata=rules)


class Checked:
    """Base of checked dataclasses: values are coerced to the annotated types and checked on construction."""

    def __post_init__(self) -> None:
        for field, hint in _fields(type(self)):
            value = coerce(getattr(self, field.name), hint, [field.name])
            check(value, field.metadata, [field.name])
            object.__setattr__(self, field.name, value)

    def as_dict(self) -> dict[str, Any]:
        """Plain values (nested ones too), without the excluded fields: what a cache key is made of."""
        return {f.name: _plain(getattr(self, f.name)) for f, _ in _fields(type(self)) if not f.metadata.get("exclude")}

    @classmethod
    def from_mapping(cls, values: Any, path: list[str]) -> Checked:
        if isinstance(values, cls):
            return values
        if not isinstance(values, dict):
            raise SettingError(path, "must be a JSON object")
        known = {f.name for f, _ in _fields(cls)}
        for key in values:
            if key not in known:
                raise SettingError([*path, str(key)], f"is not a setting (known: {', '.join(sorted(known))})")
        try:
            return cls(**values)
        except SettingError as error:
            raise SettingError([*path, *error.path], error.problem) from None


_FIELDS: dict[type, list[tuple[dataclasses.Field, Any]]] = {}


def _fields(cls: type) -> list[tuple[dataclasses.Field, Any]]:
    if cls not in _FIELDS:
        hints = typing.get_type_hints(cls)
        _FIELDS[cls] = [(f, hints[f.name]) for f in dataclasses.fields(cls)]
    return _FIELDS[cls]


def _plain(value: Any) -> Any:
    if isinstance(value, Checked):
        return value.as_dict()
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    if isinstance(value, Path):
        return str(value)
    return value


def coerce(value: Any, hint: Any, path: list[str]) -> Any:
    """The value as the hint's type; strings (from the environment) are parsed."""
    origin, args = get_origin(hint), get_args(hint)
    if origin in (typing.Union, types.UnionType):
        if value is None or value == "":  # an empty variable means unset
            if type(None) in args:
                return None
        inner = [a for a in args if a is not type(None)]
        return coerce(value, inner[0], path)
    if origin is Literal:
        choices = args
        if isinstance(value, str) and all(isinstance(c, int) for c in choices):
            value = _integer(value, path)
        if value not in choices:
            raise SettingError(path, f"must be one of {', '.join(map(str, choices))}")
        return value
    if origin in (list, tuple):
        if isinstance(value, str):
            value = _json(value, path)
        if not isinstance(value, (list, tuple)):
            raise SettingError(path, "must be a JSON list")
        item = args[0]
        items = [coerce(v, item, [*path, str(i)]) for i, v in enumerate(value)]
        return tuple(items) if origin is tuple else items
    if isinstance(hint, type) and issubclass(hint, Checked):
        if isinstance(value, str):
            value = _json(value, path)
        return hint.from_mapping(value, path)
    if hint is bool:
        return _boolean(value, path)
    if hint is int:
        return _integer(value, path)
    if hint is float:
        return _number(value, path)
    if hint is Path:
        if not isinstance(value, (str, os.PathLike)):
            raise SettingError(path, "must be a path")
        return Path(value)
    if hint is Secret:
        return value if isinstance(value, Secret) else Secret(_text(value, path))
    if hint is str:
        return _text(value, path)
    raise TypeError(f"no rule for settings of type {hint!r}")


def check(value: Any, rules: Any, path: list[str]) -> None:
    if value is None:
        return
    if rules.get("ge") is not None and value < rules["ge"]:
        raise SettingError(path, f"must be at least {rules['ge']}")
    if rules.get("gt") is not None and value <= rules["gt"]:
        raise SettingError(path, f"must be more than {rules['gt']}")
    if rules.get("le") is not None and value > rules["le"]:
        raise SettingError(path, f"must be at most {rules['le']}")
    if rules.get("one_of") is not None and value not in rules["one_of"]:
        raise SettingError(path, f"must be one of {', '.join(map(str, rules['one_of']))}")
    if rules.get("min_length") is not None and len(value) < rules["min_length"]:
        raise SettingError(path, f"must be at least {rules['min_length']} characters long")
    text = value.get_secret_value() if isinstance(value, Secret) else str(value)
    if rules.get("pattern") is not None and not rules["pattern"].fullmatch(text):
        raise SettingError(path, f"must be {rules['shape'] or 'of the form ' + rules['pattern'].pattern}")


def _json(text: str, path: list[str]) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        raise SettingError(path, "not JSON") from None


def _boolean(value: Any, path: list[str]) -> bool:
    if isinstance(value, bool):
        return value
    word = str(value).strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise SettingError(path, "must be true or false")


def _integer(value: Any, path: list[str]) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            return int(value.strip().replace("_", ""))
        except ValueError:
            pass
    raise SettingError(path, "must be a whole number")


def _number(value: Any, path: list[str]) -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.strip())
        except ValueError:
            pass
    raise SettingError(path, "must be a number")


def _text(value: Any, path: list[str]) -> str:
    if not isinstance(value, str):
        raise SettingError(path, "must be text")
    return value


def environment_values(cls: type, prefix: str, env_file: Path) -> dict[str, str]:
    """The fields of `cls` set in the environment or, below it, in `env_file` (names in any case)."""
    names = {f"{prefix}{f.name}".upper(): f.name for f in dataclasses.fields(cls)}
    values: dict[str, str] = {}
    if env_file.is_file():
        from dotenv import dotenv_values  # only when there is a file to read

        for key, value in dotenv_values(env_file).items():
            if key.upper() in names and value is not None:
                values[names[key.upper()]] = value
    for key, value in os.environ.items():
        if key.upper() in names:
            values[names[key.upper()]] = value
    return values
