/*
 * 政协之窗 search box, around Material's own: runs a query on every `input` event (paste, voice input,
 * input methods — Material itself listens to key events only), adds a 搜索 button for phones, a help
 * line for the 分类:/机构:/年份: filters, chips that narrow the results by category, organisation and
 * year, and a 相关度/时间 sort switch. The exact total ("共 124 篇"), the facet counts and the sort
 * order come from the search worker (newsdesk-search.js) on the BroadcastChannel "nd-search".
 * Everything it changes is the query text, so a narrowed search is still one line that can be shared.
 */
(function () {
  "use strict";

  var dialog = document.querySelector(".md-search");
  var input = dialog && dialog.querySelector(".md-search__input");
  if (!input) return;
  var form = dialog.querySelector(".md-search__form");
  var meta = dialog.querySelector(".md-search-result__meta");
  var FACETS = [["category", "分类", "按分类筛选"], ["organisation", "机构", "按机构筛选"], ["year", "年份", "按年份筛选"]];
  var KEYS = { category: /^(?:分类|category)[:：]/i, organisation: /^(?:机构|org|organisation)[:：]/i,
               year: /^(?:年份|year)[:：]/i, sort: /^(?:排序|sort)[:：]/i, page: /^(?:页|page)[:：]/i };
  var summary = null;

  // The dialog has an accessible name (axe: aria-dialog-name); Material's partial has none.
  dialog.setAttribute("role", "dialog");
  dialog.setAttribute("aria-label", "搜索");

  /** Material reads the box on keyup and focus: tell it the text changed. */
  function search() {
    input.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }));
  }
  input.addEventListener("input", function (event) {
    if (!event.isComposing) search();  // an input method's pinyin is not the query yet
  });
  input.addEventListener("compositionend", search);

  var go = el("button", "nd-search-go", "搜索");
  go.type = "button";
  go.addEventListener("click", function () {
    search();
    input.blur();  // close the phone's keyboard so the results show
  });
  form.appendChild(go);

  var tools = el("div", "nd-search-tools");
  var help = el("p", "nd-search-help",
    "筛选：分类:工作会议　机构:平湖市政协　年份:2025　排序:时间（按时间先后）；空格分开的词要同时出现。");
  var controls = el("div", "nd-search-controls", "");
  tools.appendChild(help);
  tools.appendChild(controls);
  meta.parentNode.insertBefore(tools, meta.nextSibling);

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    node.className = cls;
    if (text) node.textContent = text;
    return node;
  }

  function words() {
    return input.value.trim().split(/\s+/).filter(Boolean);
  }

  /** The query with the words matching *key* (and the page number) replaced by *word*. */
  function setWord(key, word) {
    var kept = words().filter(function (w) { return !KEYS[key].test(w) && !KEYS.page.test(w); });
    if (word) kept.push(word);
    input.value = kept.join(" ");
    search();
    input.focus();
  }

  function chip(label, pressed, onClick) {
    var b = el("button", "nd-search-chip", label);
    b.type = "button";
    b.setAttribute("aria-pressed", pressed ? "true" : "false");
    b.addEventListener("click", onClick);
    return b;
  }

  function group(label, name) {
    var g = el("div", "nd-search-group " + name, "");
    g.setAttribute("role", "group");
    g.setAttribute("aria-label", label);
    g.appendChild(el("span", "nd-search-group__label", label.replace(/^按/, "").replace(/筛选$/, "") + "："));
    return g;
  }

  function same(a, b) {
    return a.replace(/["\s]+/g, " ").trim() === b.replace(/["\s]+/g, " ").trim();
  }

  /** "共 124 篇，第 1–10 篇" while the results of the text in the box are shown, else null. */
  function count() {
    if (!summary || !summary.total || !same(summary.query, input.value)) return null;
    return "共 " + summary.total + " 篇" + (summary.total > 1 ? "，第 " + summary.from + "–" + summary.to + " 篇" : "");
  }

  function render() {
    controls.textContent = "";
    if (!summary || !same(summary.query, input.value)) return;
    var sort = group("排序", "nd-search-sort");
    sort.appendChild(chip("相关度", !summary.byTime, function () { setWord("sort", ""); }));
    sort.appendChild(chip("时间", summary.byTime, function () { setWord("sort", "排序:时间"); }));
    controls.appendChild(sort);
    FACETS.forEach(function (f) {
      var active = summary.filters.filter(function (x) { return x[0] === f[0]; });
      var values = summary.facets[f[0]] || [];
      if (!active.length && values.length < 2) return;
      var g = group(f[2], "nd-search-facet");
      active.forEach(function (x) {
        g.appendChild(chip(x[1] + " ×", true, function () { setWord(f[0], ""); }));
      });
      if (!active.length) {
        values.slice(0, 8).forEach(function (v) {
          g.appendChild(chip(v[0] + " " + v[1], false, function () { setWord(f[0], f[1] + ":" + v[0]); }));
        });
      }
      controls.appendChild(g);
    });
    fixCount();
  }

  /** Material rewrites the count line after every answer (counting our summary line as a result): keep ours. */
  function fixCount() {
    var text = count();
    if (text && meta.textContent !== text) meta.textContent = text;
  }
  new MutationObserver(fixCount).observe(meta, { childList: true, characterData: true, subtree: true });

  if (typeof BroadcastChannel === "function") {
    new BroadcastChannel("nd-search").addEventListener("message", function (event) {
      summary = event.data;
      tools.dataset.rounds = String(summary.rounds);  // sequential fetches this answer needed (make bench-search)
      render();
    });
  }
  input.addEventListener("input", function () {
    if (summary && !same(summary.query, input.value)) { summary = null; render(); }
  });
})();
