"""The exit codes a CI job can trust, in a module that imports nothing.

The code follows the linters the project copies (ruff, semgrep): 0 clean, 1 findings at or
above ``fail_on``, 2 unusable input, rules or configuration (see ``levels.exit_code``), 130
a run stopped by Ctrl-C. They live apart from ``levels`` so that the entry point can exit
with the right code before the heavy modules have loaded (see ``reconcile.__main__``).
"""

EXIT_CLEAN = 0
EXIT_FINDINGS = 1
EXIT_UNUSABLE = 2
EXIT_INTERRUPTED = 130
"""128 + SIGINT, as shells report a job stopped by Ctrl-C."""
