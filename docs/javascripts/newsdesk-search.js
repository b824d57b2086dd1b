/*
 * 政协之窗 search worker. Speaks Material's search worker protocol (SETUP → READY, QUERY → RESULT),
 * so Material's search box, result list, keyboard navigation and highlighting keep working.
 *
 * Nothing is downloaded until the first query; then only the index shards holding the query's
 * characters or bigrams, and the texts of the articles being shown (for snippets, and to confirm
 * phrases of three or more characters). Semantics and engine: search-core.js.
 */
/* global importScripts, NDSearch */
"use strict";
importScripts("search-core.js");

var SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;
var PAGE = 10;
var INDEX = new URL("../search/nd/", self.location.href);   // the worker lives in <site>/javascripts/
var engine = null, version = "", latest = 0, files = new Map();

function load(path) {
  if (!files.has(path)) {
    var url = new URL(path, INDEX);
    if (version) url.searchParams.set("v", version);
    files.set(path, fetch(url).then(function (r) {
      if (!r.ok) throw new Error("search index: HTTP " + r.status + " for " + url);
      return r.json();
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
    text: '<p class="nd-search-meta">' + meta + "</p><p>" + NDSearch.snippet({ text: doc.x }, terms) + "</p>"
  }];
}

/** Material's RESULT data: the page's results, then a line with the total and a link to the next page. */
function answer(queryText) {
  var page = 1, words = queryText.trim().split(/\s+/).filter(function (w) {
    var m = /^(?:页|page)[:：](\d+)$/.exec(w);
    if (m) page = Math.max(1, parseInt(m[1], 10));
    return !m;
  });
  var text = words.join(" "), from = (page - 1) * PAGE;
  return engine.run(text, from, PAGE).then(function (r) {
    var items = r.results.map(function (res, i) { return item(res, r.query.terms, from + i); });
    if (r.total > from + PAGE || page > 1) {
      var more = r.total > from + PAGE;
      items.push([{
        location: "?q=" + encodeURIComponent(more ? text + " 页:" + (page + 1) : text), score: 0, terms: {},
        title: (r.approx ? "约 " : "共 ") + r.total + " 篇，以上是第 " + (from + 1) + "–" + (from + r.results.length) + " 篇",
        text: "<p>" + (more ? "下一页：从第 " + (from + PAGE + 1) + " 篇起" : "回到第一页") + "</p>"
      }]);
    }
    return { items: items };
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
      if (ticket === latest) self.postMessage({ type: RESULT, data: result });
    }, function (error) {
      if (ticket === latest) self.postMessage({ type: RESULT, data: { items: [] } });
      setTimeout(function () { throw error; });
    });
  }
});
