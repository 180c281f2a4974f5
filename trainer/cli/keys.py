"""`trainer keys export|import|list|offered|approve`: which organizations' certificates this laptop believes.

Exporting and listing change nothing and need no proof. Importing a key file or approving a key
a bundle offered decides whose certificates verify here, so a trainer must prove it (--as NAME
and the PIN) after comparing the key's fingerprint with its organization.
"""

from pathlib import Path

from trainer.cli import open_db, say
from trainer.cli.proof import require_proof

TEXT = {
    "exported": {
        "en": "Wrote the public key {key_id} of {organization} to {path}; its fingerprint is {fingerprint}. "
              "On another laptop: trainer keys import {path}",
        "es": "Se escribió la clave pública {key_id} de {organization} en {path}; su huella es {fingerprint}. "
              "En otra computadora: trainer keys import {path}",
    },
    "imported": {
        "en": "This laptop now trusts key {key_id} ({organization}, fingerprint {fingerprint}): certificates signed "
              "with it verify here.",
        "es": "Esta computadora ahora confía en la clave {key_id} ({organization}, huella {fingerprint}): los "
              "certificados firmados con ella se verifican aquí.",
    },
    "known": {"en": "Key {key_id} ({organization}) was already known; nothing changed.",
              "es": "La clave {key_id} ({organization}) ya era conocida; no cambió nada."},
    "own": {"en": "this laptop's own key", "es": "clave propia de esta computadora"},
    "imported-key": {"en": "trusted", "es": "de confianza"},
    "none": {
        "en": "No keys yet: the organization's key is made when the organization is set up.",
        "es": "Aún no hay claves: la clave de la organización se crea al configurar la organización.",
    },
    "no-offers": {"en": "No key is waiting for approval.", "es": "Ninguna clave espera aprobación."},
    "offered-line": {
        "en": "{key_id}  fingerprint {fingerprint}  {organization}  (offered by {offered_by})",
        "es": "{key_id}  huella {fingerprint}  {organization}  (la ofreció {offered_by})",
    },
    "offered-hint": {
        "en": "An offered key verifies nothing yet: anyone can make a key with any name. Compare its fingerprint with "
              "the organization (in person or by phone), then approve it with: trainer keys approve KEY-ID",
        "es": "Una clave ofrecida todavía no verifica nada: cualquiera puede crear una clave con cualquier nombre. "
              "Compare su huella con la organización (en persona o por teléfono) y luego apruébela con: "
              "trainer keys approve ID-DE-CLAVE",
    },
}


def run_export(args) -> int:
    from trainer.certificates.keys import export_public_key, known_keys
    from trainer.certificates.organization import organization_name

    name = organization_name(open_db())
    key_id = export_public_key(args.file, name)
    print(say(TEXT, "exported", args.lang, key_id=key_id, organization=name, path=args.file,
              fingerprint=known_keys()[key_id].fingerprint))
    return 0


def run_import(args) -> int:
    from trainer.certificates.keys import import_public_key
    from trainer.trust import record

    db = open_db()
    proof = require_proof(args, db, "import-key")
    key, added = import_public_key(args.file)
    if added:
        record(db, proof, "key-trusted", f"{key.key_id} {key.fingerprint} {key.organization}")
    print(say(TEXT, "imported" if added else "known", args.lang, key_id=key.key_id,
              organization=key.organization or "?", fingerprint=key.fingerprint))
    return 0


def run_approve(args) -> int:
    from trainer.certificates.keys import approve_offered_key, known_keys
    from trainer.trust import record

    db = open_db()
    proof = require_proof(args, db, "approve-key")
    was_known = "".join(args.key_id.split()).upper() in known_keys()
    key = approve_offered_key(args.key_id)
    if not was_known:
        record(db, proof, "key-trusted", f"{key.key_id} {key.fingerprint} {key.organization} ({key.offered_by})")
    print(say(TEXT, "known" if was_known else "imported", args.lang, key_id=key.key_id,
              organization=key.organization or "?", fingerprint=key.fingerprint))
    return 0


def run_list(args) -> int:
    from trainer.certificates.keys import known_keys

    keys = known_keys()
    if not keys:
        print(say(TEXT, "none", args.lang))
    for key in keys.values():
        print(f"{key.key_id}  {key.fingerprint}  {say(TEXT, 'own' if key.own else 'imported-key', args.lang):34} "
              f"{key.organization}")
    return 0


def run_offered(args) -> int:
    from trainer.certificates.keys import offered_keys

    keys = offered_keys()
    if not keys:
        print(say(TEXT, "no-offers", args.lang))
        return 0
    for key in keys.values():
        print(say(TEXT, "offered-line", args.lang, key_id=key.key_id, fingerprint=key.fingerprint,
                  organization=key.organization or "?", offered_by=key.offered_by or "?"))
    print(say(TEXT, "offered-hint", args.lang))
    return 0


def register(commands) -> None:
    keys = commands.add_parser(
        "keys", help="share, import and approve the public keys that verify certificates",
        description="The organization's private key stays in the data folder, encrypted with a passphrase that is "
                    "never stored. Only public keys are exported, imported, or offered in bundles; importing or "
                    "approving one needs a trainer (--as NAME and the PIN).",
    ).add_subparsers(dest="action", required=True)
    export = keys.add_parser("export", help="write this organization's public key to a file, for other laptops")
    export.add_argument("file", type=Path)
    export.set_defaults(run=run_export)
    imported = keys.add_parser("import", help="trust the public key in a file made by 'trainer keys export'")
    imported.add_argument("file", type=Path)
    imported.set_defaults(run=run_import)
    listing = keys.add_parser("list", help="list the keys this laptop verifies certificates with")
    listing.set_defaults(run=run_list)
    offered = keys.add_parser("offered", help="list the keys bundles offered, with the fingerprints to compare")
    offered.set_defaults(run=run_offered)
    approve = keys.add_parser("approve", help="trust a key a bundle offered, after comparing its fingerprint")
    approve.add_argument("key_id", metavar="KEY-ID", help="the key id shown by 'trainer keys offered'")
    approve.set_defaults(run=run_approve)
