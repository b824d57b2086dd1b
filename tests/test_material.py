"""Material's internals that hooks/newsdesk/material.py relies on. An upgrade of mkdocs-material
fails here, by name, instead of somewhere inside a build: re-check each use, then move the pin."""

from __future__ import annotations

import importlib.metadata
import inspect
from collections.abc import Callable
from typing import Any

import pytest
from material.plugins.blog.config import BlogConfig
from material.plugins.blog.plugin import BlogPlugin
from material.plugins.blog.structure import View
from material.plugins.search.config import SearchConfig
from mkdocs.config import config_options, load_config

from conftest import ROOT
from newsdesk import material


def test_the_installed_material_is_the_one_checked() -> None:
    installed = importlib.metadata.version("mkdocs-material")
    assert installed == material.MATERIAL_VERSION, (
        f"mkdocs-material {installed} is installed, newsdesk/material.py was checked against "
        f"{material.MATERIAL_VERSION}: re-check every attribute it touches, then update MATERIAL_VERSION")
    for name in ("requirements.txt", "requirements-properdocs.txt"):
        pins = (ROOT / name).read_text(encoding="utf-8").splitlines()
        assert f"mkdocs-material=={material.MATERIAL_VERSION}" in pins, name


@pytest.mark.parametrize(("option", "kind"), [("categories_slugify", Callable), ("categories_allowed", list),
                                              ("categories_slugify_separator", str)])
def test_blog_category_options_have_the_expected_shape(option: str, kind: type) -> None:
    declared = getattr(BlogConfig, option)
    assert isinstance(declared, config_options.Type), f"BlogConfig.{option} is no longer a Type option"
    assert declared._type == kind, f"BlogConfig.{option} now holds {declared._type}, not {kind}"


def test_the_blog_calls_categories_slugify_with_name_and_separator_and_honours_the_allow_list() -> None:
    source = inspect.getsource(BlogPlugin)
    assert "self.config.categories_slugify(name, separator)" in source
    assert "self.config.categories_allowed or [name]" in source


def test_the_blog_keeps_its_posts_in_a_plain_list_it_asks_membership_of() -> None:
    assert "self.posts: list[Post] = []" in inspect.getsource(View.__init__)
    source = inspect.getsource(BlogPlugin)
    assert "self.blog = self._resolve(files, config)" in source and "self.blog.posts = sorted(" in source
    assert "page not in self.blog.posts" in source  # the membership test material.Posts makes O(1)
    on_nav = inspect.signature(BlogPlugin.on_nav)
    assert list(on_nav.parameters)[:2] == ["self", "nav"]


def test_search_separator_is_a_string_option() -> None:
    declared = SearchConfig.separator
    assert isinstance(declared, config_options.Optional)
    assert isinstance(declared.option, config_options.Type) and declared.option._type is str


@pytest.fixture(scope="module")
def mkdocs_config() -> Any:
    return load_config(str(ROOT / "mkdocs.yml"))


def test_set_categories_and_search_separator_on_the_real_config(mkdocs_config: Any) -> None:
    material.set_categories(mkdocs_config, {"工作会议": "work-meeting", "履职动态": "duty-news"})
    blog = mkdocs_config.plugins[material.BLOG]
    assert blog._slugify_category("工作会议") == "work-meeting"
    assert blog._slugify_category("别的") == "other"
    assert blog.config.categories_allowed == ["工作会议", "履职动态"]
    assert material.search_separator(mkdocs_config).startswith("[\\s")


def test_posts_answer_membership_by_identity() -> None:
    class Page:
        def __eq__(self, other: object) -> bool:  # Material's pages compare by content, which is slow
            return True
        __hash__ = None  # type: ignore[assignment]
    a, b = Page(), Page()
    posts = material.Posts([a])
    assert a in posts and b not in posts and list(posts) == [a]
