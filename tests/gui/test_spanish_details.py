"""In Spanish, nothing of Qt's own or of a file's name stays in English (issue 12, item 12)."""

import shutil
import subprocess
import sys

from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel

from tests.conftest import REPO

WAIT = 10000


def dialog_texts(qtbot) -> list[str]:
    """The labels of the file chooser Trainer opens (Qt's own, not the system's, as every chooser here is)."""
    chooser = QFileDialog(None, "x", str(REPO), "PDF (*.pdf)")
    chooser.setOption(QFileDialog.DontUseNativeDialog, True)
    qtbot.addWidget(chooser)
    return [label.text().replace("&", "") for label in chooser.findChildren(QLabel)]


def test_the_file_chooser_speaks_spanish_in_spanish_mode(qapp, qtbot):
    from trainer.gui.i18n import install_language

    install_language("es")
    try:
        texts = dialog_texts(qtbot)
        assert "Ver en:" in texts and "Ficheros de tipo:" in texts and "Nombre de fichero:" in texts
        assert not any(text in ("Look in:", "Files of type:", "File name:") for text in texts)
    finally:
        install_language("en")
    assert "Look in:" in dialog_texts(qtbot)  # and back in English


def test_qt_translations_come_from_the_installed_pyside6(tmp_path):
    """From an installed copy (a wheel, not this checkout): Qt's own Spanish is found where PySide6 keeps it."""
    script = (
        "import sys; sys.path.remove(sys.argv[1]) if sys.argv[1] in sys.path else None\n"
        "from PySide6.QtWidgets import QApplication, QFileDialog, QLabel\n"
        "app = QApplication([])\n"
        "import trainer.gui.i18n as i18n\n"
        "assert not i18n.__file__.startswith(sys.argv[1]), i18n.__file__\n"
        "i18n.install_language('es')\n"
        "d = QFileDialog(); d.setOption(QFileDialog.DontUseNativeDialog, True)\n"
        "print('|'.join(l.text() for l in d.findChildren(QLabel)))\n"
    )
    installed = tmp_path / "site"  # the package as an install lays it out, away from the checkout
    shutil.copytree(REPO / "trainer", installed / "trainer", ignore=shutil.ignore_patterns("__pycache__"))
    run = subprocess.run([sys.executable, "-c", script, str(REPO)], capture_output=True, text=True, cwd=tmp_path,
                         env={"PYTHONPATH": str(installed), "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
                              "TRAINER_HOME": str(tmp_path / "home")})
    assert run.returncode == 0, run.stderr
    assert "Ver en:" in run.stdout and "Ficheros de tipo:" in run.stdout


def test_a_learner_in_spanish_saves_a_file_named_in_spanish(learner, qtbot, tmp_path, monkeypatch):
    from trainer.bundles.archive import read_archive
    from trainer.gui.usb import save_my_progress

    stick = tmp_path / "USB"
    stick.mkdir()
    monkeypatch.setattr("trainer.gui.usb.choose_folder", lambda parent, title: stick)
    learner.set_language("es")
    saving = save_my_progress(learner, learner.context)
    qtbot.waitUntil(lambda: saving.message is not None, timeout=WAIT)
    [written] = stick.iterdir()
    assert written.name.startswith("progreso-ana-nunez-") and read_archive(written).kind == "participant"
    assert saving.message.text().startswith("✓ ")


def test_the_fallback_for_qt_labels_leaves_trainers_own_texts_alone(qapp):
    """The fallback for Qt's labels answers only Qt's own texts: Trainer's strings keep their translations."""
    from PySide6.QtCore import QCoreApplication

    from trainer.gui.i18n import install_language

    install_language("es")
    try:
        assert QCoreApplication.translate("QFileDialog", "Files of &type:") == "Ficheros de tipo:"
        assert QCoreApplication.translate("MainWindow", "&File") == "&Archivo"
        assert QComboBox().tr("no such text &here") == "no such text &here"
    finally:
        install_language("en")
