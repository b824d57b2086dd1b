"""The adversarial corpus (``cases.json``) laid out as projects: shared by the case test and the site test.

A case is data: ``files`` (path → text, ``{BODY}`` expands to a clean paragraph), optional
``encoding`` for the seeds, ``hex`` (raw seed bytes), ``repeat`` (a large seed), ``symlinks``,
``config_replace`` / ``config_encoding`` / ``config_append_hex`` for ``newsdesk.yml``, and ``expect``:
``safe-page`` or ``error:<code>`` with ``where`` (default: the case's only seed) the file the message
must name (optionally ``file:line``).
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent / "adversarial"
ROOT = HERE.parent.parent
CASES: list[dict[str, Any]] = json.loads((HERE / "cases.json").read_text(encoding="utf-8"))
BODY = ("3月5日，市政协组织部分委员赴平湖经济技术开发区开展专题调研，实地察看了企业生产线，听取了情况介绍。\n\n"
        "委员们围绕营商环境、乡村振兴和民生实事开展协商，提出了意见建议。\n")


def seed_bytes(case: dict[str, Any], text: str) -> bytes:
    if "hex" in case:
        return bytes.fromhex(case["hex"])
    if "repeat" in case:
        r = case["repeat"]
        text = r["prefix"] + r["unit"] * r["times"] + r["suffix"]
    return text.replace("{BODY}", BODY).encode(case.get("encoding", "utf-8"))


def lay_out(case: dict[str, Any], root: Path, prefix: str = "") -> Path:
    """Write *case* into the project at *root* (created with the real newsdesk.yml if missing)."""
    root.mkdir(parents=True, exist_ok=True)
    if "seeds" not in case.get("symlinks", {}):
        (root / "seeds").mkdir(parents=True, exist_ok=True)
    config = ROOT / "newsdesk.yml"
    if not (root / "newsdesk.yml").exists():
        shutil.copy(config, root / "newsdesk.yml")
    for name, text in case["files"].items():
        path = root / name
        if prefix and name.startswith("seeds/"):
            path = root / "seeds" / (prefix + name.removeprefix("seeds/"))
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(seed_bytes(case, text) if name.startswith("seeds/") else text.replace("{BODY}", BODY).encode())
    for name, target in case.get("symlinks", {}).items():
        os.symlink(target, root / name)
    if "config_replace" in case or "config_encoding" in case or "config_append_hex" in case:
        text = config.read_text(encoding="utf-8")
        for old, new in case.get("config_replace", []):
            assert old in text, f"{case['name']}: {old!r} is not in newsdesk.yml any more: update the case"
            text = text.replace(old, new, 1)
        data = text.encode(case.get("config_encoding", "utf-8")) + bytes.fromhex(case.get("config_append_hex", ""))
        (root / "newsdesk.yml").write_bytes(data)
    return root


def where(case: dict[str, Any]) -> str:
    """The file (and line) the case's error message must name."""
    if "where" in case:
        return str(case["where"])
    seeds = [n for n in case["files"] if n.startswith("seeds/")]
    assert len(seeds) == 1, f"{case['name']}: say which file the error names ('where')"
    return seeds[0]
