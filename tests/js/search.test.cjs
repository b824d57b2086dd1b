// The browser search engine against the shared case table (tests/cases/search.json):
// once over in-memory docs (the JS reference), once over an index built by hooks/newsdesk/search.py.
// Run by tests/test_search.py with ND_INDEX pointing at that index.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const S = require("../../docs/javascripts/search-core.js");

const CASES = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "cases", "search.json"), "utf8"));
const INDEX = process.env.ND_INDEX;

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
  const load = (p) => { loaded.push(p); return Promise.resolve(JSON.parse(fs.readFileSync(path.join(INDEX, p), "utf8"))); };
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

  test("index: a phrase loads only its shards and the texts it shows", async () => {
    loaded.length = 0;
    await engine.run("独山港镇", 0, 10);
    assert.ok(loaded.every((p) => p.startsWith("s/") || p === "t/3.json"), loaded.join(" "));
    assert.ok(!loaded.includes("facets.json"));
  });
}

test("highlight marks every occurrence and escapes HTML", () => {
  assert.equal(S.highlight("<b>AI赋能</b>和ai", ["ai"]), "&lt;b&gt;<mark>AI</mark>赋能&lt;/b&gt;和<mark>ai</mark>");
  assert.equal(S.highlight("2020 年 5 月", ["2020年5月"]), "<mark>2020 年 5 月</mark>");
});

test("snippet shows the body around the first match", () => {
  const s = S.snippet({ text: "标题\n" + "前文".repeat(50) + "独山港镇委员小组" + "后文".repeat(50) }, ["独山港"], 40);
  assert.ok(s.startsWith("…") && s.endsWith("…") && s.includes("<mark>独山港</mark>"), s);
});
