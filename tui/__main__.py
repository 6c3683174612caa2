"""`python -m tui` and the `newsreader` console script (see tui.cli for usage
and exit codes)."""

from __future__ import annotations

import sys

__all__ = ["main"]


def main(argv: list[str] | None = None) -> int:
    try:
        from .cli import main as cli_main
    except KeyboardInterrupt:  # Ctrl+C while the reader's modules are imported: still exit 130
        sys.stderr.write("newsreader: interrupted\n")
        return 130
    code = cli_main(argv)
    if code == 130:
        _forget_caught_interrupt()
    return code


def _forget_caught_interrupt() -> None:
    """Let the exit status be 130 once Ctrl+C was caught and reported.

    CPython notes a KeyboardInterrupt that passes through code run by
    `PyRun_String` as unhandled, even when it is caught further up, and then
    ends the process by SIGINT (exit -2) after a clean exit. Cython's compiled
    modules (spaCy's) run their start-up patches that way: Ctrl+C while spaCy
    loaded gave -2 now and then. Running any code that way clears the note."""
    try:
        import ctypes

        ctypes.pythonapi.PyRun_SimpleString(b"")
    except Exception:  # not CPython: nothing to clear
        pass


if __name__ == "__main__":
    sys.exit(main())
