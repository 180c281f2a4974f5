"""The core must stay usable without a display: only trainer/gui may import Qt."""

import re
from pathlib import Path

TRAINER = Path(__file__).resolve().parents[1] / "trainer"
QT_IMPORT = re.compile(r"^\s*(from|import)\s+PySide6", re.MULTILINE)


def test_nothing_outside_gui_imports_qt():
    leaks = [str(path.relative_to(TRAINER)) for path in TRAINER.rglob("*.py")
             if "gui" not in path.relative_to(TRAINER).parts and QT_IMPORT.search(path.read_text(encoding="utf-8"))]
    assert leaks == []


def test_the_core_never_opens_network_connections():
    network = re.compile(r"urllib\.request|requests\.|httpx|http\.client|QNetworkAccessManager|socket\.create_connection")
    offenders = [str(p) for p in TRAINER.rglob("*.py") if network.search(p.read_text(encoding="utf-8"))]
    assert offenders == []
