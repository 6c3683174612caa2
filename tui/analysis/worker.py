"""The analysis in a process of its own, so spaCy never shares the reader's GIL.

`AnalysisProcess` starts one worker process on demand and keeps it, with its
loaded model, for the next article. Jobs run one at a time: `run()` sends the
article, relays the worker's progress and returns the frozen `Analysis` (sent
back pickled); the worker stores it in the cache itself, so the reader's
process neither serialises nor compresses it. A job is cancelled by its
`cancelled` callable (polled every `POLL` seconds): the worker is then killed,
so its work ends within a second whatever spaCy is doing, and the next job
starts a fresh one.

Processes are started with forkserver (spawn where there is none), never with a
plain fork: the reader's process runs Textual's threads, and a fork would copy
them in whatever state they hold. The worker starts from a clean interpreter,
writes nothing to the terminal (its standard output and error go to
/dev/null: the reader owns the screen) and ignores Ctrl+C (the reader decides).

No Textual here, and no spaCy in the calling process: the worker imports it.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

from .model import Analysis, Article
from .pipeline import Progress

#: how often a waiting job checks whether it was cancelled (seconds)
POLL = 0.05
#: how long a stopped worker gets to exit after SIGTERM before it is killed
STOP_GRACE = 0.5


class AnalysisCancelled(Exception):
    """The job was cancelled: nobody waits for its result any more."""


class AnalysisPreempted(AnalysisCancelled):
    """A background job gave way to a job someone waits for; run it again."""


class AnalysisFailed(RuntimeError):
    """The analysis raised in the worker; the message is one line."""


class WorkerModelNotFound(AnalysisFailed):
    """The worker could not load the model (`nlp.ModelNotFound` there)."""


@dataclass(frozen=True)
class Job:
    """One analysis: the article, the resolved model name, and where to store
    the result (`cache_dir` None: not stored)."""

    article: Article
    model: str
    cache_dir: str | None = None
    key: str | None = None


@dataclass(frozen=True)
class Result:
    analysis: Analysis
    warnings: tuple[str, ...] = ()


# --------------------------------------------------------------- the worker side

def run_job(job: Job, progress: Progress | None = None) -> Result:
    """Analyse `job.article` here and store it; the worker's one task (also
    usable in-process, e.g. by a pool)."""
    from .cache import AnalysisCache
    from .nlp import load_model
    from .pipeline import analyze

    analysis = analyze(job.article, load_model(job.model), progress)
    warnings: tuple[str, ...] = ()
    if job.cache_dir is not None and job.key is not None:
        cache = AnalysisCache(Path(job.cache_dir))
        cache.put(job.key, analysis)
        warnings = tuple(cache.warnings)
    return Result(analysis, warnings)


#: the worker's scheduling priority below the reader's (`os.nice` increment): on
#: a busy machine the UI process gets the CPU first when a key arrives
NICENESS = 10


def _background(pid: int) -> None:
    """Analysis is background work: lower the worker's priority, so the kernel
    runs the reader's process as soon as it wakes for a key (on 2 cores, spaCy
    otherwise competes with it on equal terms and a key waits for a time slice).
    Done by the reader right after the start, so the worker is never seen (nor
    sent a job) at the reader's own priority."""
    try:
        own = os.getpriority(os.PRIO_PROCESS, 0)
        os.setpriority(os.PRIO_PROCESS, pid, min(own + NICENESS, 19))
    except (AttributeError, OSError):  # no priorities (Windows), or not permitted
        pass


def _quiet() -> None:
    """The reader owns the terminal: nothing the worker prints may reach it."""
    import logging

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    os.close(devnull)
    logger = logging.getLogger("newsreader")
    logger.addHandler(logging.NullHandler())
    logger.propagate = False


