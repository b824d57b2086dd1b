"""A generated corpus of reports made from the seeds' paragraphs, for benchmarks and scale tests.

Reports look like the seeds: a title, sometimes a subtitle and a byline,
paragraphs broken by page breaks (blank lines inside a sentence), headings,
caption clusters, and page furniture after a closing column header. Dates,
categories and organisations vary so every listing gets used.
"""

from __future__ import annotations

import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

TITLES = ["凝心聚力谋发展", "协商议政助共富", "界别聚智 履职为民", "建言资政献良策", "民主监督促落实",
          "委员履职在一线", "同心奋进新征程", "深化协商 服务大局", "聚焦民生实事", "助力乡村振兴"]
SUBTITLES = ["——市政协十四届{n}次会议以来履职工作回顾", "秀洲区政协第{c}届“界别活动周”掀起履职服务热潮",
             "——{y}年{m}月{d}日市委政协工作会议召开", "——市政协组织委员开展专题调研"]
HEADINGS = ["助力“开放协同”", "跨界协商精准破题", "坚持履职为民 协力共富步伐更加坚实", "同心同德共逐梦"]
CAPTIONS = ["市政协主席走访服务企业", "委员在做志愿者", "会议现场", "政协常委会视察文明城市创建情况"]
LEADS = ["{y}年{m}月{d}日，{org}召开专题协商会。", "今年{m}月以来，{org}组织委员深入一线。",
         "{m}月{d}日，{org}开展集中视察活动。", "近日，{org}围绕民生实事开展民主监督。"]
ORGS = ["平湖市政协", "秀洲区政协", "市政协", "区政协"]
CHINESE = "〇一二三四五六七八九"


def seed_paragraphs(root: Path = ROOT) -> list[str]:
    """Every long line of the seeds: real paragraphs, as material."""
    out = []
    for path in sorted((root / "seeds").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if len(line) > 60 and not line.startswith("#"):
                out.append(line)
    return out


def _break(paragraph: str, rnd: random.Random) -> str:
    """Insert a page break (blank lines) inside the paragraph, mid-sentence."""
    cut = rnd.randint(10, len(paragraph) - 10)
    while paragraph[cut - 1] in "。！？" and cut < len(paragraph) - 10:
        cut += 1
    return paragraph[:cut] + "\n" * rnd.randint(2, 4) + paragraph[cut:]


def report(i: int, paragraphs: list[str], rnd: random.Random) -> str:
    y, m, d = rnd.randint(2015, 2026), rnd.randint(1, 12), rnd.randint(1, 28)
    org = rnd.choice(ORGS)
    parts = [f"{rnd.choice(TITLES)}（{i}）", ""]
    if rnd.random() < 0.7:
        n = rnd.randint(1, 4)
        parts += [rnd.choice(SUBTITLES).format(n=CHINESE[n], c="十九", y=y, m=m, d=d), ""]
    if rnd.random() < 0.7:
        parts += ["■记者 张三 通讯员 李四", ""]
    parts += [rnd.choice(LEADS).format(y=y, m=m, d=d, org=org), ""]
    for k in range(rnd.randint(3, 9)):
        paragraph = rnd.choice(paragraphs)
        parts += [_break(paragraph, rnd) if rnd.random() < 0.4 else paragraph, ""]
        if k % 3 == 2:
            if rnd.random() < 0.3:
                parts += ["", "", rnd.choice(CAPTIONS), "", "", rnd.choice(CAPTIONS), "", ""]
            parts += [rnd.choice(HEADINGS), ""]
    if rnd.random() < 0.3:
        parts += ["政协之窗", "", "ZHENGXIEZHICHUANG", "", "图片由市政协办提供", "", "深化文明城市创建"]
    return "\n".join(parts) + "\n"


def generate(n: int, seed: int = 20261121, root: Path = ROOT) -> list[tuple[str, str]]:
    """*n* reports as (file name, text), the same for the same *n* and *seed*."""
    rnd = random.Random(seed)
    paragraphs = seed_paragraphs(root)
    return [(f"gen_{i:05d}.txt", report(i, paragraphs, rnd)) for i in range(n)]


def write(folder: Path, n: int, seed: int = 20261121) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in generate(n, seed):
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


