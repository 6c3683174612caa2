"""The reader's small writes (where it was, its settings, its corrections)
kept off the UI thread, and finished when the reader quits: nothing asked for
is lost.

No Textual here: the app runs `Saves.flush` in a thread worker after each
`schedule`, and `Saves.flush` again (in a thread) once its screens are closed,
which writes what no worker got to and waits for the write in hand.

- `schedule(name, write)`: `write()` (returning None, or why it failed as one
  line) is to run; a later `schedule` of the same name replaces one not yet
  run (only the newest state of a file matters). Writes run in the order asked.
- `flush(timeout)`: runs what is scheduled, one flush at a time; returns the
  failures.
- `take_failures()`: the failures not yet taken (a later write of the same
  name that succeeds clears its failure): shown as notices while the reader
  runs, printed once it has quit.
- `Once(work)`: a write that runs once, whoever runs it first (a worker that
  needs its result, or the flush at exit), its result or error kept.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

Write = Callable[[], "str | None"]


class Saves:
    def __init__(self) -> None:
        self._lock = threading.Lock()  # guards _pending
        self._writing = threading.Lock()  # one flush at a time: the newest state is written last
        self._pending: dict[str, Write] = {}
        self._failed: dict[str, str] = {}
        self._count = 0

    def schedule(self, name: str | None, write: Write) -> None:
        """`name` None: a write of its own, never replaced."""
        with self._lock:
            if name is None:
                self._count += 1
                name = f"#{self._count}"
            self._pending.pop(name, None)  # (put back last: written in the order asked)
            self._pending[name] = write

    def flush(self, timeout: float | None = None) -> list[str]:
        """Run the scheduled writes (after the flush in hand, waiting for it at
        most `timeout` seconds; None: as long as it takes)."""
        if not self._writing.acquire(timeout=-1 if timeout is None else max(0.0, timeout)):
            error = "a file is still being written (the disk did not answer)"
            with self._lock:
                self._failed["#busy"] = error
            return [error]
        try:
            with self._lock:
                writes, self._pending = list(self._pending.items()), {}
            errors = []
            for name, write in writes:
                try:
                    error = write()
                except Exception as exc:  # never lost silently, never a traceback
                    error = " ".join(str(exc).split()) or exc.__class__.__name__
                with self._lock:
                    if error:
                        errors.append(error)
                        self._failed[name] = error
                    else:
                        self._failed.pop(name, None)
            return errors
        finally:
            self._writing.release()

    def take_failures(self) -> list[str]:
        """The failures not yet taken; a later write of the same name that
        succeeded has cleared its own."""
        with self._lock:
            failures, self._failed = list(self._failed.values()), {}
        return failures


class Once:
    """`work()` run once, by whichever calls first; later calls wait for it and
    get the same `result` (or `error`, the exception it raised)."""

    def __init__(self, work: Callable[[], Any]) -> None:
        self._work = work
        self._lock = threading.Lock()
        self._done = False
        self.result: Any = None
        self.error: BaseException | None = None

    def __call__(self) -> None:
        with self._lock:
            if self._done:
                return None
            self._done = True
            try:
                self.result = self._work()
            except Exception as exc:  # kept for the one that needs it (the worker reports it)
                self.error = exc
        return None
