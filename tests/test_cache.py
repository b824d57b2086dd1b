"""The conversion cache: unchanged seeds are not converted again; any change to seed, config or code is."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from conftest import SAMPLE
from newsdesk import batch as batch_module
from newsdesk.batch import Cache, convert_paths
from newsdesk.config import Config


def _seeds(tmp: Path) -> list[Path]:
    (tmp / "seeds").mkdir()
    paths = []
    for name in ("a.txt", "b.txt"):
        path = tmp / "seeds" / name
        path.write_text(SAMPLE.replace("测试标题", f"测试标题{name[0]}"), encoding="utf-8")
        paths.append(path)
    return paths


def test_warm_run_converts_nothing_and_gives_the_same_articles(tmp_path: Path, config: Config) -> None:
    paths = _seeds(tmp_path)
    cold = Cache(tmp_path / "cache")
    first = convert_paths(paths, config, tmp_path, cold)
    assert (cold.hits, cold.misses) == (0, 2)
    warm = Cache(tmp_path / "cache")
    second = convert_paths(paths, config, tmp_path, warm)
    assert (warm.hits, warm.misses) == (2, 0)
    assert [a.markdown for a in first.articles] == [a.markdown for a in second.articles]
    assert [a.report() for a in first.articles] == [a.report() for a in second.articles]


def test_a_changed_seed_config_or_pipeline_is_converted_again(tmp_path: Path, config: Config, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    paths = _seeds(tmp_path)
    convert_paths(paths, config, tmp_path, Cache(tmp_path / "cache"))
    paths[0].write_text(SAMPLE.replace("测试标题", "改过的标题"), encoding="utf-8")
    cache = Cache(tmp_path / "cache")
    out = convert_paths(paths, config, tmp_path, cache)
    assert (cache.hits, cache.misses) == (1, 1)
    assert out.articles[0].metadata.title.value.startswith("改过的标题")
    cache = Cache(tmp_path / "cache")
    convert_paths(paths, replace(config, digest="another config"), tmp_path, cache)
    assert cache.misses == 2
    monkeypatch.setattr(batch_module, "pipeline_digest", lambda: "another pipeline")
    cache = Cache(tmp_path / "cache")
    convert_paths(paths, config, tmp_path, cache)
    assert cache.misses == 2


def test_prune_forgets_what_this_run_did_not_use(tmp_path: Path, config: Config) -> None:
    paths = _seeds(tmp_path)
    convert_paths(paths, config, tmp_path, Cache(tmp_path / "cache"))
    paths[1].unlink()
    cache = Cache(tmp_path / "cache")
    convert_paths(paths[:1], config, tmp_path, cache)
    assert cache.prune() == 1
    assert len(list((tmp_path / "cache").glob("*/*.pickle"))) == 1


def test_a_bad_seed_is_never_cached_and_reports_every_time(tmp_path: Path, config: Config) -> None:
    (tmp_path / "bad.txt").write_text("---\ncategory: 新闻\n---\n标题\n\n正文。\n", encoding="utf-8")
    for _ in range(2):
        out = convert_paths([tmp_path / "bad.txt"], config, tmp_path, Cache(tmp_path / "cache"))
        assert [d.code for d in out.errors] == ["front-matter-invalid"]
    assert not list((tmp_path / "cache").glob("*/*.pickle"))
