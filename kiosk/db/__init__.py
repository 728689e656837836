"""The only package that knows tables and SQL."""

from kiosk.db.connection import Database, open_database

__all__ = ["Database", "open_database"]
