"""Evidence in page furniture: what a portal's or e-paper's metadata lines say before they go.

Pages pasted from portals carry lines such as ``发布时间：2025-03-05 10:02:28 来源：市政协办``
or ``2023年04月08日 星期六``. They leave the body as furniture, but first they tell the
publication date, the source (来源) and sometimes the author. Pure functions over one line.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass

from .bylines import PARTY_OFFICES, SITE_AFTER, is_name, join_spaced_names, split_names
from .dates import PartialDate, find_full_dates

#: Labels that introduce the page's own date (not an event's).
_DATE_LABEL = re.compile(r"(?:发布|发表|刊发|出版|更新|上传|录入)?(?:日期|时间)\s*[:：]?\s*$")
_TIME = re.compile(r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?")
#: a day of the week (a clock shows one; an article's date line seldom does)
WEEKDAY = re.compile(r"(?:星期|周|礼拜)[一二三四五六日天]")
#: What may stand around a date on a line that is only a date: separators, labels, weekday, time.
_DATE_LINE_REST = re.compile(r"^[\s|丨｜/·•\-—_【】\[\]()（）:：]*$")
_LABELS = ("发布时间|发布日期|发表时间|发稿时间|更新时间|来源|信息来源|文章来源|稿件来源|源自|出处|作者|编辑|责任编辑|责编|"
           "发布|发表|浏览|阅读|点击|访问|字号|字体|打印|关闭|"
           "分享|时间|日期")
_SOURCE = re.compile(rf"(?:信息|文章|稿件)?来源\s*[:：]\s*(?P<v>.*?)\s*(?=(?:{_LABELS})|[|丨｜【\[]|\s{{2,}}|$)")
_PEOPLE = re.compile(rf"(?P<role>作者|责任编辑|编辑|责编|录入|审核|审校|记者|通讯员|摄影)\s*[:：]\s*(?P<v>.*?)\s*"
                     rf"(?=(?:{_LABELS}|录入|审核|审校|记者|通讯员|摄影)\s*[:：]|[|丨｜\]】]|\s{{2,}}|$)")
#: a role before a name inside a metadata value: 本报记者郭铭华
_TITLED = re.compile(r"[\u4e00-\u9fff]{0,12}?(?:特约|实习|首席)?(?P<role>记者|通讯员)(?=[\u4e00-\u9fff·]{2,})")
#: what is no person's name in a metadata line
_NOBODY = re.compile(r"管理员|编辑部|admin|网站|本网|本站|佚名|未知|原创|转载|说两句|评论|分享|打印|^[A-Za-z0-9_]+$|"
                     rf"{PARTY_OFFICES}|办公室|"
                     r".{2,8}(?:网|报|台|中心|客户端)$")


_DAY_FIRST = re.compile(r"(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?")


#: an e-paper's buttons around its issue date
_PAGE_BUTTONS = re.compile(r"\d?(?:上一篇|下一篇|上一版|下一版)\d?|放大|缩小|默认")
#: a date widget's line: the year, then month/day and the time
_YEAR_THEN_MONTH_DAY = re.compile(r"((?:19|20)\d{2})\s+(\d{1,2})/(\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?")
#: the site or paper a date line starts with: 中国人民政治协商会议吉林市委员会| 2020-06-22
_SITE_NAME = re.compile(r"^\s*[\u4e00-\u9fff]{2,24}(?:委员会|政协|网|网站|报|日报|晚报|新闻|客户端|在线|频道|电视台)\s*[|丨｜]?")
#: a repost's mark before the date: ©原创   2023-11-15 15:57   云上某某
_ORIGINAL = re.compile(r"^\s*©?\s*(?:原创|转载|独家)\s*")


#: writers, outlet and post time on one line: 刘某   掌上某某   2026-01-08 06:53:46
_NAMES_OUTLET_TIME = re.compile(r"^\s*(?P<names>(?:[\u4e00-\u9fff]{2,3}\s+){1,5})\s*[\u4e00-\u9fff·A-Za-z]{2,16}\s*"
                                r"(?P<date>(?:19|20)\d{2}-\d{1,2}-\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?\s*$")
#: a role and the writers before the post date, with no colon: 中山+ 记者 王某然 2024-10-21 原创
_ROLE_NAMES = re.compile(r"(?P<role>记者|通讯员|作者|编辑)\s+(?P<names>[\u4e00-\u9fff]{2,4}(?:[\s、]+[\u4e00-\u9fff]{2,4}){0,3})")
_ROLE_NAMES_DATE = re.compile(_ROLE_NAMES.pattern + r"\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2}")
#: a writer's name between the post time and the source: 10:15:00卢某华 来源：
_WRITER_AFTER_TIME = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?\s*([\u4e00-\u9fff]{2,3})\s+(?:信息)?来源\s*[:：]")
#: an e-paper's property comment left in the text
_PROPERTY = re.compile(r"^\s*-->.*enpproperty")
#: a date label with a two-digit year: 时间:15-02-11 09:43
_SHORT_YEAR = re.compile(r"(?:发布|发表|更新)?(?:时间|日期)\s*[:：]\s*(\d{2})-(\d{1,2})-(\d{1,2})(?![\d-])")


_URL = re.compile(r"(?:https?://|www\.)[\w./\-?=&%#]+")
#: a label and its value: 文章字数:397, 浏览数:
_PAIR = re.compile(r"[\u4e00-\u9fff]{1,8}\s*[:：]\s*[^\s|丨｜]*")


@dataclass(frozen=True)
class PageMeta:
    """What one metadata line says; empty fields when it says nothing of them."""

    published: PartialDate | None = None
    #: the matched text, for explanations
    published_text: str = ""
    source: str = ""
    #: (role, name) of the people the line names: 作者, 编辑, 责任编辑, 录入 …
    people: tuple[tuple[str, str], ...] = ()


def _is_page_date(line: str, start: int, matched: str) -> bool:
    """A date is the page's own when a date label stands before it, or it stands alone on the line."""
    before = line[:start]
    if _DATE_LABEL.search(before) or (before.rstrip().endswith("第") and line[start + len(matched):].lstrip()[:1] == "期"):
        return True  # (an e-paper's issue named by its date: 某某日报 第2018-05-02期)
    mark = _ORIGINAL.match(line)
    if mark and mark.end() <= start:
        line, start = line[mark.end():], start - mark.end()
    rest = _SITE_NAME.sub("", _URL.sub("", line[:start])) + " " + line[start + len(matched):]
    rest = _PAIR.sub("", _URL.sub("", rest))
    rest = _SOURCE.sub("", rest)
    rest = _PEOPLE.sub("", rest)
    rest = _ROLE_NAMES.sub("", rest)
    rest = _TIME.sub("", WEEKDAY.sub("", rest))
    rest = re.sub(rf"(?:{_LABELS})[^|丨｜\s]*", "", rest)
    rest = _PAGE_BUTTONS.sub("", rest)  # 3上一篇 下一篇4 2022年2月8日 放大 缩小 默认: an e-paper's bar
    rest = re.sub(r"记者|通讯员|[+＋]", "", rest)  # 南方+ 记者 2017-01-16 18:40: an app's reporter, unnamed
    rest = re.sub(r"(?:第\s*[A-Za-z0-9]+\s*版|[A-Z]?\d{1,2}\s*版|版次|来源|《[^》]{1,20}》)", "", rest)
    # what is left may name the page's column (要闻), a few characters; after a date that opens the line, the
    # site's name (2025-12-24 09:15 蚌埠新闻网)
    left = re.sub(r"[\s|丨｜/·•\-—_【】\[\]()（）:：]", "", rest)
    # (a page's address may stand before the date: http://www.sina.com.cn 2004年02月21日10:37 东北新闻网)
    return bool(_DATE_LINE_REST.match(rest)) or len(left) <= 4 or (
        not _URL.sub("", line[:start]).strip(" \t•·▪-") and re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9]{2,20}", left) is not None)