def serve(conn: Connection, quiet: bool = True) -> None:
    """The worker's main loop: one `Job` in, ("progress", f)* then ("done",
    Result) | ("model", message) | ("error", message) out; exits when the reader
    closes the pipe or sends None."""
    from .clean import one_line
    from .nlp import ModelNotFound

    if quiet:
        _quiet()
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        try:
            result = run_job(job, lambda fraction: conn.send(("progress", fraction)))
        except ModelNotFound as exc:
            conn.send(("model", str(exc)))
        except (BrokenPipeError, EOFError):
            return  # the reader went away
        except Exception as exc:
            conn.send(("error", one_line(str(exc), 300) or exc.__class__.__name__))
        else:
            conn.send(("done", result))


# --------------------------------------------------------------- the reader side

@dataclass(frozen=True)
class _Running:
    text: str
    background: bool


def _context() -> multiprocessing.context.BaseContext:
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        # the server imports only this module (not the caller's __main__)
        ctx.set_forkserver_preload([__name__])
        return ctx
    return multiprocessing.get_context("spawn")


class AnalysisProcess:
    """One worker process, started on demand and kept for the next job.

    Thread-safe: `run()` may be called from several threads (jobs wait for each
    other, each still answering its own cancellation while it waits); `stop()`
    and `cancel_running()` from any thread."""

    def __init__(self) -> None:
        self._jobs = threading.Lock()  # one job at a time
        self._guard = threading.Lock()  # _process and _conn
        self._process: multiprocessing.process.BaseProcess | None = None
        self._conn: Connection | None = None
        self._running: _Running | None = None
        self._foreground_waiting = 0
        self._preempt = False
        #: jobs sent to a worker so far (tests read it)
        self.jobs = 0
        #: processes started so far (tests and benchmarks read it)
        self.started = 0

    @property
    def pid(self) -> int | None:
        process = self._process
        return process.pid if process is not None and process.is_alive() else None

    @property
    def busy(self) -> bool:
        return self._running is not None

    def run(self, job: Job, progress: Progress | None = None,
            cancelled: Callable[[], bool] | None = None, *, background: bool = False,
            reuse: Callable[[], Analysis | None] | None = None) -> Result:
        """Run `job` in the worker and return its result. Raises
        `AnalysisCancelled` (within `POLL` seconds of `cancelled()` turning
        true, the worker killed), `WorkerModelNotFound` or `AnalysisFailed`.

        `reuse` is asked once the job's turn comes: an analysis it returns (the
        one a job just ahead made of the same text) is the result, nothing runs.
        A `background` job (the library's) gives way to the others (an opened
        article): it waits while one waits, and one for another text arriving
        while it runs stops it at once (`AnalysisPreempted`: run it again
        later); one for the same text waits for it instead."""
        is_cancelled = cancelled or (lambda: False)
        if not background:
            with self._guard:
                self._foreground_waiting += 1
                running = self._running
                if running is not None and running.background and running.text != job.article.text:
                    self._preempt = True
        try:
            self._acquire(is_cancelled, background)
        finally:
            if not background:
                with self._guard:
                    self._foreground_waiting -= 1
        try:
            with self._guard:
                self._running = _Running(job.article.text, background)
                self._preempt = False
            found = reuse() if reuse is not None else None
            if found is not None:
                return Result(found)
            if background:
                def stop_now() -> bool:
                    if self._preempt:
                        raise AnalysisPreempted
                    return is_cancelled()
                return self._run(job, progress, stop_now)
            return self._run(job, progress, is_cancelled)
        finally:
            with self._guard:
                self._running = None
            self._jobs.release()

    def _acquire(self, cancelled: Callable[[], bool], background: bool) -> None:
        while True:
            if cancelled():
                raise AnalysisCancelled
            if background and self._foreground_waiting:
                time.sleep(POLL)
                continue
            if self._jobs.acquire(timeout=POLL):
                if background and self._foreground_waiting:
                    self._jobs.release()  # someone waits for theirs: let them go first
                    time.sleep(POLL)
                    continue
                return

    def _run(self, job: Job, progress: Progress | None, cancelled: Callable[[], bool]) -> Result:
        conn = self._connection()
        try:
            self.jobs += 1
            conn.send(job)
            while True:
                if cancelled():  # (a background job's check raises AnalysisPreempted)
                    raise AnalysisCancelled
                if not conn.poll(POLL):
                    continue
                kind, payload = conn.recv()
                if kind == "progress":
                    if progress is not None:
                        progress(payload)
                elif kind == "done":
                    return payload
                elif kind == "model":
                    raise WorkerModelNotFound(payload)
                else:
                    raise AnalysisFailed(payload)
        except (EOFError, OSError) as exc:  # the worker died (stopped, or crashed)
            self._discard(conn)
            if cancelled():
                raise AnalysisCancelled from None
            raise AnalysisFailed("the analysis process stopped unexpectedly") from exc
        except AnalysisFailed:
            raise  # the worker answered and is idle again
        except BaseException:
            # cancelled, or an exception from `progress`, or interrupted: the
            # worker is mid-job and its answer must never reach the next job
            self._discard(conn)
            raise

    def _connection(self) -> Connection:
        with self._guard:
            process, conn = self._process, self._conn
            if process is not None and process.is_alive() and conn is not None:
                return conn
        self._discard(conn)
        ctx = _context()
        _start_helpers(ctx)
        parent, child = ctx.Pipe()
        process = ctx.Process(target=serve, args=(child,), name="newsreader-analysis", daemon=True)
        process.start()
        assert process.pid is not None
        _background(process.pid)
        child.close()
        with self._guard:
            self._process, self._conn = process, parent
            self.started += 1
        return parent

    def _discard(self, conn: Connection | None) -> None:
        """Forget the worker behind `conn` (killing it if it still runs)."""
        with self._guard:
            if conn is None or conn is not self._conn:
                return  # already replaced
            process = self._process
            self._process = self._conn = None
        if process is not None:
            _end(process)
        conn.close()

    def stop(self) -> None:
        """Kill the worker now (its work ends within `STOP_GRACE` plus a kill);
        the next job starts a fresh one. The pipe is left to the job that uses
        it, which sees the worker gone."""
        with self._guard:
            process = self._process
        if process is not None:
            _end(process)

    def cancel_running(self) -> bool:
        """Stop the worker if a job is running (the app quits); an idle worker
        is kept for the next job. True if one was stopped."""
        if self._running is not None:
            self.stop()
            return True
        return False

    def close(self) -> None:
        """Stop the worker and close the pipe (no job may be running)."""
        self.stop()
        with self._guard:
            conn, self._conn, self._process = self._conn, None, None
        if conn is not None:
            conn.close()


