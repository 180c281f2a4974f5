"""Build steps pyproject.toml cannot express (everything else about the package is in pyproject.toml).

A wheel (and the one-folder app built from it) must be the same app as the checkout: it carries the top-level
`courses/` and `assets/` inside the package as `trainer/bundled/`, and the Spanish interface compiled from its
`.ts` source to `.qm` here, at build time, so an installed app never compiles anything or writes beside its
code. An editable install reads the checkout instead (trainer.paths.bundled).
"""

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
BUNDLED = ("courses", "assets")
LRELEASE = "import sys; from PySide6.scripts.pyside_tool import lrelease; sys.argv[0] = 'lrelease'; sys.exit(lrelease())"


class BuildWithBundledData(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        package = Path(self.build_lib) / "trainer"
        for name in BUNDLED:
            shutil.copytree(HERE / name, package / "bundled" / name, dirs_exist_ok=True,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc", ".*"))
        for source in sorted((HERE / "trainer" / "gui" / "translations").glob("*.ts")):
            target = package / "gui" / "translations" / source.with_suffix(".qm").name
            subprocess.run([sys.executable, "-c", LRELEASE, "-silent", str(source), "-qm", str(target)], check=True)
            if not target.is_file() or target.stat().st_size == 0:
                raise SystemExit(f"lrelease made no {target.name} from {source}")


setup(cmdclass={"build_py": BuildWithBundledData})
