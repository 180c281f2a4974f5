"""Putting people on a workshop's roster: from a trainer's spreadsheet (preview, then import) or typed one by one."""