def _start_helpers(ctx: multiprocessing.context.BaseContext) -> None:
    """Start multiprocessing's forkserver and resource tracker (once per
    process) with a real standard error: they pass its descriptor on, and the
    reader's `sys.stderr` (Textual's capture) has none."""
    if ctx.get_start_method() != "forkserver":
        return
    from multiprocessing import forkserver, resource_tracker

    try:
        usable = sys.stderr is not None and sys.stderr.fileno() >= 0
    except (OSError, ValueError, AttributeError):
        usable = False
    if usable:
        forkserver.ensure_running()
        return
    captured = sys.stderr
    sys.stderr = sys.__stderr__ if sys.__stderr__ is not None else open(os.devnull, "w")  # noqa: SIM115
    try:
        resource_tracker.ensure_running()
        forkserver.ensure_running()
    finally:
        sys.stderr = captured


def _end(process: multiprocessing.process.BaseProcess) -> None:
    if not process.is_alive():
        process.join(0)
        return
    process.terminate()
    process.join(STOP_GRACE)
    if process.is_alive():
        process.kill()
        process.join(STOP_GRACE)


_shared: AnalysisProcess | None = None
_shared_guard = threading.Lock()


def shared_process() -> AnalysisProcess:
    """The process-wide worker every reader app uses by default: a test session
    or a benchmark loads the model once, not once per app. It keeps no state
    between jobs but the loaded model (each `Job` says where to store)."""
    global _shared
    with _shared_guard:
        if _shared is None:
            _shared = AnalysisProcess()
        return _shared
