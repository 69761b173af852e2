"""The French month names in calendar order: the one list every reader and writer of dates uses."""

from __future__ import annotations

MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
MONTH_PATTERN = "|".join(MONTHS)
"""A regular-expression alternative of the month names."""
UNACCENTED = ("fevrier", "aout", "decembre")
"""The names pages also write without their accent."""
