"""Make the offline kit: a folder to copy to a USB stick that installs Trainer on Windows, macOS and Linux laptops
with no internet.

    python packaging/offline_kit.py OUT [--platforms linux-x64 windows-x64 macos-arm64 macos-x64]
                                        [--python 3.11 3.12 3.13] [--wheelhouse DIR]

OUT gets the app's wheel and every dependency's wheel for each platform and Python version (downloaded once,
here, from the package index), one install script per system (install.bat, install.command, install.sh) and a
README in Spanish and English. The scripts make a virtual environment in the user's folder, install from the
kit with `pip --no-index`, and put a shortcut in the start menu or on the desktop. Running a newer kit's script
over an older install upgrades the app; the data folder is never touched (the schema is upgraded, after a
backup, at the next start).

`--wheelhouse DIR` makes the kit from wheels already in DIR, with no network at all (the test of the installed
app does this; .ci/run fills DIR first).
"""

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
PLATFORMS = {  # kit folder: pip's platform tags (pip also accepts older compatible tags of each)
    "linux-x64": ["manylinux_2_28_x86_64", "manylinux2014_x86_64"],
    "windows-x64": ["win_amd64"],
    "macos-arm64": ["macosx_13_0_arm64", "macosx_13_0_universal2"],
    "macos-x64": ["macosx_13_0_x86_64", "macosx_13_0_universal2"],
}
PYTHONS = ["3.11", "3.12", "3.13"]


def run(command: list[str]) -> None:
    print("$", " ".join(command), flush=True)
    subprocess.run(command, check=True)


def build_wheel(out: Path, wheelhouse: Path | None) -> Path:
    """The app's own wheel (courses, fonts, logo and compiled translations inside; see setup.py). From a
    wheelhouse: built with this Python's setuptools and PySide6 instead of downloading them."""
    offline = ["--no-build-isolation"] if wheelhouse else []
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", *offline, "--wheel-dir", str(out), str(REPO)])
    return next(out.glob("trainer-*.whl"))


def download(wheel: Path, folder: Path, tags: list[str], python: str, wheelhouse: Path | None) -> None:
    """Every dependency of `wheel` for one platform and Python version, as wheels only (nothing to compile)."""
    command = [sys.executable, "-m", "pip", "download", "--only-binary=:all:", "--dest", str(folder),
               "--python-version", python, "--implementation", "cp"]
    if wheelhouse:
        command += ["--no-index", "--find-links", str(wheelhouse)]
    for tag in tags:
        command += ["--platform", tag]
    run(command + [str(wheel)])


def make_kit(out: Path, platforms: list[str], pythons: list[str], wheelhouse: Path | None = None) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    wheels = out / "wheels"
    wheels.mkdir(exist_ok=True)
    for old in wheels.glob("trainer-*.whl"):
        old.unlink()
    wheel = build_wheel(wheels, wheelhouse)
    for platform in platforms:
        folder = wheels / platform
        folder.mkdir(exist_ok=True)
        for python in pythons:
            download(wheel, folder, PLATFORMS[platform], python, wheelhouse)
    for name in ("install.sh", "install.command", "install.bat", "README.txt"):
        shutil.copy2(HERE / "kit" / name, out / name)
    for name in ("install.sh", "install.command"):
        (out / name).chmod(0o755)
    shutil.copy2(REPO / "assets" / "trainer.ico", out / "trainer.ico")
    shutil.copy2(REPO / "assets" / "logo.png", out / "trainer.png")
    shutil.copy2(HERE / "linux" / "trainer.desktop", out / "trainer.desktop")
    sizes = {platform: sum(f.stat().st_size for f in (wheels / platform).glob("*.whl")) for platform in platforms}
    print(f"kit in {out}: app wheel {wheel.stat().st_size / 2**20:.1f} MiB; "
          + "; ".join(f"{platform} {size / 2**20:.0f} MiB" for platform, size in sizes.items()))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--platforms", nargs="+", choices=sorted(PLATFORMS), default=list(PLATFORMS))
    parser.add_argument("--python", nargs="+", default=PYTHONS, dest="pythons")
    parser.add_argument("--wheelhouse", type=Path, help="make the kit from the wheels in this folder, offline")
    args = parser.parse_args()
    make_kit(args.out.resolve(), args.platforms, args.pythons, args.wheelhouse and args.wheelhouse.resolve())


if __name__ == "__main__":
    main()
