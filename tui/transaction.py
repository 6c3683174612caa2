"""One SQLite write transaction under a thread lock, shared by the stores the
reader keeps in its data folder (the library, the user's corrections)."""

from __future__ import annotations

import sqlite3
import threading


def reason(exc: BaseException) -> str:
    """An SQLite error as one line."""
    return " ".join(str(exc).split()) or exc.__class__.__name__


class Transaction:
    """``with Transaction(db, lock, StoreError, "the library"):`` one IMMEDIATE
    transaction; committed on success, rolled back on any error, and any SQLite
    error (a failed commit included) raised as ``error("<what> cannot be written
    (<reason>)")`` so callers see one kind of exception with one line."""

    def __init__(self, db: sqlite3.Connection, lock: threading.RLock, error: type[Exception], what: str) -> None:
        self._db = db
        self._lock = lock
        self._error = error
        self._what = what

    def _fail(self, exc: BaseException) -> Exception:
        return self._error(f"{self._what} cannot be written ({reason(exc)})")

    def __enter__(self) -> sqlite3.Connection:
        self._lock.acquire()
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            self._lock.release()
            raise self._fail(exc) from None
        return self._db

    def __exit__(self, exc_type, exc, _tb) -> bool:
        try:
            if exc_type is None:
                try:
                    self._db.execute("COMMIT")
                    return False
                except sqlite3.Error as error:
                    exc = error
            self._db.execute("ROLLBACK")
        except sqlite3.Error:
            pass
        finally:
            self._lock.release()
        if isinstance(exc, sqlite3.Error):
            raise self._fail(exc) from None
        return False