#: a byline in brackets inside a metadata line, and its roles and names
_BRACKETED = re.compile(r"[（(]([^（）()]{2,40})[）)]")
_ROLE_AND_NAMES = re.compile(r"(?P<role>记者|通讯员|摄影|文|图)\s*[/／:：]?\s*"
                             r"(?P<names>[\u4e00-\u9fff]{2,4}(?:[\s、]+[\u4e00-\u9fff]{2,4}){0,4})")
_META_WORD = re.compile(r"来源|编辑|作者|发布|时间")
_DATE_FIRST = re.compile(r"\s*[•·]?\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2}")
#: a metadata line of the post date, maybe the outlet, and the writer: • 2013-11-21  黎某
_DATE_THEN_NAME = re.compile(_DATE_FIRST.pattern + r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*"
                             r"(?:\S{2,30}\s+)?(?P<name>[\u4e00-\u9fff]{2,16})\s*")
#: the office a writer works in, run into the name: 城中区政协办公室郭某
_OFFICE_BEFORE = re.compile(r"^[\u4e00-\u9fff]{2,12}(?:办公室|政协|中心|报社|委员会)")
#: an office's name alone on a line: 大连市政协
_OFFICE_ALONE = re.compile(r"[\u4e00-\u9fff]{2,10}(?:省|市|区|县|州|旗|盟)政协")


