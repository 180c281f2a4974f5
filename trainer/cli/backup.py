"""`trainer backup` and `trainer restore`: checked copies of the database, and putting one back."""

from pathlib import Path

from trainer.cli import say

TEXT = {
    "made": {"en": "Backup made: {path} ({size})", "es": "Copia de seguridad hecha: {path} ({size})"},
    "none": {"en": "No backups yet in {folder}", "es": "Todavía no hay copias de seguridad en {folder}"},
    "row": {"en": "{date}  {kind:<6}  {size:>9}  {path}", "es": "{date}  {kind:<6}  {size:>9}  {path}"},
    "daily": {"en": "daily", "es": "diaria"},
    "event": {"en": "event", "es": "evento"},
    "restored": {"en": "Restored {backup} into {file}.", "es": "Se restauró {backup} en {file}."},
    "kept": {"en": "What was there before was kept: {path}", "es": "Lo que había antes se conservó: {path}"},
    "choose": {"en": "give a backup FILE or --latest (see: trainer backup list)",
               "es": "indique un ARCHIVO de copia o --latest (vea: trainer backup list)"},
}


def size_text(size: int) -> str:
    for unit in ("B", "KB", "MB"):
        if size < 1024 or unit == "MB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return str(size)


def run_backup(args) -> int:
    from trainer.paths import backups_dir
    from trainer.storage import backups

    if args.action == "list":
        found = backups.list_backups()
        if not found:
            print(say(TEXT, "none", args.lang, folder=backups_dir()))
        for item in found:
            print(say(TEXT, "row", args.lang, date=f"{item.created.astimezone():%Y-%m-%d %H:%M:%S}",
                      kind=say(TEXT, item.kind, args.lang), size=size_text(item.size), path=item.path))
        return 0
    from trainer.cli import open_db

    database = open_db()
    try:
        path = backups.backup(database, "manual")
    finally:
        database.dispose()
    print(say(TEXT, "made", args.lang, path=path, size=size_text(path.stat().st_size)))
    return 0


def run_restore(args) -> int:
    from trainer.errors import UserError
    from trainer.storage import backups
    from trainer.storage.database import Database

    database = Database()
    file = database.file
    database.dispose()
    if file is None:
        raise UserError(backups.TEXT, "not-file", url=str(database.url))
    if args.latest:
        chosen = backups.latest_backup()
        if chosen is None:
            from trainer.paths import backups_dir

            raise UserError(backups.TEXT, "no-backup", folder=str(backups_dir()))
        source = chosen.path
    elif args.file:
        source = Path(args.file)
    else:
        raise UserError(TEXT, "choose")
    before = backups.restore(file, source)
    print(say(TEXT, "restored", args.lang, backup=source, file=file))
    if before is not None:
        print(say(TEXT, "kept", args.lang, path=before))
    return 0


def register(commands) -> None:
    parser = commands.add_parser("backup", help="back up the database now, or list the backups")
    parser.add_argument("action", nargs="?", choices=("now", "list"), default="now",
                        help="now (default): make a checked backup; list: every backup, newest first")
    parser.set_defaults(run=run_backup)
    parser = commands.add_parser("restore", help="put a backup back in place of the database")
    parser.add_argument("file", nargs="?", metavar="FILE", help="the backup to restore (see: trainer backup list)")
    parser.add_argument("--latest", action="store_true", help="restore the newest backup")
    parser.set_defaults(run=run_restore)
