"""How a command proves that a trainer or organizer of this laptop runs it, and asks for the signing passphrase.

`--as NAME` (or TRAINER_AS) names the trainer; the PIN comes from TRAINER_PIN
or is typed at a prompt that does not echo. The organization key's passphrase
comes from TRAINER_KEY_PASSPHRASE or is typed the same way; neither is stored.
"""

import getpass
import os
import sys

from trainer.errors import UserError

TEXT = {
    "needs-proof": {
        "en": "this command needs a trainer or organizer of this laptop: add --as \"NAME\" (or set TRAINER_AS) and "
              "type the PIN when asked (or set TRAINER_PIN)",
        "es": "este comando necesita un capacitador u organizador de esta laptop: agregue --as \"NOMBRE\" (o defina "
              "TRAINER_AS) y escriba el PIN cuando se le pida (o defina TRAINER_PIN)",
    },
    "needs-passphrase": {
        "en": "signing needs the organization key's passphrase: type it when asked, or set TRAINER_KEY_PASSPHRASE",
        "es": "firmar necesita la frase de contraseña de la clave de la organización: escríbala cuando se le pida, "
              "o defina TRAINER_KEY_PASSPHRASE",
    },
    "pin-prompt": {"en": "PIN for {name}: ", "es": "PIN de {name}: "},
    "passphrase-prompt": {"en": "Passphrase of the organization key: ", "es": "Frase de contraseña de la clave de la organización: "},
}


def _say(key: str, lang: str, **params) -> str:
    from trainer.i18n import pick

    return pick(TEXT[key], lang).format(**params)


def _secret(variable: str, prompt: str) -> str | None:
    value = os.environ.get(variable)
    if value:
        return value
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    return None


def require_proof(args, db, action: str):
    """The `trainer.trust.Proof` of the trainer named by --as, or a UserError saying how to give it."""
    from trainer.people.service import find_participant
    from trainer.trust import prove

    name = getattr(args, "as_trainer", None) or os.environ.get("TRAINER_AS")
    if not name:
        raise UserError(TEXT, "needs-proof")
    person = find_participant(db, name)
    pin = _secret("TRAINER_PIN", _say("pin-prompt", args.lang, name=person.name))
    if not pin:
        raise UserError(TEXT, "needs-proof")
    return prove(db, person.id, pin, action)


def passphrase(args) -> str:
    """The organization key's passphrase for this one command."""
    value = _secret("TRAINER_KEY_PASSPHRASE", _say("passphrase-prompt", args.lang))
    if not value:
        raise UserError(TEXT, "needs-passphrase")
    return value
