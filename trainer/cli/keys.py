"""`trainer keys export|import|list`: share the public key so other laptops can verify this one's certificates."""

from pathlib import Path

from trainer.cli import open_db, say

TEXT = {
    "exported": {
        "en": "Wrote the public key {key_id} of {organization} to {path}. On another laptop: trainer keys import {path}",
        "es": "Se escribió la clave pública {key_id} de {organization} en {path}. En otra computadora: "
              "trainer keys import {path}",
    },
    "imported": {
        "en": "This laptop now trusts key {key_id} ({organization}): certificates signed with it verify here.",
        "es": "Esta computadora ahora confía en la clave {key_id} ({organization}): los certificados firmados con "
              "ella se verifican aquí.",
    },
    "known": {"en": "Key {key_id} ({organization}) was already known; nothing changed.",
              "es": "La clave {key_id} ({organization}) ya era conocida; no cambió nada."},
    "own": {"en": "this laptop's own key", "es": "clave propia de esta computadora"},
    "imported-key": {"en": "imported", "es": "importada"},
    "none": {
        "en": "No keys yet: this laptop makes its own when it issues its first certificate (or: trainer keys export FILE).",
        "es": "Aún no hay claves: esta computadora crea la suya al emitir su primer certificado (o con: trainer keys "
              "export ARCHIVO).",
    },
}


def run_export(args) -> int:
    from trainer.certificates.keys import export_public_key
    from trainer.certificates.organization import organization

    name = organization(open_db()).name
    key_id = export_public_key(args.file, name)
    print(say(TEXT, "exported", args.lang, key_id=key_id, organization=name, path=args.file))
    return 0


def run_import(args) -> int:
    from trainer.certificates.keys import import_public_key

    key, added = import_public_key(args.file)
    print(say(TEXT, "imported" if added else "known", args.lang, key_id=key.key_id, organization=key.organization or "?"))
    return 0


def run_list(args) -> int:
    from trainer.certificates.keys import known_keys

    keys = known_keys()
    if not keys:
        print(say(TEXT, "none", args.lang))
    for key in keys.values():
        print(f"{key.key_id}  {say(TEXT, 'own' if key.own else 'imported-key', args.lang):34} {key.organization}")
    return 0


def register(commands) -> None:
    keys = commands.add_parser(
        "keys", help="export or import the public keys that verify certificates",
        description="The organization's private key stays in the data folder (mode 0600; encrypted when "
                    "TRAINER_KEY_PASSPHRASE is set). Only public keys are exported and imported.",
    ).add_subparsers(dest="action", required=True)
    export = keys.add_parser("export", help="write this organization's public key to a file, for other laptops")
    export.add_argument("file", type=Path)
    export.set_defaults(run=run_export)
    imported = keys.add_parser("import", help="trust the public key in a file made by 'trainer keys export'")
    imported.add_argument("file", type=Path)
    imported.set_defaults(run=run_import)
    listing = keys.add_parser("list", help="list the keys this laptop verifies certificates with")
    listing.set_defaults(run=run_list)
