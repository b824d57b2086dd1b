/*
 * 政协之窗 search worker. Speaks Material's search worker protocol (SETUP → READY, QUERY → RESULT),
 * so Material's search box, result list, keyboard navigation and highlighting keep working.
 *
 * Nothing is downloaded until the first query. A query then costs at most three sequential round
 * trips: the index shards of its grams (with the facet table, and on the first query the
 * traditional → simplified pairs), the long postings its phrases need, the articles being shown.
 * Semantics and engine: search-core.js. The total, the facet counts for the chips and the sort
 * order also go to the page's search box script (newsdesk-search-ui.js) on the BroadcastChannel
 * "nd-search".
 */
/* global importScripts, NDSearch */
"use strict";
importScripts("search-core.js");

var SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;
var PAGE = 10;
var INDEX = new URL("../search/nd/", self.location.href);   // the worker lives in <site>/javascripts/
var engine = null, version = "", latest = 0, files = new Map(), folding = null;
// Sequential round trips of the current query: a fetch issued after a fetch of round r completed is in round r + 1.
var round = 0, rounds = 0;
var channel = typeof BroadcastChannel === "function" ? new BroadcastChannel("nd-search") : null;

function load(path) {
  if (!files.has(path)) {
    var url = new URL(path, INDEX), mine = round + 1;
    rounds = Math.max(rounds, mine);
    if (version) url.searchParams.set("v", version);
    files.set(path, fetch(url).then(function (r) {
      if (!r.ok) throw new Error("search index: HTTP " + r.status + " for " + url);
      return r.json();
    }).then(function (data) {
      round = Math.max(round, mine);
      return data;
    }));
  }
  return files.get(path);
}

function item(result, terms, rank) {
  var doc = result.doc, marked = {};
  terms.forEach(function (t) { marked[t] = true; });
  var meta = NDSearch.escapeHTML([doc.d, doc.c, doc.o].filter(Boolean).join(" · "));
  return [{
    location: doc.u, score: 1000 - rank, terms: marked,
    title: NDSearch.highlight(doc.t, terms),
    text: '<p class="nd-search-meta">' + meta + "</p><p>" + NDSearch.snippet({ text: doc.x, body: doc.b }, terms) + "</p>"
  }];
}

/** The query without its 页:N word, and the page number. */
function paging(queryText) {
  var page = 1, words = queryText.trim().split(/\s+/).filter(function (w) {
    var m = /^(?:页|page)[:：](\d+)$/.exec(w);
    if (m) page = Math.max(1, parseInt(m[1], 10));
    return !m;
  });
  return { text: words.join(" "), page: page };
}

/**
 * The first query loads the traditional → simplified pairs beside the shards of the query as typed;
 * only when the pairs change the query (it had traditional characters) is it asked again.
 */
function run(text, from) {
  if (folding === null) {
    folding = load("t2s.json").then(function (t2s) { NDSearch.setFolding(t2s.pairs); });
    var before = JSON.stringify(NDSearch.parseQuery(text));
    return Promise.all([engine.run(text, from, PAGE), folding]).then(function (r) {
      return JSON.stringify(NDSearch.parseQuery(text)) === before ? r[0] : engine.run(text, from, PAGE);
    });
  }
  return folding.then(function () { return engine.run(text, from, PAGE); });
}

/** Material's RESULT data: the page's results, then a line with the total and a link to the next page. */
function answer(queryText) {
  var q = paging(queryText), from = (q.page - 1) * PAGE;
  if (!q.text) return Promise.resolve({ items: [], summary: null });  // Material asks "" on page load: fetch nothing
  round = rounds = 0;
  return run(q.text, from).then(function (r) {
    var items = r.results.map(function (res, i) { return item(res, r.query.terms, from + i); });
    var last = from + r.results.length;
    if (r.total > from + PAGE || q.page > 1) {
      var more = r.total > from + PAGE;
      items.push([{
        location: "?q=" + encodeURIComponent(more ? q.text + " 页:" + (q.page + 1) : q.text), score: 0, terms: {},
        title: "共 " + r.total + " 篇，以上是第 " + (from + 1) + "–" + last + " 篇",
        text: "<p>" + (more ? "下一页：从第 " + (from + PAGE + 1) + " 篇起" : "回到第一页") + "</p>"
      }]);
    }
    return { items: items, summary: { query: queryText, total: r.total, from: r.results.length ? from + 1 : 0,
                                      to: last, facets: r.facets, byTime: r.query.byTime, filters: r.query.facets,
                                      rounds: rounds } };
  });
}

self.addEventListener("message", function (event) {
  var message = event.data;
  if (message.type === SETUP) {
    var nd = (message.data.config && message.data.config.nd) || { shards: 1, version: "" };
    version = nd.version;
    engine = NDSearch.createEngine(load, nd.shards);
    self.postMessage({ type: READY });
  } else if (message.type === QUERY && engine) {
    var ticket = ++latest;
    answer(String(message.data || "")).then(function (result) {
      if (ticket !== latest) return;
      self.postMessage({ type: RESULT, data: { items: result.items } });
      if (channel && result.summary) channel.postMessage(result.summary);
    }, function (error) {
      if (ticket === latest) self.postMessage({ type: RESULT, data: { items: [] } });
      setTimeout(function () { throw error; });
    });
  }
});
