"""What this copy of Trainer is made of: its version, and the licence of every library and font it ships, read
from what is installed (so a wheel, a kit or a one-folder app reports itself, not the checkout it came from).
Help ▸ About and `trainer --version` show it."""

import re
from importlib import metadata

from trainer import __version__
from trainer.paths import ASSETS

FONTS = ("DejaVu fonts", "Bitstream Vera licence; DejaVu changes in the public domain", ASSETS / "fonts" / "LICENSE")


def _licence(meta) -> str:
    expression = meta.get("License-Expression")
    if expression:
        return expression
    text = (meta.get("License") or "").strip()
    if text and len(text) <= 60 and "\n" not in text:
        return text
    classifiers = [c.rsplit(" :: ", 1)[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    return ", ".join(classifiers) or (text.splitlines()[0][:60] if text else "?")


def libraries() -> list[tuple[str, str, str]]:
    """(name, version, licence) of each library Trainer needs, as installed here."""
    try:
        requirements = metadata.requires("trainer") or []
    except metadata.PackageNotFoundError:  # a one-folder app may carry the code without the distribution's metadata
        requirements = []
    rows, seen = [], set()
    for requirement in requirements:
        if "extra ==" in requirement:
            continue
        name = re.split(r"[<>=!~;\s\[]", requirement, maxsplit=1)[0]
        if name.lower() in seen:
            continue
        seen.add(name.lower())
        try:
            meta = metadata.metadata(name)
        except metadata.PackageNotFoundError:
            continue
        rows.append((meta["Name"], meta["Version"], _licence(meta)))
    return sorted(rows, key=lambda row: row[0].lower())


def version_line() -> str:
    import platform

    try:
        qt = metadata.version("PySide6-Essentials")
    except metadata.PackageNotFoundError:
        qt = "?"
    return f"trainer {__version__} (Python {platform.python_version()}, PySide6 {qt})"
