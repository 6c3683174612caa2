"""tui/saving.py: the reader's small writes, newest state of a file wins, in
the order asked, each run once whoever runs it."""

from __future__ import annotations

import threading

from tui.saving import Once, Saves


def test_a_newer_write_of_a_file_replaces_one_not_yet_run_and_writes_keep_their_order():
    done: list[str] = []
    saves = Saves()
    saves.schedule("state", lambda: done.append("state 1"))
    saves.schedule(None, lambda: done.append("correction"))
    saves.schedule("state", lambda: done.append("state 2"))
    assert saves.flush() == []
    assert done == ["correction", "state 2"]
    assert saves.flush() == [] and done == ["correction", "state 2"]  # nothing twice


def test_failures_are_returned_as_lines_and_do_not_stop_the_other_writes():
    done: list[str] = []
    saves = Saves()
    saves.schedule("a", lambda: "a.toml could not be saved (disk full)")
    saves.schedule("b", lambda: 1 / 0)
    saves.schedule("c", lambda: done.append("c"))
    errors = saves.flush()
    assert errors[0] == "a.toml could not be saved (disk full)" and "division" in errors[1]
    assert done == ["c"]


def test_once_runs_its_work_once_and_a_second_caller_waits_for_it():
    started, release = threading.Event(), threading.Event()
    runs: list[int] = []

    def work():
        started.set()
        release.wait(5)
        runs.append(1)
        return "stored"

    once = Once(work)
    first = threading.Thread(target=once)
    first.start()
    started.wait(5)
    second_done = threading.Event()
    second = threading.Thread(target=lambda: (once(), second_done.set()))
    second.start()
    assert not second_done.wait(0.1)  # waits for the first
    release.set()
    first.join(5)
    second.join(5)
    assert runs == [1] and once.result == "stored" and once.error is None


def test_once_keeps_the_error_for_the_caller_that_reports_it():
    def fail():
        raise OSError("no room")

    once = Once(fail)
    once()
    assert isinstance(once.error, OSError) and once.result is None


def test_a_flush_waits_for_the_one_in_hand_at_most_its_timeout():
    release = threading.Event()
    saves = Saves()
    saves.schedule("slow", lambda: release.wait(5) and None)
    writer = threading.Thread(target=saves.flush)
    writer.start()
    while not saves._writing.locked():
        pass
    assert saves.flush(timeout=0.05) == ["a file is still being written (the disk did not answer)"]
    release.set()
    writer.join(5)
    assert saves.flush(timeout=1) == []


def test_failures_are_taken_once_and_a_later_success_clears_one():
    saves = Saves()
    saves.schedule("state", lambda: "state.toml could not be saved (disk full)")
    saves.schedule("config", lambda: "config.toml could not be saved (disk full)")
    saves.flush()
    saves.schedule("state", lambda: None)  # written after all
    saves.flush()
    assert saves.take_failures() == ["config.toml could not be saved (disk full)"]
    assert saves.take_failures() == []
