"""The database: models, sessions and migrations shared by every part of the core."""
