// The browser search engine against the shared case table (tests/cases/search.json):
// once over in-memory docs (the JS reference), once over an index built by hooks/newsdesk/search_index.py.
// Run by tests/test_search.py with ND_INDEX pointing at that index.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const S = require("../../docs/javascripts/search-core.js");

const CASES = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "cases", "search.json"), "utf8"));
const INDEX = process.env.ND_INDEX;
if (INDEX) S.setFolding(JSON.parse(fs.readFileSync(path.join(INDEX, "t2s.json"), "utf8")).pairs);

function docs() {
  return CASES.docs.map((d) => {
    let at = 0;
    const starts = d.lines.map((l) => { const s = at; at += l.length + 1; return s; });
    return { id: d.id, text: d.lines.join("\n"), headings: d.heading_lines.map((i) => [starts[i], starts[i] + d.lines[i].length]),
             category: d.category, organisation: d.organisation, year: d.year };
  });
}

for (const c of CASES.cases) {
  test(`reference: ${c.label}`, () => {
    assert.deepEqual(S.search(docs(), c.query), c.expected);
  });
}

if (INDEX) {
  const meta = JSON.parse(fs.readFileSync(path.join(INDEX, "meta.json"), "utf8"));
  const loaded = [];
  const load = (p) => {
    loaded.push(p);
    const text = fs.readFileSync(path.join(INDEX, p), "utf8");
    return Promise.resolve(JSON.parse(text));
  };
  const engine = S.createEngine(load, meta.shards);

  test("fnv1a is the same in Python and JavaScript", () => {
    for (const [term, hash] of Object.entries(meta.fnv1a)) assert.equal(S.fnv1a(term), hash, term);
  });

  for (const c of CASES.cases) {
    test(`index: ${c.label}`, async () => {
      const r = await engine.run(c.query, 0, 10);
      assert.deepEqual(r.results.map((x) => x.id), c.expected);
      assert.equal(r.total, c.expected.length);
    });
  }

  test("index: paging returns the next results in order", async () => {
    const all = S.search(docs(), "平湖");
    const first = await engine.run("平湖", 0, 2);
    const second = await engine.run("平湖", 2, 2);
    assert.deepEqual([...first.results, ...second.results].map((x) => x.id), all);
    assert.equal(first.total, all.length);
  });

  test("index: a phrase loads its shards, its cover's postings, the facet table and the texts it shows", async () => {
    loaded.length = 0;
    await engine.run("独山港镇", 0, 10);
    assert.ok(loaded.every((p) => /^[sb]\//.test(p) || p === "t/3.json" || p === "facets.json"), loaded.join(" "));
    assert.ok(loaded.includes("t/3.json"));
  });

  test("index: a long trigram asked alone loads its summary, not its positions", async () => {
    const shard = JSON.parse(fs.readFileSync(path.join(INDEX, `s/${S.fnv1a("市政协") % meta.shards}.json`), "utf8"));
    const pointer = shard["市政协"];
    assert.ok(Array.isArray(pointer) && pointer.length === 4, JSON.stringify(pointer));
    loaded.length = 0;
    await engine.run("市政协", 0, 10);
    assert.ok(loaded.includes(`b/${pointer[3]}.json`) && !loaded.includes(`b/${pointer[0]}.json`), loaded.join(" "));
  });

  test("index: totals are exact and facet counts cover every match", async () => {
    const r = await engine.run("平湖", 0, 1);
    assert.equal(r.total, S.search(docs(), "平湖").length);
    assert.equal(r.results.length, 1);
    assert.deepEqual(r.facets.category.map((c) => c[1]).reduce((a, b) => a + b, 0), r.total);
    assert.deepEqual(r.facets.year.find((c) => c[0] === "2026"), ["2026", 1]);
  });

  test("index: every case needs at most three sequential rounds of fetches, texts included", async () => {
    for (const c of CASES.cases) {
      const cache = new Map();
      let round = 0, rounds = 0;
      const tracked = (p) => {
        if (!cache.has(p)) {
          const mine = round + 1, data = JSON.parse(fs.readFileSync(path.join(INDEX, p), "utf8"));
          rounds = Math.max(rounds, mine);
          cache.set(p, new Promise((done) => setImmediate(() => { round = Math.max(round, mine); done(data); })));
        }
        return cache.get(p);
      };
      const r = await S.createEngine(tracked, meta.shards).run(c.query, 0, 10);
      assert.ok(rounds <= 3, `${c.label}: ${rounds} rounds`);
      assert.deepEqual(r.results.map((x) => x.id), c.expected);
    }
  });

  test("index: sort by time pages in id order", async () => {
    const first = await engine.run("协商 排序:时间", 0, 2);
    const second = await engine.run("协商 排序:时间", 2, 2);
    assert.deepEqual([...first.results, ...second.results].map((x) => x.id), [0, 2, 3, 4]);
  });
}

test("highlight marks every occurrence and escapes HTML", () => {
  assert.equal(S.highlight("<b>AI赋能</b>和ai", ["ai"]), "&lt;b&gt;<mark>AI</mark>赋能&lt;/b&gt;和<mark>ai</mark>");
  assert.equal(S.highlight("2020 年 5 月", ["2020年5月"]), "<mark>2020 年 5 月</mark>");
});

test("cover picks the cheapest trigrams, first and last always", () => {
  assert.deepEqual(S.cover([0, 0, 0, 0]), [0, 3]);
  assert.deepEqual(S.cover([0, 900, 0, 0, 0]), [0, 2, 4]);
  assert.deepEqual(S.cover([5, 5, 5, 5, 5, 5, 5]), [0, 3, 6]);
});

test("snippet starts in the body, never on the meta line", () => {
  const text = "标题\n2026年5月 工作会议 平湖市政协\n正文开始，平湖委员建言。";
  const s = S.snippet({ text: text, body: text.indexOf("正文") }, ["平湖"], 40);
  assert.ok(s.startsWith("正文开始") && !s.includes("工作会议"), s);
  const byline = S.snippet({ text: text, body: text.indexOf("正文") }, ["会议"], 40);
  assert.ok(byline.includes("工作<mark>会议</mark>") && !byline.includes("标题"), byline);  // only in the meta line
});

test("snippet shows the body around the first match", () => {
  const s = S.snippet({ text: "标题\n" + "前文".repeat(50) + "独山港镇委员小组" + "后文".repeat(50) }, ["独山港"], 40);
  assert.ok(s.startsWith("…") && s.endsWith("…") && s.includes("<mark>独山港</mark>"), s);
});
