"""``python -m reconcile`` and the ``reconcile`` command: the command line, started so that
Ctrl-C is a one-line stop from the first instant.

Importing the command line (typer, pydantic, the compiled patterns) takes a second or two
on a busy machine, and a Ctrl-C in that time would otherwise end in a traceback through
the import machinery. So the entry point imports it inside the same guard the run has.
"""

from __future__ import annotations

import sys

from reconcile.exits import EXIT_INTERRUPTED


def run() -> None:
    """Import and run the command line; a Ctrl-C while it loads is a one-line stop."""
    try:
        from reconcile.cli import main
    except KeyboardInterrupt:
        sys.stderr.write("reconcile: interrupted\n")
        sys.exit(EXIT_INTERRUPTED)
    main()


if __name__ == "__main__":
    run()
