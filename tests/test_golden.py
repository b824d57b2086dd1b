"""Every seed converts to its committed golden Markdown and report, byte for byte.

Regenerate with ``make golden`` and review the diff.
"""

from __future__ import annotations

import pytest

from update_golden import GOLDEN, golden_outputs

OUTPUTS = golden_outputs()


def test_every_seed_has_golden_files() -> None:
    assert sorted(p.name for p in GOLDEN.iterdir()) == sorted(OUTPUTS)


@pytest.mark.parametrize("name", sorted(OUTPUTS))
def test_matches_golden(name: str) -> None:
    expected = (GOLDEN / name).read_text(encoding="utf-8")
    assert OUTPUTS[name] == expected, f"{name} changed: run `make golden` and review `git diff tests/golden`"
