"""`python -m tui` and the `newsreader` console script (see tui.cli for usage
and exit codes)."""

from __future__ import annotations

import sys

from .cli import main

__all__ = ["main"]

if __name__ == "__main__":
    sys.exit(main())
