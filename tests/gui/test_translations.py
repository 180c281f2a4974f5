"""Every string the interface shows has its Spanish translation, with the same placeholders."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

GUI = Path(__file__).resolve().parents[2] / "trainer" / "gui"
SOURCE = GUI / "translations" / "trainer_es.ts"


def test_every_interface_string_is_translated_to_spanish(tmp_path):
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lupdate")
    if lupdate is None:  # PySide6 installs it beside the Python that runs the tests: a venv needs no activating
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "trainer_es.ts"
    shutil.copy(SOURCE, fresh)
    subprocess.run([lupdate, *map(str, sorted(GUI.rglob("*.py"))), "-ts", str(fresh), "-no-obsolete"],
                   check=True, capture_output=True)
    missing = [(m.findtext("source"), c.findtext("name")) for c in ET.parse(fresh).getroot().iter("context")
               for m in c.iter("message") if m.find("translation").get("type") == "unfinished"]
    assert missing == []


def test_translations_keep_their_placeholders():
    for message in ET.parse(SOURCE).getroot().iter("message"):
        source, translation = message.findtext("source"), message.findtext("translation") or ""
        assert sorted(re.findall(r"\{[^}]*\}", source)) == sorted(re.findall(r"\{[^}]*\}", translation)), source


def test_the_spanish_interface_loads(qapp):
    from PySide6.QtCore import QCoreApplication

    from trainer.gui.i18n import install_language

    install_language("es")
    try:
        assert QCoreApplication.translate("ProfilesScreen", "Who is learning?") == "¿Quién va a estudiar?"
    finally:
        install_language("en")
    assert QCoreApplication.translate("ProfilesScreen", "Who is learning?") == "Who is learning?"
