"""Metadata rules: each value and the source it records."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from conftest import ANCHOR, ROOT, SAMPLE, body_of, convert_text
from newsdesk.config import Config, parse_config
from newsdesk.dates import PartialDate
from newsdesk.diagnostics import SeedError
from newsdesk.extract import Anchor, Metadata

BODY = "市政协组织委员开展专题调研，听取情况介绍，提出意见建议。"


def meta(text: str, config: Config, anchor: Anchor = ANCHOR) -> Metadata:
    return convert_text(text, config, anchor=anchor).metadata


@pytest.mark.parametrize(("text", "expected", "source"), [
    ("标题\n\n2020年5月30日上午，平湖市政协召开会议。\n", PartialDate(2020, 5, 30), "text line 3"),
    ("标题\n\n——平湖市政协十四届四次会议以来工作回顾\n\n" + BODY, PartialDate(2025), "十四届四次会议"),
    ("标题\n\n2月25日，平湖市政协召开会议。\n", PartialDate(2024, 2, 25), "→ 2024 (test)"),
    ("标题\n\n今年5月以来，秀洲区政协开展活动。\n", PartialDate(2024, 5), "今年5月"),
    ("标题\n\n今年以来，秀洲区政协开展活动。\n", PartialDate(2024), "今年"),
    ("标题\n\n自2008年创办以来，秀洲区政协第十九届活动周开幕。\n", PartialDate(2026), "2008 + 19 − 1"),
    ("标题\n\n近日，某区政协召开会议，学习庆祝人民政协成立75周年大会精神。\n", PartialDate(2019 + 5), "1949 + 75"),
    ("标题\n\n9月20日，某市政协举行纪念辛亥革命一百一十周年座谈会。\n", PartialDate(2021, 9, 20), "1911 + 110"),
], ids=["full date in lead", "session reference", "month-day + anchor", "this year + month", "this year",
        "ordinal event", "anniversary year", "month-day in an anniversary's year"])
def test_date_rules(config: Config, text: str, expected: PartialDate, source: str) -> None:
    m = meta(text, config, Anchor(2024, "test"))
    assert m.date is not None
    assert m.date.value == expected
    assert source in m.date.source


def test_year_only_date_is_never_a_first_of_january(config: Config) -> None:
    m = meta("标题\n\n——平湖市政协十三届三次会议以来工作回顾\n\n" + BODY, config)
    assert m.date and m.date.value.precision == "year"
    assert (m.date.value.iso(), m.date.value.zh()) == ("2019", "2019年")


def test_party_plenum_is_not_a_cppcc_session(config: Config) -> None:
    m = meta("标题\n\n围绕市委十四届四次全会部署，平湖市政协开展调研。\n", config)
    assert m.session is None and m.date is None


def test_no_date_still_builds_and_warns(config: Config) -> None:
    article = convert_text("标题\n\n" + BODY, config)
    assert article.metadata.date is None
    assert "no-date" in {d.code for d in article.diagnostics}
    assert "published:" not in article.markdown and "date_precision" not in article.markdown


def test_front_matter_wins_and_says_so(config: Config) -> None:
    text = "---\ndate: 2021-06\ncategory: 工作会议\norganisation: 秀洲区政协\n---\n标题\n\n2020年5月30日，平湖市政协召开会议。\n"
    m = meta(text, config)
    assert m.date and (m.date.value, m.date.source) == (PartialDate(2021, 6), "front matter line 2")
    assert (m.category.value, m.category.source) == ("工作会议", "front matter line 3")
    assert m.organisation and m.organisation.value == "秀洲区政协"


def test_alias_is_resolved_by_the_place_the_text_names(config: Config) -> None:
    assert meta("标题\n\n市政协在平湖召开会议，市政协委员参加。\n", config).organisation.value == "平湖市政协"  # type: ignore[union-attr]
    assert meta("标题\n\n市政协在嘉兴召开会议，市政协委员参加。\n", config).organisation.value == "嘉兴市政协"  # type: ignore[union-attr]
    assert meta("标题\n\n区政协组织秀洲的委员开展活动。\n", config).organisation.value == "秀洲区政协"  # type: ignore[union-attr]


def test_explicit_name_beats_an_alias_of_another_organisation(config: Config) -> None:
    m = meta("标题\n\n秀洲区政协与市政协联合开展调研，秀洲区政协主席出席。\n", config)
    assert m.organisation and m.organisation.value == "秀洲区政协"


@pytest.mark.parametrize(("text", "category"), [
    ("标题\n\n——市政协十四届四次会议以来履职工作回顾\n\n平湖" + BODY, "年度回顾"),
    ("界别聚智\n\n秀洲区政协“界别活动周”开幕\n\n■记者 甲\n\n" + BODY, "界别活动周"),
    ("标题\n\n5月30日，平湖市委政协工作会议召开。\n", "工作会议"),
    ("标题\n\n" + BODY, "履职动态"),
    ("同心聚力谱新篇\n\n一年来，某市政协围绕中心履职尽责，开展协商活动12次。\n\n委员们积极建言。\n", "年度回顾"),
    ("某市政协五届三次会议开幕\n\n一年来，某市政协围绕中心履职尽责。\n\n会议听取了报告。\n", "履职动态"),
    ("某省政协：2025年组织开展履职活动90余项\n\n新闻发布会今天举行。\n", "年度回顾"),
    ("某市政协召开提案暨重点提案交办会\n\n4月2日，会议召开。\n", "工作会议"),
    ("某县政协召开“发挥政协委员工作室作用”座谈会\n\n10月23日，会议召开。\n", "工作会议"),
    ("市政协提案委员会全体会议召开\n\n12月11日，会议召开。\n", "工作会议"),
    ("某市政协会议澳区委员建言献策\n\n大会期间召开常委会，总结政协过去一年工作。\n", "履职动态"),
    ("某省政协提案系统会议召开\n\n5月5日，会议召开。\n", "工作会议"),
    ("全县乡镇政协联络室建设现场经验交流会召开\n\n5月5日，会议召开。\n", "工作会议"),
    ("县政协召开镇工委年度工作述职会\n\n1月5日，会议召开。\n", "工作会议"),
    ("某市政协召开市政协各参加单位座谈会\n\n1月5日，会议召开。\n", "工作会议"),
    ("某旗政协提案委员会召开2024年第一次成员会议\n\n3月5日，会议召开。\n", "工作会议"),
    ("2021年第二期大事记\n\n3月5日，市政协召开常委会议。\n", "履职动态"),
    ("市政协南部片区政协提案座谈会召开\n\n5月5日，会议召开。\n", "工作会议"),
    ("市县政协教科卫体委工作联系会议召开\n\n5月5日，会议召开。\n", "工作会议"),
    ("市政协举办委员联络工作培训班\n\n5月5日，培训班开班。\n", "工作会议"),
    ("某区政协委员界别述职活动小记\n\n5月5日，委员述职。\n", "工作会议"),
    ("某省政协工作交流座谈会在某市召开\n\n8月16日，座谈会召开。\n", "工作会议"),
    ("十六届市政协外事联谊委员会召开第二次全体(扩大)会议\n\n3月21日，会议召开。\n", "工作会议"),
    ("县政协常委会工作报告摘要\n\n深化党的建设，在加强思想政治引领上实现新提升。\n", "年度回顾"),
    ("履职五年，看十二届省政协亮眼“成绩单”\n\n五年来，省政协组织协商活动110次。\n", "年度回顾"),
    ("自治区政协2023年十件履职大事\n\n一、协商活动。\n", "年度回顾"),
    ("某市政协2017亮点：为新时代贡献政协智慧和力量\n\n委员们积极建言。\n", "年度回顾"),
    ("市政协十届二次会议举行提案委员会会议\n\n12月21日，会议举行。\n", "工作会议"),
    ("委员工作委员会召开全体委员暨市、区政协委员工作联动会议\n\n5月5日，会议召开。\n", "工作会议"),
    ("某市政协召开社情民意信息笔会\n\n5月5日，笔会召开。\n", "工作会议"),
    ("某县政协召开协调推进会\n\n5月5日，会议召开。\n", "工作会议"),
    ("某县政协专题研究宣传信息工作\n\n5月5日，会议召开。\n", "工作会议"),
    ("市政协提案委开展下基层调研活动\n\n6月21日，调研组开展调研，推动中央和区市党委政协工作会议精神贯彻落实。\n", "履职动态"),
])
def test_category_rules(config: Config, text: str, category: str) -> None:
    assert meta(text, config).category.value == category


def test_staff_can_add_a_category_in_config_without_code(config: Config) -> None:
    text = (ROOT / "newsdesk.yml").read_text(encoding="utf-8").replace(
        "  - name: 履职动态", "  - name: 提案工作\n    slug: proposals\n    rules:\n"
        "      - pattern: '提案'\n        in: [title]\n        weight: 5\n  - name: 履职动态")
    extended = parse_config(text)
    assert meta("重点提案督办\n\n" + BODY, extended).category.value == "提案工作"


def test_byline_roles_tags_summary_and_reading_time(config: Config) -> None:
    m = meta(SAMPLE, config)
    assert m.authors.value == (("记者", "张三"), ("通讯员", "李四"))
    assert m.title.value == "测试标题 新的开始"
    assert m.subtitle and m.subtitle.value == "市政协组织委员开展调研"
    assert "调研" in m.tags.value
    assert m.summary.value.startswith("3月5日，市政协组织部分委员")
    assert m.reading_minutes == 1


def test_reading_time_is_about_400_characters_a_minute(config: Config) -> None:
    m = meta("标题\n\n" + BODY * 30, config)
    assert m.characters == 2 + len(BODY) * 30
    assert m.reading_minutes == -(-m.characters // 400)


def test_category_threshold_comes_from_config(config: Config) -> None:
    strict = replace(config, layout=replace(config.layout, min_category_score=100))
    assert meta("标题\n\n——市政协十四届四次会议以来履职工作回顾\n\n" + BODY, strict).category.value == "履职动态"


def test_front_matter_is_valid_yaml_with_every_field(config: Config) -> None:
    import yaml
    article = convert_text(SAMPLE.replace("3月5日", "2024年3月5日"), config)
    fm = yaml.safe_load(article.markdown.split("---\n")[1])
    assert fm["title"] == "测试标题 新的开始" and fm["published"] == "2024-03-05" and fm["date_precision"] == "day"
    assert fm["authors"] == [{"role": "记者", "name": "张三"}, {"role": "通讯员", "name": "李四"}]
    assert fm["slug"] == "sample" and fm["source"] == "seeds/sample.txt" and isinstance(fm["characters"], int)


PORTAL = """首页 > 政协动态 > 工作动态
县政协召开主席会议
发布时间：2025-01-03 10:02:28 来源：桐庐县政协办公室 浏览次数：312
12月30日，桐庐县政协召开主席会议，研究部署明年工作。
会议强调，要围绕中心、服务大局。
主办单位：政协桐庐县委员会 浙ICP备12345678号
"""


def test_a_page_date_dates_the_article_and_anchors_its_month_days(config: Config) -> None:
    m = meta(PORTAL, config)
    assert m.date and m.date.value == PartialDate(2025, 1, 3) and "发布日期" in m.date.source
    assert m.published and m.published.value == PartialDate(2025, 1, 3)
    # 12月30日 told on 3 January is the December before, not the next one
    assert m.event_date and m.event_date.value == PartialDate(2024, 12, 30)
    assert m.source_name and m.source_name.value == "桐庐县政协办公室"
    assert not m.date_guessed


def test_a_bare_date_above_the_headline_is_the_portals_clock(config: Config) -> None:
    m = meta("2025-05-16 星期五\n\n华东政协提案工作座谈会召开\n\n会议在平潭召开。委员们发言。\n", config)
    assert m.published is None


def test_a_portals_clock_is_never_the_publication_date(config: Config) -> None:
    m = meta("欢迎您访问某县政协网 今天是2026年02月04日\n\n工作动态\n\n县政协十届六次会议开幕\n\n发布日期:2025-12-31\n\n"
             "12月26日上午，县政协十届六次会议开幕。委员出席。\n", config)
    assert m.published is not None and m.published.value.iso() == "2025-12-31"


def test_a_date_over_a_weekdays_line_is_the_readers_clock(config: Config) -> None:
    m = meta("电子报阅读机\n2025-12-28\n星期日\n当前报纸名称:某某日报\n\n市政协召开主席会议\n\n"
             "日期:03-25\n版面:第01版:要闻\n\n本报讯 3月21日，市政协召开主席会议。会议研究了2025年工作要点。\n", config)
    assert m.published is None
    assert m.date is not None and m.date.value.iso() == "2025-03-21"


def test_a_year_in_the_headlines_column_label_dates_its_month_days(config: Config) -> None:
    m = meta("2026九龙坡两会丨凝聚智慧谋发展 肩负使命启新程\n\n1月20日下午，区政协委员分组讨论。委员发言。\n", config)
    assert m.title.value == "凝聚智慧谋发展 肩负使命启新程"
    assert m.date is not None and not m.date_guessed and m.date.value.iso() == "2026-01-20"


def test_a_bare_date_right_above_the_headline_is_the_articles(config: Config) -> None:
    m = meta("内容详情\n2023年01月10日\n市政协十二届二次会议隆重开幕\n1月9日上午，会议开幕。委员出席。\n", config)
    assert m.published is not None and m.published.value.iso() == "2023-01-10"
    clock = meta("2023年01月10日 星期二\n\n市政协十二届二次会议隆重开幕\n\n1月9日上午，会议开幕。委员出席。\n", config)
    assert clock.published is None


def test_a_bare_date_on_an_e_papers_page_is_the_issue_date(config: Config) -> None:
    m = meta("国内统一刊号:CN51-0004 成都日报社出版\n\n2023年04月08日\n\n联络委员会召开全体会议\n\n"
             "4月7日，联络委员会召开会议。委员发言。\n", config)
    assert m.published is not None and m.published.value.iso() == "2023-04-08"
    assert m.date is not None and m.date.value.iso() == "2023-04-08"


@pytest.mark.parametrize(("text", "iso"), [
    ("会议召开\n\n2月7日，委员们讨论报告。报告概括了2024年市政协取得的成绩。\n", "2025-02-07"),
    ("会议召开\n\n1月23日，会议召开。会议表彰2020年优秀提案。\n", "2021-01-23"),
    ("常委会召开\n\n1月7日，县政协召开常委会。\n\n会议要求认真总结2020年全县政协工作。\n", "2021-01-07"),
    ("全会开幕\n\n1月15日，区政协会议开幕。\n\n会议指出，2024年区政协将聚焦政治建设。\n", "2024-01-15"),
    ("调研\n\n7月5日，区政协开展调研。委员们察看了项目现场。\n\n委员们听取了情况介绍。\n\n"
     "委员们提出了意见建议。\n\n会议要求认真总结2020年工作。\n", None),
    ("全会开幕\n\n1月26日，县政协会议开幕。委员出席。\n\n委员们听取了报告。\n\n委员们讨论了报告。\n\n"
     "报告明确了2026年县政协工作总体要求。\n", "2026-01-26"),
    ("四川省政协：2025年组织开展履职活动90余项\n\n中新网成都2月1日电 四川省政协召开新闻发布会。\n", "2026-02-01"),
    ("分组讨论\n\n1月11日下午，委员分组讨论。委员们认为，报告鼓舞人心。2023年，全市上下抢抓机遇，推动发展。\n",
     "2024-01-11"),
    ("分组讨论\n\n1月11日下午，委员分组讨论。委员们认为，报告鼓舞人心。2024年，全市上下将抢抓机遇，推动发展。\n",
     "2024-01-11"),
], ids=["the year just past in the lead", "an award for last year", "the year just past in the body",
        "the year ahead in the body", "a year the body names says nothing of July", "the year's overall aims",
        "a year's tally is of a year that is over", "a year told as a clause of its own", "a clause that looks ahead"])
def test_a_year_named_as_just_past_or_ahead_dates_a_month_day(config: Config, text: str, iso: str | None) -> None:
    article = convert_text(text, config)
    m = article.metadata
    assert (m.date.value.iso() if m.date and not m.date_guessed else None) == iso


@pytest.mark.parametrize(("text", "iso"), [
    ("常委会召开\n\n12月27日，县政协召开常委会。会议传达学习了党的十九届六中全会精神。\n", "2021-12-27"),
    ("全会开幕\n\n2月5日，州政协全会开幕。会议传达学习了中共二十大和二十届二中、三中、四中全会精神。\n", "2026-02-05"),
    ("异地视察\n\n8月24日至26日，委员开展视察，以实际行动迎接党的二十大胜利召开。\n", "2022-08-24"),
    ("会议召开\n\n3月6日，区政协召开会议，学习贯彻党的二十大精神。\n", None),
    ("委员启程\n\n3月2日，委员们启程赴京出席全国政协十四届一次会议。\n", "2023-03-02"),
    ("学习两会精神\n\n6月5日，市政协传达学习全国政协十三届三次会议精神。\n", "2020-06-05"),
], ids=["after the plenum it studies", "after the latest plenum of several", "before the congress it awaits",
        "a congress is studied for years: no date", "on the way to a national session", "studying a national session"])
def test_a_national_meeting_dates_a_month_day(config: Config, text: str, iso: str | None) -> None:
    m = convert_text(text, config).metadata
    assert (m.date.value.iso() if m.date and not m.date_guessed else None) == iso


def test_a_year_from_the_commit_date_is_a_warning(config: Config) -> None:
    article = convert_text("标题\n\n2月25日，平湖市政协召开会议。\n", config)
    assert article.metadata.date_guessed
    warned = [d for d in article.diagnostics if d.code == "date-year-guessed"]
    assert warned and "date: 2026-02-25" in warned[0].fix


@pytest.mark.parametrize(("text", "people"), [
    ("标题\n\n本报讯（记者 黄钰 实习记者 孙蕾蕾）3月5日，会议召开。\n",
     (("记者", "黄钰"), ("实习记者", "孙蕾蕾"))),
    ("标题\n\n3月5日，会议召开。\n\n会议要求抓好落实。（供稿：黄钰 孙蕾蕾；编辑：王五）\n",
     (("供稿", "黄钰"), ("供稿", "孙蕾蕾"), ("编辑", "王五"))),
    ("标题\n\n3月5日，会议召开。（王五 供稿）\n", (("供稿", "王五"),)),
    ("标题\n\n3月5日，会议召开。（时报 李四）\n", (("记者", "李四"),)),
    ("标题\n\n人民网成都1月24日电 （王军 王波）今日上午，会议开幕。\n", (("", "王军"), ("", "王波"))),
    ("标题\n\n本报讯(记者林仪揭春雁通讯员刘兰霞)3月5日，会议召开。\n",
     (("记者", "林仪"), ("记者", "揭春雁"), ("通讯员", "刘兰霞"))),
    ("标题\n\n发布时间：2025-01-03 作者：马莹 | 责任编辑：和海佳\n\n会议召开。\n",
     (("作者", "马莹"), ("责任编辑", "和海佳"))),
    ("标题\n\n【某网】（记者 周六）昨日下午，会议召开。\n", (("记者", "周六"),)),
    ("标题\n\n会议召开。\n\n会议要求抓好落实。\n\n(责编:陈二、韩三)\n", (("责编", "陈二"), ("责编", "韩三"))),
    ("标题\n\n■记 者 张一\n\n■通 讯 员 王二\n\n3月5日，会议召开。\n", (("记者", "张一"), ("通讯员", "王二"))),
    ("标题\n\n关注微信\n\n3月5日，会议召开。委员参加。\n\n丨责编：郭二丨校对：郭二\n\n丨审核：朱三\n", (("责编", "郭二"),)),
    ("标题\n\n会议现场。\n\n市委书记出席会议。\n\n市长出席会议。\n\n（记者 昝四）1月6日，会议开幕。委员出席。\n",
     (("记者", "昝四"),)),
    ("标题\n\n人民政协网10月10日电记者 王五 通讯员 边六）协商通过建议案。委员出席。\n",
     (("记者", "王五"), ("通讯员", "边六"))),
    ("标题\n\n3月5日，会议召开。委员参加。\n\n【某某日报社·某客户端全媒体记者 毕七】\n", (("全媒体记者", "毕七"),)),
    ("标题\n\n（王三）1月7日下午，会议闭幕。委员出席。\n", (("", "王三"),)),
    ("标题\n\n【本报驻北京记者铁四十日电】会议昨日开幕。委员出席。\n", (("记者", "铁四"),)),
    ("标题\n\n   记者代五 董六报道 昨天上午，市政协召开常委会议。委员出席。\n", (("记者", "代五"), ("记者", "董六"))),
    ("标题\n\n作者:某榴云\n\n来源:某榴云\n\n1月26日，会议开幕。委员出席。\n", ()),
    ("标题\n\n3月5日，会议召开。委员参加。\n\n(燕七  拍摄)\n", (("拍摄", "燕七"),)),
    ("标题\n\n新闻眼|来源:某某广播电视台2024-01-18 08:36:39|网络编辑:罗八\n\n1月18日，会议召开。委员参加。\n",
     (("编辑", "罗八"),)),
    ("标题\n\n本报讯 记者赵十报道 10月30日，全省政协会议召开。委员出席。\n", (("记者", "赵十"),)),
    ("标题\n\n作者:区政协办    时间:2022-01-13\n\n1月12日，会议召开。委员出席。\n", ()),
    ("标题\n\n1月12日，会议召开。委员出席。\n\n来源:某区政协 窦一\n", (("", "窦一"),)),
    ("标题\n\n2015-06-26 00:00:00 作者:冯一 来源:贺州市\n\n6月25日，会议召开。委员出席。\n", (("作者", "冯一"),)),
], ids=["本报讯", "供稿 and 编辑", "X 供稿", "paper + name", "dispatch", "run together", "metadata line",
        "site tag before the parenthesis", "editors in parentheses", "roles set with spaces",
        "lines opening with a separator, reviewers read but not listed", "a lead after photo captions",
        "a dispatch whose parenthesis lost its opening", "a paper and its app before the reporter",
        "a bare name before the lead's date", "a correspondent's dispatch in brackets", "reporters who 报道 the lead",
        "an outlet named as author and source", "a photographer who 拍摄", "a web editor in a metadata line",
        "本报讯 and reporters who 报道", "an office as 作者", "an office and its writer as 来源", "a place as 来源"])
def test_bylines_inside_reports(config: Config, text: str, people: tuple[tuple[str, str], ...]) -> None:
    assert meta(text, config).authors.value == people


def test_an_office_that_supplies_a_report_is_its_source_not_its_author(config: Config) -> None:
    m = meta("标题\n\n3月5日，会议召开。（绍兴市政协办公室供稿）\n", config)
    assert m.authors.value == () and m.source_name and m.source_name.value == "绍兴市政协办公室"


def test_a_heading_that_starts_with_a_one_character_role_is_no_byline(config: Config) -> None:
    article = convert_text("标题\n\n导语写在这里。\n\n文化礼堂 建设\n\n正文写在这里。\n", config)
    assert article.metadata.authors.value == ()


@pytest.mark.parametrize(("text", "name", "slug"), [
    ("桐乡市政协召开主席会议\n\n3月5日，桐乡市政协召开主席会议，市政协主席出席。\n", "桐乡市政协", "tongxiang"),
    ("县政协召开主席会议\n\n会议召开。\n\n主办：中国人民政治协商会议开化县委员会\n", "开化县政协", "kaihua"),
    ("市政协召开常委会议\n\n会议召开，市政协主席出席。市政协委员为瑞安发展建言，瑞安各界关注。\n", "瑞安市政协", "ruian"),
    ("旗政协开展委员视察活动\n\n5月5日，旗政协组织委员视察伊金霍洛旗第二人民医院建设。\n", "伊金霍洛旗政协", "yijinhuoluo"),
    ("莱芜市政协召开召集人会议\n\n1月3日下午，莱芜市政协召开会议。\n", "莱芜市政协", "laiwu"),
], ids=["brief name", "formal name in the footer", "alias and place", "a banner's alias and its name",
        "a city that has since become a district"])
def test_organisations_not_in_the_config_are_recognised(config: Config, text: str, name: str, slug: str) -> None:
    article = convert_text(text, config)
    assert article.metadata.organisation and article.metadata.organisation.value == name
    warned = [d for d in article.diagnostics if d.code == "organisation-unconfigured"]
    assert warned and f"slug: {slug}" in warned[0].fix


def test_a_verb_before_an_alias_is_no_organisation(config: Config) -> None:
    m = meta("标题\n\n会议召开市政协常委会议，获嘉兴市政协表彰。\n", config)
    assert m.organisation and m.organisation.value == "嘉兴市政协"


@pytest.mark.parametrize(("title", "category"), [
    ("常州市政协开展“界别活动月”", "界别活动周"), ("委员分组审议常委会工作报告", "履职动态"),
    ("中国人民政治协商会议湖北省第十一届委员会常务委员会工作报告", "年度回顾"),
    ("阜阳市政协秘书长工作交流座谈会召开", "工作会议"), ("全市政协工作推进会召开", "工作会议"),
    ("区政协回顾2010年工作 描绘“十二五”开局宏伟蓝图", "年度回顾"), ("2016年政协工作大事记", "年度回顾"),
    ("十六区头条年度报道丨徐汇区政协延伸履职触角", "年度回顾"),
    ("政协常务委员会关于十二届三次会议以来提案工作情况的报告", "年度回顾"),
    ("政协委员热议省政协常委会工作报告", "履职动态"),
    ("区政协召开主席办公会暨2020年各委室工作总结会", "工作会议"), ("政协召开十届二次会议第二次筹备工作会议", "工作会议"),
    ("市政协召开各界别召集人座谈会", "工作会议"), ("云南陕西两省政协召开委员联络工作经验交流会", "工作会议"),
    ("崔波作政协常委会工作报告 陈雍主持会议", "履职动态"), ("政协新余市委员会2009年年鉴", "年度回顾"),
    ("渭南市政协开展“委员活动日”活动", "界别活动周"), ("县政协召开“双周联系委员日”活动", "界别活动周"),
    ("市政协开展委员联系界别群众活动", "履职动态"), ("省政协召开河西五市政协主席座谈会", "工作会议"),
    ("市政协十三届四次会议召开专委会会议", "工作会议"), ("区政协专题研究文史资料工作", "工作会议"),
    ("拱墅政协走进协商民主实践中心活动周正式启动", "界别活动周"),
    ("省政协晒一年工作成绩单 提交800件提案", "年度回顾"), ("政协某某市委员会年鉴-2023", "年度回顾"),
    ("某某市政协六十五年奋进历程", "年度回顾"), ("全市政协主席齐聚某县 共谋政协新局面", "工作会议"),
    ("政协某某自治区委员会常务委员会关于提案工作情况的报告(摘要)", "年度回顾"),
    ("某省政协全年共收到提案896件 办复率100%", "年度回顾"),
    ("某某市政协安排部署十届二次会议提案征集工作", "工作会议"), ("省政协提案委召开主任会议", "工作会议"),
    ("某某政协组织社情民意信息培训", "工作会议"), ("长三角九市一区政协全过程人民民主探索与实践联席会议首次会议召开", "工作会议"),
    ("某某市政协传达学习中央经济工作会议精神", "履职动态"),
    ("某县政协召开2020年文史资料征集座谈会", "工作会议"), ("省政协举行集体提案选题报告会", "工作会议"),
    ("某市政协召开各民主党派负责人座谈会", "工作会议"), ("京津冀政协开展港澳台侨和外事工作交流活动", "工作会议"),
    ("政协某州十届四次会议各组召集人会议召开", "履职动态"),
    ("市政协十三届五次会议通报2025年度20件优秀提案", "履职动态"),
    ("某市政协召开市县(区)政协主席会议", "工作会议"), ("市政协科教卫体人口资源环境委员会2024年第一次全体会议", "工作会议"),
    ("市政协召开创建协商平台现场观摩交流会议", "工作会议"), ("区政协召开“民生专题协商议事月”活动总结交流会", "工作会议"),
])
def test_categories_by_meaning(config: Config, title: str, category: str) -> None:
    assert meta(f"{title}\n\n会议召开。委员们参加。\n", config).category.value == category


def test_the_default_category_is_said(config: Config) -> None:
    article = convert_text("标题\n\n会议召开。委员们参加。\n", config)
    infos = [d for d in article.diagnostics if d.code == "category-default"]
    assert infos and "年度回顾 0" in infos[0].message


@pytest.mark.parametrize(("value", "people"), [
    ("黄钰 孙蕾蕾", (("", "黄钰"), ("", "孙蕾蕾"))),
    ("[记者 张三 李四, 通讯员 王五]", (("记者", "张三"), ("记者", "李四"), ("通讯员", "王五"))),
    ("[{role: 摄影, name: 赵六}]", (("摄影", "赵六"),)),
])
def test_front_matter_authors(config: Config, value: str, people: tuple[tuple[str, str], ...]) -> None:
    assert meta(f"---\nauthors: {value}\n---\n标题\n\n会议召开。\n", config).authors.value == people


@pytest.mark.parametrize(("text", "title"), [
    ("快讯!刚刚,市政协五届一次会议闭幕!\n吉安新闻网讯(记者 王玉梅、罗昊)10月13日上午,会议闭幕。\n",
     "快讯！刚刚，市政协五届一次会议闭幕！"),
    ("中国人民政治协商会议\n\n常宁市第十一届委员会常务委员会\n\n工作报告\n\n（2025年3月5日）\n\n各位委员：\n\n我代表常务委员会报告工作。\n",
     "中国人民政治协商会议常宁市第十一届委员会常务委员会工作报告"),
    ("各区之声|光明区政协举行委员工作室授牌活动\n\n3月5日，光明区政协举行活动。\n", "光明区政协举行委员工作室授牌活动"),
    ("怀揣良策助发展\n\n市政协委员昨日报到\n\n2月23日，委员们报到。会议将召开。\n", "市政协委员昨日报到"),
    ("为在全会上提出务实建议创造条件\n\n沈阳市政协组织委员进行大视察\n\n14日上午，委员们视察。\n",
     "沈阳市政协组织委员进行大视察"),
    ("界别聚智 履职为民\n\n秀洲区政协“界别活动周”掀起热潮\n\n3月5日，活动开幕。委员参加。\n", "界别聚智 履职为民"),
    ("本页位置:广东新闻网 > 正文\n\n白云区政协十一届二次会议开幕\n\n3月9日，会议开幕。委员出席。\n",
     "白云区政协十一届二次会议开幕"),
    ("常宁市政协常务委员会工作报告\n\n中国人民政治协商会议\n\n常宁市政协常务委员会\n\n工 作 报 告\n\n"
     "—在3月2日政协常宁市第十一届委员会第五次会议上\n\n段  鸣\n\n各位委员、同志们：\n\n我代表常务委员会报告工作。\n",
     "常宁市政协常务委员会工作报告"),
    ("满怀信心献良策 凝聚共识绘新篇——南京市政协十五届四次会议委员报到侧记\n\n1月6日，委员报到。会议召开。\n",
     "满怀信心献良策 凝聚共识绘新篇"),
    ("“人民城市标杆区建设”——杨浦滨江政协委员工作站揭牌\n\n11月2日，工作站揭牌。委员参加。\n",
     "“人民城市标杆区建设”——杨浦滨江政协委员工作站揭牌"),
    ("政协要闻 位置：首页>政协要闻\n\n区政协召开常委会议\n\n3月5日，区政协召开会议。委员参加。\n", "区政协召开常委会议"),
    ("视频来源：看看新闻 剪辑：谷钦慧 刘子烨(02:01)\n\n徐汇区政协延伸履职触角\n\n一年来，区政协开展工作。委员参加。\n",
     "徐汇区政协延伸履职触角"),
], ids=["exclamation", "formal name over three lines", "column tag", "kicker", "purpose kicker", "couplet over subtitle",
        "title and subtitle on one line", "a quoted phrase before a dash is the title's", "breadcrumb after a column label",
        "video credits",
        "breadcrumb ending in 正文", "page title over a printed report head"])
def test_headline_shapes(config: Config, text: str, title: str) -> None:
    assert meta(text, config).title.value == title


def test_a_report_head_keeps_its_subtitle_date_and_speaker(config: Config) -> None:
    m = meta("政协常务委员会工作报告\n\n——在政协第四次会议上\n\n(2026年1月30日)\n\n卓  嘎\n\n各位委员:\n\n"
             "我受常务委员会委托，向大会报告工作。\n", config)
    assert m.title.value == "政协常务委员会工作报告"
    assert m.subtitle is not None and m.subtitle.value == "在政协第四次会议上（2026年1月30日）"
    assert m.authors.value == (("", "卓嘎"),)
    assert m.date is not None and m.date.value.iso() == "2026-01-30"


def test_a_place_inside_a_persons_name_and_offices_of_several_places_are_no_evidence(config: Config) -> None:
    m = meta("秘书长工作交流座谈会召开\n\n9月15日，座谈会召开。市政协副主席魏建华出席会议并讲话。"
             "副主席魏建华指出，要抓好落实。各县区政协作交流发言。\n", config)
    assert m.organisation is None or m.organisation.value != "建华区政协"


def test_places_visited_and_offices_hosting_are_not_the_reports_office(config: Config) -> None:
    m = meta("市政协委员赴昆山市异地视察\n\n11月18日，市政协组织委员赴昆山市开展异地视察。昆山市政协主席管凤良等陪同视察。"
             "委员们了解了昆山市经济社会发展情况。昆山市的经验值得学习。\n\n供稿丨钱佩予\n\n张家港政协\n\n"
             "中国人民政治协商会议张家港市委员会（简称张家港市政协）是张家港市各界人士参加的组织，" + "在张家港市" * 10 + "。\n",
             config)
    assert m.organisation is not None and m.organisation.value == "张家港市政协"
    assert m.authors.value == (("供稿", "钱佩予"),)


@pytest.mark.parametrize(("text", "organisation"), [
    ("麻城市政协来我市考察\n\n9月4日，麻城市政协副主席杨来凡、秘书长周玉斌带领委员，来我市考察。在广水市政协副主席李远东的"
     "陪同下，杨来凡一行走访了工厂。我市政协委员参加。市政协主席出席。\n", "广水市政协"),
    ("上海市青浦区政协来霍山县调研\n\n来源:霍山县政协 2024-08-31 10:58:26\n\n近日，上海市青浦区政协副主席徐孝芳一行来霍山县"
     "调研，霍山县政协主席陪同。县政协委员参加。\n", "霍山县政协"),
], ids=["a visit to the report's city", "a visit to the report's county"])
def test_the_host_of_a_visit_wrote_the_report(config: Config, text: str, organisation: str) -> None:
    m = meta(text, config)
    assert m.organisation is not None and m.organisation.value == organisation


def test_the_office_a_source_line_names_wrote_the_report(config: Config) -> None:
    text = ("江南会客厅政协委员工作站揭牌成立\n\n[ 来源:吴江政协│ 作者:本网报道│ 时间:2024/6/22 15:27:00 ]\n\n"
            "6月21日，工作站举行揭牌仪式。青浦区政协主席曹卫东，吴江区政协主席曹雪娟共同揭牌。"
            "青浦区政协副主席顾啸流主持活动，青浦区政协副主席徐孝芳、吴江区政协副主席高建民参加。\n")
    m = meta(text, config)
    assert m.organisation is not None and m.organisation.value == "吴江区政协"


@pytest.mark.parametrize(("text", "organisation"), [
    ("县政协召开常委会\n\n来源：渭南日报\n\n5月6日，县政协召开常委会。县政协主席出席。县政协委员参加。\n", None),
    ("市政协调研\n\n来源：渭南日报\n\n5月6日，市政协开展调研。市政协主席出席。市政协委员参加。\n", "渭南市政协"),
    ("委员报到\n\n金平进入“两会”时间。县政协委员报到。县政协主席看望委员，为金平发展建言。\n", "金平县政协"),
    ("主席会议召开\n\n区政协召开主席会议，研究合作事项，推进乡村振兴，深化合作。区政协主席出席。\n", None),
    ("县政协常委会工作报告摘要\n\n为建设“幸福宁津”贡献政协智慧和力量。县政协常委会深化党的建设。\n", "宁津县政协"),
    ("市政协调研\n\n市政协调研宜昌、荆州两地的花园城市建设。市政协主席出席。\n", None),
    ("自治区政协工作综述\n\n自治区政协把大兴调查研究作为重要内容，助力民族复兴。自治区政协委员参加。\n", None),
    ("县政协视察项目\n\n县政协视察项目，吸引更多资源、技术向园区集聚。县政协主席出席。\n", None),
], ids=["a paper's place is no county", "a paper's place for the city's alias", "a shared short name by its level",
        "words that are short names (合作, 振兴) are no places", "the only place of the alias's level, named once",
        "two places of that level named once each: no guess", "区政协 inside 自治区政协 names no district",
        "a word that is also a county's short name (资源)"])
def test_places_named_once_as_an_institution_or_shared(config: Config, text: str, organisation: str | None) -> None:
    m = meta(text, config)
    assert (m.organisation.value if m.organisation else None) == organisation


def test_a_formal_name_counts_for_its_office(config: Config) -> None:
    m = meta("中国人民政治协商会议第十二届西藏自治区委员会常务委员会关于提案工作情况的报告\n\n"
             "——在政协第十二届西藏自治区委员会第四次会议上\n\n各位委员：\n\n我受常务委员会委托，向大会报告工作。\n", config)
    assert m.organisation is not None and m.organisation.value == "西藏自治区政协"
    m = meta("中国人民政治协商会议北京市通州区第七届委员会常务委员会工作报告\n\n各位委员：\n\n我代表常务委员会报告工作。\n",
             config)
    assert m.organisation is not None and m.organisation.value == "通州区政协"


@pytest.mark.parametrize(("text", "organisation"), [
    ("区政协召开常委会议\n\n7月2日，区政协召开常委会议，围绕推动青浦新城建设协商。推动新城发展，提升新城建设能级，"
     "增强新城经济活力。青浦区新城发展办参加。\n", "青浦区政协"),
    ("工作站揭牌\n\n11月2日，区政协举行杨浦滨江政协委员工作站揭牌仪式。工作站位于滨江岸线，服务滨江发展，"
     "融入杨浦滨江建设。\n", "杨浦区政协"),
], ids=["a district's new town", "a district's riverside"])
def test_short_names_that_are_words_are_no_places(config: Config, text: str, organisation: str) -> None:
    m = meta(text, config)
    assert m.organisation is not None and m.organisation.value == organisation


def test_city_and_county_is_no_county(config: Config) -> None:
    m = meta("标题\n\n会议召开，市和县政协委员参加。委员们发言。\n", config)
    assert m.organisation is None or m.organisation.value != "和县政协"


def test_a_paper_before_the_role_is_no_name(config: Config) -> None:
    m = meta("标题\n\n(成都日报锦观新闻记者 李霞 实习记者 杨帆) 4月7日，会议召开。\n", config)
    assert m.authors.value == (("记者", "李霞"), ("实习记者", "杨帆"))


@pytest.mark.parametrize(("text", "people"), [
    ("标题\n\n会议召开。\n\n【责任编辑:陈雁真】\n", (("责任编辑", "陈雁真"),)),
    ("标题\n\n会议召开。\n\n(李玮逸)\n", (("", "李玮逸"),)),
    ("标题\n\n会议召开。\n\n一审:周颖\n\n二审:孙艳妮\n", ()),
    ("标题\n\n本报讯 (记者 刘 睿 王树天) 1月17日，会议闭幕。\n", (("记者", "刘睿"), ("记者", "王树天"))),
    ("标题\n\n作者:马 越 文章来源:宁夏日报\n\n会议召开。\n", (("作者", "马越"),)),
    ("标题\n\n■ 海南日报全媒体记者 黎鹏\n\n会议召开。委员发言。\n", (("全媒体记者", "黎鹏"),)),
    ("标题\n\n会议召开。\n\n会议要求抓好落实。(记者祝传鹏)\n\n编辑:王淑\n",
     (("记者", "祝传鹏"), ("编辑", "王淑"))),
    ("标题\n\n会议召开。\n\n新媒体编辑:周仲秋\n", (("新媒体编辑", "周仲秋"),)),
    ("标题\n\n2021-01-15 09:12 来源:三峡日报  编辑:金睿  审核:刘小凡\n\n会议召开。\n", (("编辑", "金睿"),)),
    ("标题\n\n会议召开。委员发言。(完) 【编辑:刘阳禾】\n", (("编辑", "刘阳禾"),)),
    ("标题\n\n鞍山日报消息(记者 张伟 王兰 傅雅妮)昨日上午，会议闭幕。\n",
     (("记者", "张伟"), ("记者", "王兰"), ("记者", "傅雅妮"))),
    ("标题\n\n滨州日报/滨州网讯(记者裴庆力报道)12月27日上午，会议开幕。\n", (("记者", "裴庆力"),)),
    ("标题\n\n会议召开。委员发言。\n\n潍坊日报社全媒体记者: 于哲/文\n", (("全媒体记者", "于哲"),)),
    ("标题\n\n2020-07-24 09:05 来源:盐阜大众报报业集团全媒体记者 王艳 张咪 字号:\n\n会议召开。\n",
     (("全媒体记者", "王艳"), ("全媒体记者", "张咪"))),
    ("标题\n\n来源:吕游   发布日期:2020/5/6\n\n会议召开。\n", (("", "吕游"),)),
    ("标题\n\n发布日期:2023-11-10 来源:管理员 阅读:586次\n\n会议召开。\n", ()),
    ("标题\n\n文摘   2024-11-18 17:02   江苏\n\n会议召开。\n", ()),
    ("标题\n\n会议召开。委员出席。（中国西藏网 记者/王媛媛 拉姆）\n", (("记者", "王媛媛"), ("记者", "拉姆"))),
    ("标题\n\n本报讯通讯员 田井强)县政协完成征订任务。委员参加。\n", (("通讯员", "田井强"),)),
    ("标题\n\n会议召开。委员出席。(湖北日报记者张进、通讯员郑轩)\n", (("记者", "张进"), ("通讯员", "郑轩"))),
    ("标题\n\n时间:2022-09-22 22:49作者:陈汝威源自:县融媒体中心\n\n会议召开。\n", (("作者", "陈汝威"),)),
    ("标题\n\n本报西和讯(通讯员鱼勇)11月18日，会议召开。\n", (("通讯员", "鱼勇"),)),
], ids=["bracketed editor", "a name alone in brackets", "review credits are furniture", "spaced two-character name",
        "消息 with a surname the table lacked", "报道 run into the name", "paper run into the role on its own line",
        "reporters in a source line", "a person as the source", "a site's administrator is nobody",
        "a province is nobody", "a name without a surname after a role", "the opening bracket lost",
        "a paper's reporter and correspondent", "源自 after the author", "a surname the table lacked (鱼)",
        "spaced name in a metadata line", "paper before the role", "reporter closing a paragraph", "qualified editor",
        "a reviewer is no author", "bracketed editor after 完"])
def test_more_byline_shapes(config: Config, text: str, people: tuple[tuple[str, str], ...]) -> None:
    assert meta(text, config).authors.value == people


def test_a_photo_credit_ends_its_caption_paragraph(config: Config) -> None:
    article = convert_text("标题\n\n会议召开。委员发言。\n\n主席作报告。□石榴云/新疆日报记者崔志坚摄\n\n"
                           "各位委员：\n\n我代表常委会报告工作。\n", config)
    assert ("摄影", "崔志坚") in article.metadata.authors.value
    assert "摄各位委员" not in article.markdown


def test_a_picture_tag_after_the_headline_goes(config: Config) -> None:
    article = convert_text("政协黔东南州十届五次会议隆重开幕（图）\n\n会议开幕。委员出席。\n", config)
    assert article.metadata.title.value == "政协黔东南州十届五次会议隆重开幕"
    assert any(r.text == "（图）" for r in article.removed)


def test_a_traditional_report_is_read_and_published_in_simplified(config: Config) -> None:
    text = ("璧山區政協委員報到\n\n2026-01-19 15:46:35 來源: 璧山發布\n\n"
            "1月19日，政協重慶市璧山區第三屆委員會第六次會議召開在即，區政協委員陸續報到。區政協主席看望委員。\n")
    article = convert_text(text, config)
    m = article.metadata
    assert m.title.value == "璧山区政协委员报到"
    assert m.organisation is not None and m.organisation.value == "璧山区政协"
    assert m.date is not None and m.date.value.iso() == "2026-01-19"
    body = body_of(article)
    assert "区政协委员陆续报到" in body and "來源" not in body and "来源" not in body


def test_an_autonomous_prefecture_goes_by_its_short_name(config: Config) -> None:
    m = meta("州政协召开全会\n\n2月5日，政协第十四届海南藏族自治州委员会第五次会议开幕。州政协主席作报告。州政协委员参加。\n",
             config)
    assert m.organisation is not None and m.organisation.value == "海南州政协"


@pytest.mark.parametrize(("text", "check"), [
    ("古田新闻网 新闻中心 古田城事\n\n古田县政协开展重点项目视察\n\n6月20日，县政协开展视察。委员参加。\n\n"
     "责任编辑:余凌古田网\n\n返回首页\n",
     lambda m, body: m.title.value == "古田县政协开展重点项目视察" and m.authors.value == (("责任编辑", "余凌"),)
     and "返回首页" not in body and "余凌" not in body),
    ("宣传工作会议召开\n\n12月24日，会议召开。委员参加。(市政协研究室  常 忠)\n",
     lambda m, body: m.authors.value == (("", "常忠"),) and "研究室" not in body),
    ("委员会向全国政协汇报\n\n9月5日，委员会汇报工作。委员参加。(文:省政协人口资源环境委员会办公室、教科卫体委员会办公室)\n",
     lambda m, body: m.authors.value == () and "办公室" not in body),
    ("委员活动日\n\n[摘要] 9月21日，县政协组织开展委员活动日活动。\n\n9月21日，县政协组织开展委员活动日活动。委员参加。\n",
     lambda m, body: "摘要" not in body and body.count("组织开展委员活动日") == 1),
    ("委员工作室挂牌\n\n5月10日，为贯彻落实市委政协工作会议精神，区政协委员工作室挂牌成立。委员参加。\n",
     lambda m, body: m.category.value == "履职动态"),
    ("十届省政协提案五年回顾\n\n五年来，省政协委员提出提案2712件。委员参加。\n", lambda m, body: m.category.value == "年度回顾"),
    ("县政协召开常委会\n\n5月19日，县政协召开常委会，坚持建言资政和凝聚共识双向发力，勠力同心、上下同心。县政协主席出席。\n",
     lambda m, body: m.organisation is None),
], ids=["a site's links over the headline and its editor", "the writer's office before a spaced name",
        "offices credited for the text", "the page's summary", "carrying out a work meeting's spirit is no work meeting",
        "a five-year review", "words that hold a short place name (政和, 同心) are no places"])
def test_holdout_six_shapes(config: Config, text: str, check: Any) -> None:
    article = convert_text(text, config)
    assert check(article.metadata, body_of(article))


@pytest.mark.parametrize(("text", "check"), [
    ("常务委员会工作报告\n\n——2018年1月6日在政协常州市第十四届委员会第二次会议上\n\n俞 志 平\n\n各位委员:\n\n"
     "现在，我代表常务委员会向大会报告工作。\n", lambda m: m.authors.value == (("", "俞志平"),)),
    ("农工党界别委员工作室设立\n\n政协联线记者 游思静\n\n11月25日，委员工作室揭牌。委员参加。\n",
     lambda m: m.authors.value == (("记者", "游思静"),)),
    ("市政协召开提案审查工作会议\n\n1月16日，市政协召开提案审查工作会议。委员参加。\n\n"
     "截至2026年1月16日下午3时，本次会议共收到提案128件。\n",
     lambda m: m.date is not None and not m.date_guessed and m.date.value.iso() == "2026-01-16"),
    ("区政协为工商联界别委员工作室揭牌\n\n揭牌现场\n\n11月23日，区政协为委员工作室揭牌。委员参加。\n",
     lambda m: m.authors.value == ()),
    ("走访委员\n\n5月5日，主席走访委员。委员参加。\n\n供稿:市政协委员学习联络委\n", lambda m: m.authors.value == ()),
    ("座谈会召开\n\n5月5日，委员座谈。委员参加。\n\n图:政协委员就推动传统文化传承与发展开展座谈\n",
     lambda m: m.authors.value == ()),
    ("简报\n\n5月5日，委员座谈。委员参加。\n\n宜都市政协  艾杰 高亚庆  供稿)\n",
     lambda m: m.authors.value == (("供稿", "艾杰"), ("供稿", "高亚庆"))),
    ("协商议事\n\n1月10日，委员协商。委员参加。\n\n□本版图片 本报记者 郑峰 摄\n",
     lambda m: [n for _, n in m.authors.value] == ["郑峰"]),
    ("州政协常委会议召开\n\n5月5日，州政协召开常委会议。州政协主席出席。州政协委员参加，为谱写延边高质量发展新篇章"
     "做出贡献。\n", lambda m: m.organisation is not None and m.organisation.value == "延边州政协"),
    ("宜昌市政协召开社情民意信息工作会\n\n5月5日，会议召开。委员参加。\n", lambda m: m.category.value == "工作会议"),
], ids=["a name spaced character by character", "a site's name before the reporter",
        "the same day told in full further down", "a photo's label is nobody", "an office credited is nobody",
        "a caption after 图: is nobody", "a closing bracket only", "the page's pictures credited",
        "a place named once with its development", "a 工作会"])
def test_more_holdout_six_shapes(config: Config, text: str, check: Any) -> None:
    assert check(convert_text(text, config).metadata)


def test_an_inferred_year_and_a_traditional_text_are_said(config: Config) -> None:
    article = convert_text("常委会召开\n\n12月27日，县政协召开常委会。会议传达学习了党的十九届六中全会精神。\n", config)
    said = [d for d in article.diagnostics if d.code == "date-year-inferred"]
    assert said and "十九届六中全会" in said[0].message and "date: 2021-12-27" in said[0].fix
    assert not [d for d in article.diagnostics if d.code == "traditional-converted"]
    article = convert_text("政協委員會召開會議\n\n12月27日，縣政協召開常委會。會議傳達學習了黨的十九屆六中全會精神。\n", config)
    assert [d.severity.value for d in article.diagnostics if d.code == "traditional-converted"] == ["info"]
    assert article.metadata.title.value == "政协委员会召开会议"


def test_an_anniversary_year_is_an_inferred_year_to_confirm(config: Config) -> None:
    article = convert_text("标题\n\n近日，某区政协召开会议，学习庆祝人民政协成立75周年大会精神。\n", config)
    assert article.metadata.date is not None and article.metadata.date.value == PartialDate(2024)
    inferred = [d for d in article.diagnostics if d.code == "date-year-inferred"]
    assert inferred and "1949 + 75" in inferred[0].message


@pytest.mark.parametrize(("text", "words"), [
    ("会议召开\n\n5月19日，会议召开。委员出席。\n\n某某说，今年是“十三五”规划的收官之年。\n", "十三五"),
    ("协商议政展作为\n\n——2020年某某市政协工作亮点回眸\n\n一年来，市政协履职尽责。委员建言。\n", "2020年"),
], ids=["a five-year plan's last year", "a review's year in its headline"])
def test_a_plan_year_or_a_reviews_year_is_an_inferred_year_to_confirm(config: Config, text: str, words: str) -> None:
    inferred = [d for d in convert_text(text, config).diagnostics if d.code == "date-year-inferred"]
    assert inferred and words in inferred[0].message


def test_an_office_alone_in_brackets_under_the_text_is_its_source(config: Config) -> None:
    article = convert_text("标题\n\n3月5日，会议召开。委员参加。\n\n（镜湖区政协）\n", config)
    m = article.metadata
    assert m.authors.value == () and m.source_name and m.source_name.value == "镜湖区政协"
    assert "（镜湖区政协）" not in body_of(article)


@pytest.mark.parametrize(("text", "organisation"), [
    ("金坛市政协首家镇工作委员会成立\n\n近日，市政协首家镇工作委员会成立。市政协主席出席。\n\n"
     "中国人民政治协商会议常州市委员会主办 常州市政协 常州政协 常州\n", "金坛市政协"),
    ("市政协组织住我市的苏州市政协委员视察\n\n11月18日，市政协组织委员视察。张家港市政协主席出席。\n", "张家港市政协"),
    ("扛起大区大担当\n\n昨日上午，政协萧山区十五届四次会议开幕。委员出席。\n", "萧山区政协"),
    ("县政协联络室交流会召开\n\n文章来源:民权网\n\n5月5日，县政协召开交流会。委员参加。\n", "民权县政协"),
    ("天津北辰区(qū)政协(xié)召开常委会议\n\n5月5日，区政协召开会议。委员出席。\n", "北辰区政协"),
    ("玉环县政协召开全体会议\n\n1月5日，县政协召开会议。委员出席。\n", "玉环县政协"),
], ids=["the office the headline names", "members of another office in the headline", "a session named by its place",
        "a place's news site as the source", "readings printed after characters", "a county that has since become a city"])
def test_the_reports_own_office_from_its_headline_and_names(config: Config, text: str, organisation: str) -> None:
    m = meta(text, config)
    assert m.organisation is not None and m.organisation.value == organisation


def test_a_labelled_date_above_the_headline_is_the_pages_date(config: Config) -> None:
    m = meta("当前位置: 首页>要闻>正文\n\n时间:2026-01-27 10:25\n\n来源:某某网\n\n自治区政协会议开幕\n\n"
             "1月26日，会议开幕。委员出席。\n", config)
    assert m.published is not None and m.published.value.iso() == "2026-01-27"
    assert meta("当前时间：2026-01-27\n\n自治区政协会议开幕\n\n1月26日，会议开幕。委员出席。\n", config).published is None


def test_a_bylines_post_time_is_the_pages_date(config: Config) -> None:
    m = meta("某县政协召开新闻发布会\n\n1月18日，发布会召开。委员出席。\n\n编辑: 马九 2026-01-19 11:11:42\n", config)
    assert m.published is not None and m.published.value.iso() == "2026-01-19"
    assert ("编辑", "马九") in m.authors.value


def test_an_e_paper_line_with_its_page_gives_the_date(config: Config) -> None:
    text = ("某某参加联组会议讨论\n\n1月24日，委员参加讨论。委员发言。\n\n《 人民政协报 》 ( 2022年01月27日   第 08 版)\n")
    m = meta(text, config)
    assert m.date is not None and m.date.value.iso() == "2022-01-27"  # the page's date, as the dates rule says
    assert m.published is not None and m.published.value.iso() == "2022-01-27"


@pytest.mark.parametrize(("text", "iso"), [
    ("2021-01-08 10:25  来源 : \n打印 | 字号: |\n\n县政协会议胜利闭幕\n\n今天上午，会议闭幕。委员出席。\n", "2021-01-08"),
    ("第一版:要闻\n\n2025年12月08日\n区政协专门委员会工作会议召开\n阅读量:674\n本报讯 12月5日下午，会议召开。委员出席。\n",
     "2025-12-08"),
    ("强化团结联谊，广泛汇聚共识合力\n\n2024-03-16 07:19\n某某论坛 2024年1期\n\n坚持把凝聚共识作为中心环节。委员履职。\n",
     "2024-03-16"),
], ids=["a date and its 来源 label above the headline", "an issue date on a page numbered in Chinese (第一版)",
        "a periodical's issue line under the date"])
def test_a_pages_date_line_is_its_publication_date(config: Config, text: str, iso: str) -> None:
    m = meta(text, config)
    assert m.published is not None and m.published.value.iso() == iso


def test_a_month_day_in_chinese_numerals_is_read(config: Config) -> None:
    text = "某省政协会议开幕\n\n一月十九日上午，省政协会议在某地开幕。委员们以优异成绩庆祝中国共产党成立100周年。\n"
    m = meta(text, config)
    assert m.date is not None and m.date.value.iso() == "2021-01-19"
    assert meta("某某会议开幕\n\n十二月三十一日，会议开幕。委员出席。\n", config, Anchor(2024, "test")).date.value.iso() \
        == "2024-12-31"


def test_a_periodicals_issue_line_is_no_headline(config: Config) -> None:
    article = convert_text("强化团结联谊，广泛汇聚共识合力\n\n2024-03-16 07:19\n某某论坛 2024年1期\n\n"
                           "坚持把凝聚共识作为中心环节。委员履职。\n", config)
    assert article.metadata.title.value == "强化团结联谊，广泛汇聚共识合力"
    assert "2024年1期" not in body_of(article)


def test_a_lead_that_holds_a_liaison_groups_work_meeting_makes_a_work_meeting(config: Config) -> None:
    text = "某区全面铺开镇(街)政协联络组工作\n\n日前，某区政协召开镇(街)联络组工作会议，安排部署工作任务。委员出席。\n"
    assert meta(text, config).category.value == "工作会议"
    assert meta(text.replace("召开镇(街)联络组工作会议", "走访镇(街)联络组"), config).category.value == "履职动态"


@pytest.mark.parametrize(("text", "authors"), [
    ("标题\n\n【本报记者某州二十日电】四位委员亮相某州市政协会议。委员出席。\n", ()),
    ("标题\n发布时间:2021-12-22 02:15:33 来源: 编辑:某荣网\n\n会议开幕。委员出席。\n", ()),
    ("标题\n\n来源:原创  时间:15-02-11 09:43  责任编辑:jskfsw\n\n会议开幕。委员出席。\n", ()),
    ("标题\n\n【本报驻北京记者铁四十日电】会议昨日开幕。委员出席。\n", (("记者", "铁四"),)),
], ids=["a dateline's place the text names as an office's", "an outlet as editor", "an original-content mark",
        "a correspondent's name in a dateline"])
def test_places_outlets_and_marks_are_no_authors(config: Config, text: str, authors: tuple[tuple[str, str], ...]) -> None:
    assert meta(text, config).authors.value == authors


@pytest.mark.parametrize(("text", "iso"), [
    ("会议召开\n\n5月19日，会议召开。委员出席。\n\n某某说，今年是全面建成小康社会和“十三五”规划的收官之年。\n", "2020-05-19"),
    ("会议闭幕\n\n1月23日，会议闭幕。委员出席。\n\n主席指出，今年是“十四五”規划的收官之年。\n", "2025-01-23"),
    ("联组讨论\n\n2月6日，委员参加讨论。委员发言。\n\n某某指出，2026年是实施“十五五”规划开局之年，意义重大。\n", "2026-02-06"),
    ("联组讨论\n\n2月6日，委员参加讨论。委员发言。\n\n某某指出，“十五五”规划已经开局。\n", None),
], ids=["the last year of the 13th plan", "the last year of the 14th plan", "a year named as a plan's first",
        "a plan named without this year"])
def test_a_five_year_plans_first_or_last_year_dates_a_month_day(config: Config, text: str, iso: str | None) -> None:
    m = meta(text, config)
    assert (m.date.value.iso() if m.date and not m.date_guessed else None) == iso


@pytest.mark.parametrize(("text", "iso"), [
    ("会议开幕\n\n12月27日上午，县政协会议开幕。委员出席。\n\n主席说，即将过去的2022年，是极不平凡的一年。\n", "2022-12-27"),
    ("某省进入2021两会时间\n\n中新网某地2月18日电 省政协会议18日开幕。委员出席。\n", "2021-02-18"),
    ("协商议政展作为 凝心聚力促发展\n\n——2020年某某市政协工作亮点回眸\n\n一年来，市政协履职尽责。委员建言。\n", "2020"),
    ("某某政协组织培训\n0 不详 2015年07月06日\n\n7月3日上午，县政协召开培训会。委员参加。\n", "2015-07-06"),
], ids=["the year now ending", "a year before 两会", "a review's year in its subtitle", "a view count and an unknown author"])
def test_more_ways_a_page_names_its_year(config: Config, text: str, iso: str) -> None:
    m = meta(text, config)
    assert m.date is not None and not m.date_guessed and m.date.value.iso() == iso


@pytest.mark.parametrize(("text", "name"), [
    ("县政协召开常委会\n\n8月12日，县政协召开常委会。会议通过了政协范县委员会九项制度。\n", "范县政协"),
    ("大会发言\n\n政协沁县第十四届五次会议举行大会发言。委员发言。\n", "沁县政协"),
], ids=["a one-character county's formal name", "a session named by a one-character county"])
def test_a_one_character_county_names_its_office(config: Config, text: str, name: str) -> None:
    m = meta(text, config)
    assert m.organisation is not None and m.organisation.value == name


@pytest.mark.parametrize(("text", "iso"), [
    ("自治区政协会议开幕\n\n1月12日上午，宁夏回族自治区政协十二届一次会议在银川开幕。委员出席。\n", "2023-01-12"),
    ("省政协会议开幕\n\n1月26日，江西省政协十三届四次会议开幕。委员出席。\n", "2026-01-26"),
    ("常委会召开\n\n1月18日，河北省政协召开十二届二十五次常委会会议。委员出席。\n", None),
    ("委员返回\n\n3月12日，陕西省政协委员参加全国政协十四届一次会议后返回。委员发言。\n", "2023-03-12"),
    ("新闻发布会召开\n\n中新网昆明1月9日电 政协云南省第十三届委员会第一次会议新闻发布会9日召开。委员发言。\n", "2023-01-09"),
    ("常委会召开\n\n1月9日，政协云南省第十三届委员会常务委员会第五次会议召开。委员发言。\n", None),
    ("委员出席\n\n3月5日，云南省政协委员列席中国人民政治协商会议第十四届全国委员会第二次会议。委员发言。\n", None),
], ids=["a province's plenary session", "a later session of the same term", "a standing committee's 25th meeting",
        "the national 政协's session, by its own year (not the province's 14th term, 2028)",
        "a session by its formal name", "the formal name of the standing committee's meeting",
        "the national 政协's session by its formal name"])
def test_a_provinces_known_terms_date_its_sessions(config: Config, text: str, iso: str | None) -> None:
    m = meta(text, config)
    assert (m.date.value.iso() if m.date and not m.date_guessed else None) == iso


def test_known_terms_are_checked_and_extended_five_years_a_term() -> None:
    text = (ROOT / "newsdesk.yml").read_text(encoding="utf-8")
    config = parse_config(text, "newsdesk.yml")
    assert config.terms["宁夏回族自治区政协"][11] == 2018 and config.terms["重庆市政协"][6] == 2023
    with pytest.raises(SeedError) as caught:
        parse_config(text.replace("  北京市政协: {14: 2023}", "  北京市政协: {14: twenty}"), "newsdesk.yml")
    assert any("terms.北京市政协" in d.format() for d in caught.value.diagnostics)


def test_a_letter_spaced_sign_off_after_a_square_names_its_writer(config: Config) -> None:
    m = meta("某市政协开展委员视察活动\n\n5月19日，某市政协组织委员开展专题视察。委员们察看了污水处理厂。□ 黄 强\n", config)
    assert [name for _, name in m.authors.value] == ["黄强"]


def test_a_bulleted_date_under_the_text_dates_another_article(config: Config) -> None:
    text = ("某省政协会议开幕\n\n1月18日，某省政协会议在省会开幕。委员出席。\n\n国内新闻精选:\n- 2025年05月04日 14:37:52\n"
            "- 某某新闻标题\n")
    m = meta(text, config)
    assert m.published is None
    over = meta("某市政协常委会工作报告\n\n  • 2024-01-27\n  • 来源:某某日报\n\n各位委员：我代表常委会报告工作。请审议。\n",
                config)
    assert over.published is not None and over.published.value.iso() == "2024-01-27"


@pytest.mark.parametrize(("text", "names"), [
    ("某区政协会议开幕\n\n1月18日上午，某区政协会议开幕。\n图为会议现场。天山网-某某日报记者 崔某坚摄\n"
     "委员们步入会场。天山网-某某日报记者 谢某摄\n", ["崔某坚", "谢某"]),
    ("某市政协分组讨论\n\n1月6日，某市政协委员分组讨论报告。市领导参加分组讨论。(记者 吴某宇 丁某荣\n", ["吴某宇", "丁某荣"]),
    ("某市政协会议开幕\n\n6日，会议开幕。\n\n市政协主席孙某东代表常委会作工作报告。\n\n孙某东在\n", []),
], ids=["credits after a site's name with a hyphen, under captions", "a closing byline whose bracket the page lost",
        "a name and the word after it, where the page was cut"])
def test_holdout_twenty_two_bylines(config: Config, text: str, names: list[str]) -> None:
    assert [name for _, name in meta(text, config).authors.value] == names


@pytest.mark.parametrize(("text", "name"), [
    ("自治区政协十三届三次会议开幕\n\n1月18日，自治区政协十三届三次会议在新疆人民会堂开幕。天山网记者报道。"
     "天山南北的委员齐聚一堂。天山网讯。自治区政协主席出席。\n", None),
    ("六盘山片区政协座谈会召开\n\n8月5日，六盘山片区政协精准扶贫座谈会在西安举行。四省区政协主席出席。片区政协交流经验。"
     "西安会场设在省政协。\n", None),
    ("委员工作站推进会召开\n\n12月5日，天山路街道委员工作站召开推进会。天山路街道的委员参加。长宁区政协副主席出席。"
     "区政协委员发言。\n", "长宁区政协"),
], ids=["区政协 inside 自治区政协 is no district's office", "a district group of offices, 片区政协, and 四省区政协",
        "a street named after a place (天山路) is not the place"])
def test_words_that_hold_an_alias_or_a_place_are_not_them(config: Config, text: str, name: str | None) -> None:
    m = meta(text, config)
    assert (m.organisation.value if m.organisation else None) != "天山区政协"
    assert (m.organisation.value if m.organisation else None) != "西安区政协"
    if name:
        assert m.organisation is not None and m.organisation.value == name


def test_a_yearly_days_ordinal_dates_the_report(config: Config) -> None:
    m = meta("读书活动举行\n\n中国甘肃网4月24日讯 4月23日是第29个世界读书日。省政协举办主题活动。委员参加。\n", config)
    assert m.date is not None and not m.date_guessed and m.date.value.iso() == "2024-04-24"
    assert "1995 + 29" in m.date.source


def test_a_labelled_publication_date_comes_before_a_bare_one(config: Config) -> None:
    text = ("2024年3月27日 星期三\n中国人民政治协商会议某某省委员会\n\n首页>>市县政协>>详细页\n\n某市政协：紧抓“小信息”\n\n"
            "2022年08月01日 文章来源:人民政协报\n\n今年以来，某市政协开展社情民意信息工作。委员参加。\n\n"
            "《人民政协报》 （2022年08月01日 第08版）\n")
    m = meta(text, config)
    assert m.published is not None and m.published.value.iso() == "2022-08-01"


@pytest.mark.parametrize(("text", "iso"), [
    ("共绘同心圆 委员在行动\n\n鲁网3月4日讯 某市政协坚持把委员履职落到实处。委员参加。\n\n用好“小平台”\n\n"
     "为优化营商环境，某市政协组织委员走进审批局。委员参加。\n\n"
     "2025年1月3日，某市政协副主席组织委员体验审批流程。委员发言。\n", "2025-03-04"),
    ("某区政协常委会会议召开\n\n6月26日，某区政协常委会会议召开。委员出席。\n\n副区长应邀出席会议并作情况通报。\n\n"
     "会议听取了区政协主席会议关于区政协2025年上半年工作情况的报告。委员发言。\n", "2025-06-26"),
], ids=["full dates further down, earlier in the same year", "a year told part way through (2025年上半年)"])
def test_the_years_the_body_tells_date_the_leads_day(config: Config, text: str, iso: str) -> None:
    m = meta(text, config)
    assert m.date is not None and not m.date_guessed and m.date.value.iso() == iso


def test_a_date_widget_prints_the_year_over_the_month_and_day(config: Config) -> None:
    m = meta("凝心聚力担使命 踔厉奋发谱新篇\n\n2023\n\n01/08\n\n07:44\n\n来源\n\n某某日报\n\n"
             "市政协召开重点提案督办会。委员出席。\n", config)
    assert m.published is not None and m.published.value.iso() == "2023-01-08"


@pytest.mark.parametrize(("text", "names"), [
    ("某区政协会见港澳委员\n\n本报记者周文菁徐琪忠\n\n1月5日，某区政协会见港澳委员。委员出席。\n", ["周文菁", "徐琪忠"]),
    ("某县政协会议筹备\n\n1月5日，某县政协召开筹备会。委员出席。(记者 俞某玲 黄某飞 刘某嫣 )\n", ["俞某玲", "黄某飞", "刘某嫣"]),
    ("某市政协会议开幕\n\n香港文汇报讯(记者 张聪、实习记者 王美晴 天津报道)某市政协会议开幕。委员出席。\n", ["张聪", "王美晴"]),
    ("某县政协开展调研\n• 2022-05-07  某某政协_某某县政协信息员  谢某纯\n内容导航：\n\n5月6日，某县政协开展调研。委员出席。\n",
     ["谢某纯"]),
    ("某市政协会议开幕\n\n来源:某某日报某某记者站 (记者 吴某 刘某) 编辑:邓某荆\n\n1月5日，会议开幕。委员出席。\n",
     ["吴某", "刘某", "邓某荆"]),
    ("某市政协召开协商会\n\n5月5日，会议召开。委员出席。\n\n编校|梁   婷\n", ["梁婷"]),
    ("某市政协会议开幕\n\n1月5日，会议开幕。委员出席。\n\n一审：王某 二审：李某 三审：赵某\n", []),
], ids=["run-together names after 本报记者", "a space before the closing bracket", "where the reporters reported from",
        "a bulleted post date, outlet and writer", "a byline in brackets on the source line", "编校 and a spaced name",
        "the people who checked the text"])
def test_holdout_twenty_three_bylines(config: Config, text: str, names: list[str]) -> None:
    assert sorted(name for role, name in meta(text, config).authors.value) == sorted(names)


def test_a_bulleted_post_date_under_the_headline_is_the_publication_date(config: Config) -> None:
    m = meta("某县政协开展调研\n• 2022-05-07  某县政协信息员  谢某纯\n\n5月6日，某县政协开展调研。委员出席。\n", config)
    assert m.published is not None and m.published.value.iso() == "2022-05-07"


def test_a_videos_editor_is_an_author(config: Config) -> None:
    m = meta("某省政协委员通道\n\n1月13日，委员通道开启。委员发言。\n\n记者 宋某 张某\n剪辑 骆某宇\n", config)
    assert sorted(name for _, name in m.authors.value) == ["宋某", "张某", "骆某宇"]


def test_a_date_among_other_articles_after_the_text_is_theirs(config: Config) -> None:
    m = meta("市政协民主监督周活动启动\n\n10月21日下午，市政协召开动员会。委员出席。\n\n相关推荐\n\n某市防风应急响应降级\n\n"
             "2025-07-20\n\n台风致树木倒伏\n", config)
    assert m.published is None
    assert m.date is not None and m.date.value != PartialDate(2025, 7, 20)


def test_a_writer_and_post_date_with_no_colon_are_the_pages_metadata(config: Config) -> None:
    text = "市政协民主监督周活动启动\n\n某某+ 记者 王某然 2024-10-21 原创\n\n10月21日下午，市政协召开动员会。委员出席。\n"
    m = meta(text, config)
    assert m.published is not None and m.published.value == PartialDate(2024, 10, 21)
    assert ("记者", "王某然") in m.authors.value
    assert "原创" not in body_of(convert_text(text, config))


@pytest.mark.parametrize("text", [
    "市政协对全体政协委员进行集中培训\n\n5月5日，市政协召开大会。委员出席。\n",
    "某县政协委员“充电蓄能”\n\n5月5日，县政协举办2023年度政协委员履职能力专题培训班。委员出席。\n",
])
def test_a_training_class_on_the_work_is_a_work_meeting(config: Config, text: str) -> None:
    assert meta(text, config).category.value == "工作会议"
    assert meta("市政协召开主席会议\n\n5月5日，会议召开。委员出席。\n", config).category.value == "履职动态"


def test_a_years_work_told_in_january_is_the_year_before_and_its_tasks_in_december_the_year_after(config: Config) -> None:
    january = meta("省政协会议新闻发布会举行\n\n1月25日，新闻发布会举行，介绍会议筹备与2025年省政协履职情况。委员出席。\n",
                   config)
    assert january.date is not None and january.date.value.iso() == "2026-01-25"
    december = meta("县政协分组讨论\n\n12月28日，委员们分组讨论。委员出席。\n\n报告明确提出了2026年工作任务。委员发言。\n",
                    config)
    assert december.date is not None and december.date.value.iso() == "2025-12-28"


@pytest.mark.parametrize(("text", "iso"), [
    ("某省政协会议隆重开幕-新华网\n新华网 > 某省 > 正文\n2026 01/28 09:38:42\n来源:某某日报\n\n某省政协十三届四次会议隆重开幕\n\n"
     "省政协会议在某地开幕。委员出席。\n", "2026-01-28"),
    ("某省政协九届二次会议今日上午开幕\n\nhttp://www.sina.com.cn 2004年02月21日10:37 某某新闻网\n\n"
     "省政协九届二次会议今日上午开幕。委员出席。\n", "2004-02-21"),
    ("区政协九三学社委员积极履职\n\n某区第九届委员会第五次会议于2020年12月27至29日隆重召开。委员出席。\n", "2020-12-27"),
    ("市政协2021年工作亮点\n\n3上一篇  下一篇4 2022年2月8日 放大 缩小 默认\n\n一年来，市政协履职尽责。委员出席。\n",
     "2022-02-08"),
], ids=["a date widget over the source's line", "the page's address before its date", "a date range",
        "an e-paper's bar around its issue date"])
def test_holdout_twenty_seven_dates(config: Config, text: str, iso: str) -> None:
    m = meta(text, config)
    assert m.date is not None and m.date.value.iso() == iso
