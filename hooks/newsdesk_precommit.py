#!/usr/bin/env python3
"""pre-commit entry point: ``check`` the staged seeds pre-commit passes as arguments.

Runs with the newsdesk package beside this file, in the repository being committed to (its
``newsdesk.yml``). Exit 1 when a seed has an error, so the commit stops with one line per problem.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from newsdesk.cli import main

if __name__ == "__main__":
    sys.exit(main(["check", *sys.argv[1:]]) if len(sys.argv) > 1 else 0)
