"""The app as a laptop gets it: the offline kit made with no network, installed by its install.sh into a new
virtual environment with pip --no-index, then run from another folder in Spanish (issue 13)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

WHEELHOUSE = os.environ.get("TRAINER_WHEELHOUSE")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not WHEELHOUSE, reason="needs TRAINER_WHEELHOUSE, a folder with the dependencies' wheels "
                                              "(.ci/run makes one), so that the test never reaches the network"),
    pytest.mark.skipif(sys.platform != "linux", reason="runs the kit's Linux installer"),
]

GUI_IN_SPANISH = """
import time
from PySide6.QtWidgets import QApplication
app = QApplication([])
from trainer.gui.i18n import install_language
from trainer.gui.main_window import MainWindow
install_language("es")
window = MainWindow("es")
window.show()
window.load()
while not window.ready:
    app.processEvents()
    time.sleep(0.01)
print("|".join(action.text() for action in window.menuBar().actions()))
window.context.database.dispose()
"""

WHERE_THINGS_ARE = """
from trainer.certificates.organization import DEFAULT_LOGO
from trainer.certificates.pdf import FONTS_DIR
from trainer.paths import course_roots, exports_dir
print(exports_dir(), DEFAULT_LOGO.is_file(), (FONTS_DIR / "DejaVuSerif.ttf").is_file(), course_roots()[0])
"""


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(path.relative_to(folder)): (path.stat().st_size, path.stat().st_mtime_ns)
            for path in folder.rglob("*") if path.is_file()}


def test_the_kit_installs_the_whole_app_offline_and_it_runs_from_anywhere_in_spanish(tmp_path):
    kit, home, app, elsewhere = (tmp_path / name for name in ("kit", "home", "app", "elsewhere"))
    for folder in (home, elsewhere):
        folder.mkdir()
    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    subprocess.run([sys.executable, str(REPO / "packaging" / "offline_kit.py"), str(kit), "--platforms", "linux-x64",
                    "--python", python, "--wheelhouse", WHEELHOUSE], check=True, capture_output=True)
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen",
           "TRAINER_APP_DIR": str(app), "TRAINER_PYTHON": sys.executable, "PIP_NO_INDEX": "1"}
    installed = subprocess.run(["sh", str(kit / "install.sh")], cwd=elsewhere, env=env, capture_output=True,
                               text=True)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    assert (home / ".local" / "share" / "applications" / "trainer.desktop").read_text().count(str(app)) == 2
    bin_folder = app / "venv" / "bin"
    (package,) = (app / "venv" / "lib").glob("python3*/site-packages/trainer")
    before = snapshot(package)

    def run(*command: str) -> str:
        done = subprocess.run(command, cwd=elsewhere, env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stdout + done.stderr
        return done.stdout

    assert run(str(bin_folder / "trainer"), "--version").startswith("trainer ")
    courses = run(str(bin_folder / "trainer"), "--lang", "es", "courses", "list")
    assert "ecommerce-export" in courses and "disponible" in courses
    menus = run(str(bin_folder / "python"), "-c", GUI_IN_SPANISH).strip().splitlines()[-1]
    assert menus.split("|")[:2] == ["&Archivo", "&Ir"]
    exports, logo, fonts, courses_root = run(str(bin_folder / "python"), "-c", WHERE_THINGS_ARE).split()
    assert Path(exports) == home / "Documents" / "Trainer"
    assert logo == fonts == "True" and Path(courses_root) == package / "bundled" / "courses"
    assert snapshot(package) == before  # nothing compiled or written beside the code