def read_meta_line(line: str) -> PageMeta:
    """The publication date, source and author a page metadata line names.

    >>> m = read_meta_line("发布时间：2025-03-05 10:02:28 来源：桐乡市政协 浏览次数：312")
    >>> m.published.iso(), m.source
    ('2025-03-05', '桐乡市政协')
    >>> read_meta_line("2023年04月08日 星期六").published.iso(), read_meta_line("15.01.2020  14:54").published.iso()
    ('2023-04-08', '2020-01-15')
    >>> read_meta_line("3上一篇  下一篇4 2022年2月8日 放大 缩小 默认").published.iso()
    '2022-02-08'
    >>> read_meta_line("某某+ 记者 2017-01-16 18:40").published.iso()
    '2017-01-16'
    >>> read_meta_line("2026 01/28 09:38:42").published.iso()
    '2026-01-28'
    >>> read_meta_line("http://www.sina.com.cn 2004年02月21日10:37 某某新闻网").published.iso()
    '2004-02-21'
    >>> read_meta_line("2016年09月21日 10:38 | 来源:上海市人民政府网站").source
    '上海市人民政府网站'
    >>> read_meta_line("2020年5月30日上午，市委政协工作会议召开。").published is None
    True
    >>> read_meta_line("中国人民政治协商会议吉林市委员会| 2020-06-22").published.iso()
    '2020-06-22'
    >>> read_meta_line("《北方新报》(2017年1月18日) 01版").published.iso()
    '2017-01-18'
    >>> read_meta_line("2025-12-24 09:15 蚌埠新闻网").published.iso()
    '2025-12-24'
    >>> read_meta_line("2025-03-28 17:27 大众报业·半岛网阅读 (6278) 扫描到手机").published.iso()
    '2025-03-28'
    >>> read_meta_line("长江云新闻 2026-01-07 19:50:06").published.iso()
    '2026-01-07'
    >>> read_meta_line("©原创   2023-11-15 15:57   云上某某").published.iso()
    '2023-11-15'
    >>> read_meta_line("当前位置:某某日报 第2018-05-02期 第A6版:某某观察").published.iso()
    '2018-05-02'
    >>> read_meta_line("来源:原创  时间:15-02-11 09:43  责任编辑:某某").published.iso()
    '2015-02-11'
    >>> read_meta_line("--> 2025-03-18 8 8 某某日报 c214213.html 1 某某会议召开 /enpproperty-->").published.iso()
    '2025-03-18'
    >>> m = read_meta_line("刘某   掌上某某   2026-01-08 06:53:46")
    >>> m.published.iso(), m.people
    ('2026-01-08', (('作者', '刘某'),))
    >>> read_meta_line("2016-12-20 10:15:00卢某华 来源：某某网 责任编辑：柳某 我来说两句").people
    (('作者', '卢某华'), ('责任编辑', '柳某'))
    >>> read_meta_line("作者：张三 来源：开化县政协").people
    (('作者', '张三'),)
    >>> read_meta_line("发布时间: 2020-01-11 19:43 | 来源: 人民网 | 作者: 马莹 | 责任编辑: 和海佳").people
    (('作者', '马莹'), ('责任编辑', '和海佳'))
    >>> read_meta_line("2021-01-24 09:14:59 [来源:华声在线] [作者:张三 陈四] [编辑:夏五]").people
    (('作者', '张三'), ('作者', '陈四'), ('编辑', '夏五'))
    >>> read_meta_line("来源：湖南日报 编辑：李丽2023-01-13 15:14:42").people
    (('编辑', '李丽'),)
    >>> read_meta_line("来源:某某日报客户端  作者:袁德山王杰斌 本报记者郭铭华").people
    (('作者', '袁德山'), ('作者', '王杰斌'), ('记者', '郭铭华'))
    >>> read_meta_line("作者:某中心记者张媛 张浩 来源:某报 编辑:布赫 发布时间:2026年01月23日 09:13:35").people
    (('记者', '张媛'), ('作者', '张浩'), ('编辑', '布赫'))
    >>> read_meta_line("作者: 韩海兰 阿旺尼玛发布时间: 2020-01-07 12:44:40来源: 西藏商报").people
    (('作者', '韩海兰'), ('作者', '阿旺尼玛'))
    >>> read_meta_line("来源:中国日报某某记者站 (记者 吴某 刘某) 编辑:邓某荆").people
    (('编辑', '邓某荆'), ('记者', '吴某'), ('记者', '刘某'))
    >>> read_meta_line("  • 2021-12-14  某某政协_某某区政协信息员  某某区政协办公室郭凌 ").people
    (('作者', '郭凌'),)
    >>> m = read_meta_line("  • 2022-05-07  某县政协信息员  谢某纯 ")
    >>> m.people, m.published.iso()
    ((('作者', '谢某纯'),), '2022-05-07')
    >>> read_meta_line("  • 2020-05-15    (文/谢琼红 图/谢琼红) ").people
    (('文', '谢琼红'),)
    >>> m = read_meta_line("某某+ 记者 王某然 2024-10-21 原创")
    >>> m.people, m.published.iso()
    ((('记者', '王某然'),), '2024-10-21')
    >>> read_meta_line("大连市政协").source
    '大连市政协'
    >>> read_meta_line("编辑:【高红超】").people, read_meta_line("作者：网站管理员").people
    ((('编辑', '高红超'),), ())
    """
    published: PartialDate | None = None
    published_text = ""
    posted = _NAMES_OUTLET_TIME.match(line)
    if posted:  # the writers' names before the outlet and the time it was posted
        names = tuple(("作者", n) for n in posted["names"].split() if is_name(n))
        dates = find_full_dates(posted["date"])
        if names and dates:
            return PageMeta(dates[0][0], posted["date"], "", names)
    year_first = _YEAR_THEN_MONTH_DAY.fullmatch(line.strip())
    if year_first:  # 2026 01/28 09:38:42, a widget's year before the month and day
        with contextlib.suppress(ValueError):
            return PageMeta(PartialDate(int(year_first[1]), int(year_first[2]), int(year_first[3])), year_first[0])
    day_first = _DAY_FIRST.fullmatch(line.strip())
    if day_first:  # 15.01.2020 14:54, as some portals print it
        try:
            return PageMeta(PartialDate(int(day_first[3]), int(day_first[2]), int(day_first[1])), day_first[0])
        except ValueError:
            pass
    for date, matched, start in find_full_dates(line):
        # (an e-paper's property comment, --> 2025-03-18 8 8 某某日报 … /enpproperty-->, opens with its issue date)
        if _is_page_date(line, start, matched) or _PROPERTY.search(line):
            published, published_text = date, matched
            break
    short = _SHORT_YEAR.search(line) if published is None else None
    if short:  # 时间:15-02-11 09:43, a two-digit year after a date label
        with contextlib.suppress(ValueError):
            published, published_text = PartialDate(2000 + int(short[1]), int(short[2]), int(short[3])), short[0]
    source = _SOURCE.search(line)
    people = []
    writer = _WRITER_AFTER_TIME.search(line)
    if writer and is_name(writer[1]):  # 2016-12-20 10:15:00卢某华 来源：某某网: the writer after the post time
        people.append(("作者", writer[1]))
    for m in _PEOPLE.finditer(line):
        # (编辑：李丽2023-01-13 15:14:42: the post time run into the name once spaces before digits go)
        for name in join_spaced_names(re.split(r"[\s、，,;；/]+|(?<=[\u4e00-\u9fff])(?=\d)", m["v"].strip("【】[] ：:"))):
            name = name.strip("【】[]")
            site = SITE_AFTER.fullmatch(name)
            if site and is_name(site[1]):
                name = site[1]  # 责任编辑:余凌古田网: the site's name run into the editor's
            role = m["role"]
            titled = _TITLED.match(name)
            if titled and len(name) > titled.end():  # 作者:… 本报记者郭铭华: a role inside the value
                role, name = titled["role"], name[titled.end():]
            if name and len(name) <= 12 and not _NOBODY.search(name) and re.search("[\u4e00-\u9fff]", name):
                # (袁德山王杰斌: names run together, split where only one split fits the surnames)
                people += [(role, n) for n in (split_names(name) if len(name) >= 5 else None) or [name]]
    # (a byline in brackets on a metadata line, 来源：某报记者站 (记者 吴某 刘某), 2020-05-15 (文/谢某 图/谢某); not on
    # another article's line that opens with one)
    labelled = _META_WORD.search(line) or _DATE_FIRST.match(line)
    for bracket in _BRACKETED.finditer(line) if labelled and not re.search("[。！？]", line) else ():
        for m in _ROLE_AND_NAMES.finditer(bracket[1]):
            people += [(m["role"], n) for n in re.split(r"[\s、]+", m["names"])
                       if is_name(n) and n not in (p for _, p in people)]
    role_first = _ROLE_NAMES_DATE.search(line) if not people else None
    if role_first:
        people += [(role_first["role"], n) for n in re.split(r"[\s、]+", role_first["names"]) if is_name(n)]
    dated = _DATE_THEN_NAME.fullmatch(line) if not people else None
    if dated:  # • 2022-05-07  某某政协信息员  谢某纯: the post date, the outlet and the writer
        name = _OFFICE_BEFORE.sub("", dated["name"])
        if is_name(name) and not _NOBODY.search(name):
            people.append(("作者", name))
    # (an office's name alone on a line, the account that posted the report, is its source)
    alone = _OFFICE_ALONE.fullmatch(line.strip())
    return PageMeta(published, published_text, source["v"].strip(" ：:") if source else alone[0] if alone else "",
                    tuple(people))
