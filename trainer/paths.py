"""Where Trainer keeps things: one place for every path and the database URL."""

import os
from pathlib import Path

APP_NAME = "Trainer"
PACKAGE_ROOT = Path(__file__).resolve().parent
SOURCE_ROOT = PACKAGE_ROOT.parent


def bundled(name: str) -> Path:
    """A folder shipped with the app (`courses`, `assets`). An installed wheel or a one-folder app carries it
    inside the package (`trainer/bundled/`, put there by the build); a source checkout has it at the top."""
    packaged = PACKAGE_ROOT / "bundled" / name
    return packaged if packaged.is_dir() else SOURCE_ROOT / name


ASSETS = bundled("assets")


def data_dir() -> Path:
    """The user's Trainer folder: TRAINER_HOME if set, else the platform's user data directory."""
    home = os.environ.get("TRAINER_HOME")
    if home:
        path = Path(home).expanduser()
    else:
        import platformdirs

        path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_url() -> str:
    """TRAINER_DATABASE_URL if set (any SQLAlchemy URL), else the embedded SQLite file in the data directory."""
    return os.environ.get("TRAINER_DATABASE_URL") or f"sqlite:///{data_dir() / 'trainer.sqlite'}"


def backups_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def course_roots() -> list[Path]:
    """Folders searched for courses: the bundled `courses/` and the user's own `courses/` folder."""
    extra = os.environ.get("TRAINER_COURSES")
    roots = [Path(extra)] if extra else [bundled("courses")]
    user = data_dir() / "courses"
    return roots + ([user] if user.is_dir() else [])


def exports_dir() -> Path:
    """Where reports and certificates go by default: TRAINER_EXPORTS, else Trainer in the user's Documents (never
    beside the code: an installed app's folder may be read-only, and is replaced by the next update)."""
    configured = os.environ.get("TRAINER_EXPORTS")
    if configured:
        path = Path(configured).expanduser()
    else:
        import platformdirs

        path = Path(platformdirs.user_documents_dir()) / APP_NAME
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:  # no Documents folder that can be written: the user's data folder
        path = data_dir() / "exports"
        path.mkdir(parents=True, exist_ok=True)
    return path
