"""The organization named on certificates and its logo: settings of this installation.

The name is the setting `organization_name`. Until someone names the organization (the set-up does,
and so does `trainer certificates organization --name`), it shows as "Trainer", the app's own name,
and no certificate is issued (`named_organization`): a certificate must never state the app as its
issuer because nobody was asked. The logo is the bundled `assets/logo.png` until the trainer chooses
a PNG or JPEG file, which is then copied into the data folder so that certificates still print after
the USB stick it came from is gone; choosing no logo prints none.
"""

from dataclasses import dataclass
from pathlib import Path

from trainer.errors import UserError
from trainer.files import atomic_write
from trainer.paths import ASSETS, data_dir
from trainer.storage.database import Database

DEFAULT_NAME = "Trainer"
DEFAULT_LOGO = ASSETS / "logo.png"
NAME_SETTING, LOGO_SETTING = "organization_name", "organization_logo"
NO_LOGO = "none"
MAX_LOGO_BYTES = 5_000_000
MAX_NAME_LENGTH = 120
IMAGE_SIGNATURES = {b"\x89PNG\r\n\x1a\n": ".png", b"\xff\xd8\xff": ".jpg"}

MESSAGES = {
    "name-required": {"en": "the organization needs a name", "es": "la organización necesita un nombre"},
    "name-too-long": {
        "en": "the organization's name has {length} characters; at most {limit} fit on a certificate",
        "es": "el nombre de la organización tiene {length} caracteres; en un certificado caben como máximo {limit}",
    },
    "unreadable-logo": {"en": "cannot read the logo {path}: {detail}", "es": "no se puede leer el logotipo {path}: {detail}"},
    "logo-too-large": {
        "en": "the logo {path} is {size} bytes; use an image under {limit} bytes",
        "es": "el logotipo {path} pesa {size} bytes; use una imagen de menos de {limit} bytes",
    },
    "logo-not-image": {
        "en": "the logo {path} is not a PNG or JPEG image",
        "es": "el logotipo {path} no es una imagen PNG ni JPEG",
    },
    "not-named": {
        "en": "the organization that issues the certificates has not been named on this laptop, so they would say "
              "\"{default}\", the app's name; name it first: trainer certificates organization --name \"NAME\" "
              "(and --logo FILE, or --no-logo: until then they print the Trainer app's logo)",
        "es": "la organización que emite los certificados aún no tiene nombre en esta computadora, así que dirían "
              "\"{default}\", el nombre de la aplicación; póngale nombre primero: trainer certificates organization "
              "--name \"NOMBRE\" (y --logo ARCHIVO, o --no-logo: mientras tanto se imprime el logotipo de la "
              "aplicación Trainer)",
    },
    "logo-missing": {
        "en": "the logo chosen for certificates, {path}, is missing; choose another with "
              "'trainer certificates organization --logo FILE' or print none with '--no-logo'",
        "es": "falta el logotipo elegido para los certificados, {path}; elija otro con "
              "'trainer certificates organization --logo ARCHIVO' o imprima sin logotipo con '--no-logo'",
    },
}


@dataclass(frozen=True)
class Organization:
    name: str
    logo: Path | None


def organization_name(db: Database) -> str:
    """Just the name: what signing needs, even when the chosen logo has gone missing."""
    return db.get_setting(NAME_SETTING) or DEFAULT_NAME


def organization_named(db: Database) -> bool:
    """Whether someone has named the organization (even "Trainer", if they chose it)."""
    return bool(db.get_setting(NAME_SETTING))


def named_organization(db: Database) -> Organization:
    """The organization to issue certificates as; a UserError saying how to name it while nobody has."""
    if not organization_named(db):
        raise UserError(MESSAGES, "not-named", default=DEFAULT_NAME)
    return organization(db)


def organization(db: Database) -> Organization:
    """The name and logo to print; a UserError if the chosen logo has gone missing."""
    name = organization_name(db)
    chosen = db.get_setting(LOGO_SETTING)
    if chosen == NO_LOGO:
        return Organization(name, None)
    logo = Path(chosen) if chosen else DEFAULT_LOGO
    if not logo.is_file():
        raise UserError(MESSAGES, "logo-missing", path=logo)
    return Organization(name, logo)


def _logo_copy(path: Path) -> Path:
    """A copy of the logo in the data folder, after checking it is a reasonably sized PNG or JPEG."""
    try:
        size = path.stat().st_size
        if size > MAX_LOGO_BYTES:
            raise UserError(MESSAGES, "logo-too-large", path=path, size=size, limit=MAX_LOGO_BYTES)
        data = path.read_bytes()
    except OSError as error:
        raise UserError(MESSAGES, "unreadable-logo", path=path, detail=error.strerror or error) from error
    suffix = next((s for magic, s in IMAGE_SIGNATURES.items() if data.startswith(magic)), None)
    if suffix is None:
        raise UserError(MESSAGES, "logo-not-image", path=path)
    from reportlab.lib.utils import ImageReader

    try:
        ImageReader(path).getSize()
    except Exception as error:  # reportlab/Pillow raise many kinds for a broken image
        raise UserError(MESSAGES, "logo-not-image", path=path) from error
    return atomic_write(data_dir() / f"organization-logo{suffix}", data)


def set_organization(db: Database, name: str | None = None, logo: Path | str | None = None) -> Organization:
    """Change the name and/or the logo (a file path, or "" for no logo); None leaves a value as it is.

    Everything is checked before anything is saved.
    """
    if name is not None:
        name = " ".join(name.split())
        if not name:
            raise UserError(MESSAGES, "name-required")
        if len(name) > MAX_NAME_LENGTH:
            raise UserError(MESSAGES, "name-too-long", length=len(name), limit=MAX_NAME_LENGTH)
    logo_setting = None if logo is None else (str(_logo_copy(Path(logo))) if str(logo) else NO_LOGO)
    if name is not None:
        db.set_setting(NAME_SETTING, name)
    if logo_setting is not None:
        db.set_setting(LOGO_SETTING, logo_setting)
    return organization(db)
