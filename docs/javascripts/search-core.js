/*
 * 政协之窗 search core: the query semantics, shared by the search worker and the tests.
 * The Python reference is hooks/newsdesk/search.py; tests/cases/search.json holds cases for both.
 *
 * Exact substring: a query returns every article whose page text contains it, whitespace ignored,
 * full/half-width and case folded. Space-separated terms are ANDed; 分类:… 机构:… 年份:… restrict.
 * Ranking: more terms in the title, then more terms in a heading, then more occurrences, then newer.
 */
(function (root, factory) {
  if (typeof module === "object" && module.exports) module.exports = factory();
  else root.NDSearch = factory();
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  var FACETS = { "分类": "category", "category": "category", "机构": "organisation", "org": "organisation",
                 "organisation": "organisation", "年份": "year", "year": "year" };
  var SPACE = /^\s$/;

  function foldChar(ch) {
    return SPACE.test(ch) ? "" : ch.normalize("NFKC").toLowerCase();
  }

  function fold(text) {
    var out = "";
    for (var ch of text) out += foldChar(ch);
    return out;
  }

  /** Folded text and, per folded UTF-16 unit, the index (in UTF-16 units) of its original character. */
  function foldWithMap(text) {
    var out = "", where = [], i = 0;
    for (var ch of text) {
      var f = foldChar(ch);
      out += f;
      for (var k = 0; k < f.length; k++) where.push(i);
      i += ch.length;
    }
    return { text: out, where: where };
  }

  function parseQuery(query) {
    var terms = [], facets = [];
    query.normalize("NFKC").trim().split(/\s+/).forEach(function (raw) {
      if (!raw) return;
      var colon = raw.indexOf(":");
      if (colon > 0 && colon < raw.length - 1 && FACETS[raw.slice(0, colon).toLowerCase()]) {
        facets.push([FACETS[raw.slice(0, colon).toLowerCase()], raw.slice(colon + 1)]);
        return;
      }
      var term = fold(raw);
      if (term && terms.indexOf(term) < 0) terms.push(term);
    });
    return { terms: terms, facets: facets };
  }

  /** Non-overlapping occurrences, as Python's str.count counts them. */
  function count(text, term) {
    var n = 0, at = text.indexOf(term);
    while (at >= 0) { n++; at = text.indexOf(term, at + term.length); }
    return n;
  }

  /** The folded parts of a doc {text, headings: [[start, end]]}: whole, title (first line), headings. */
  function foldedParts(doc) {
    var end = doc.text.indexOf("\n");
    if (end < 0) end = doc.text.length;
    return { text: fold(doc.text), title: fold(doc.text.slice(0, end)),
             headings: (doc.headings || []).map(function (h) { return fold(doc.text.slice(h[0], h[1])); }) };
  }

  /** [terms in title, terms in a heading, occurrences], or null when the doc does not match. */
  function score(parts, query) {
    var t = 0, h = 0, c = 0;
    for (var i = 0; i < query.terms.length; i++) {
      var term = query.terms[i], n = count(parts.text, term);
      if (!n) return null;
      c += n;
      if (parts.title.indexOf(term) >= 0) t++;
      if (parts.headings.some(function (x) { return x.indexOf(term) >= 0; })) h++;
    }
    return [t, h, c];
  }

  function facetMatches(doc, query) {
    return query.facets.every(function (f) { return fold(String(doc[f[0]] || "")) === fold(f[1]); });
  }

  /** Best first: compare [t, h, c] descending, then id ascending (ids run newest first). */
  function compare(a, b) {
    return (b.key[0] - a.key[0]) || (b.key[1] - a.key[1]) || (b.key[2] - a.key[2]) || (a.id - b.id);
  }

  /** The reference search over docs {id, text, headings, category, organisation, year}: matching ids, best first. */
  function search(docs, queryText) {
    var query = parseQuery(queryText);
    if (!query.terms.length && !query.facets.length) return [];
    var hits = [];
    docs.forEach(function (doc) {
      if (!facetMatches(doc, query)) return;
      var key = score(foldedParts(doc), query);
      if (key) hits.push({ id: doc.id, key: key });
    });
    return hits.sort(compare).map(function (h) { return h.id; });
  }

  function fnv1a(term) {
    var h = 0x811c9dc5;
    for (var i = 0; i < term.length; i++) {
      h ^= term.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h >>> 0;
  }

  /** The grams that answer a term: itself (1–3 characters), or trigrams covering it. */
  function grams(term) {
    var chars = Array.from(term);
    if (chars.length <= 3) return [term];
    var out = [];
    for (var i = 0; i + 3 <= chars.length; i += 3) out.push(chars.slice(i, i + 3).join(""));
    if (chars.length % 3) out.push(chars.slice(chars.length - 3).join(""));
    return out;
  }

  var ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
  function escapeHTML(s) { return s.replace(/[&<>"']/g, function (c) { return ESCAPES[c]; }); }

  /** Escaped text with every occurrence of the terms wrapped in <mark>. */
  function highlight(text, terms) {
    var folded = foldWithMap(text), marks = [];
    terms.forEach(function (term) {
      var at = folded.text.indexOf(term);
      while (at >= 0) {
        marks.push([folded.where[at], folded.where[at + term.length - 1]]);
        at = folded.text.indexOf(term, at + term.length);
      }
    });
    marks.sort(function (a, b) { return a[0] - b[0]; });
    var out = "", pos = 0;
    marks.forEach(function (m) {
      if (m[0] < pos) return;
      var end = m[1] + 1;
      if (end < text.length && /[\udc00-\udfff]/.test(text[end])) end++;
      out += escapeHTML(text.slice(pos, m[0])) + "<mark>" + escapeHTML(text.slice(m[0], end)) + "</mark>";
      pos = end;
    });
    return out + escapeHTML(text.slice(pos));
  }

  /** About *size* characters of the body around the first match, highlighted. */
  function snippet(doc, terms, size) {
    size = size || 90;
    var start = doc.text.indexOf("\n") + 1, body = doc.text.slice(start);
    var folded = foldWithMap(body), first = -1;
    terms.forEach(function (term) {
      var at = folded.text.indexOf(term);
      if (at >= 0 && (first < 0 || folded.where[at] < first)) first = folded.where[at];
    });
    if (first < 0) first = 0;
    var from = Math.max(0, first - Math.floor(size / 3)), to = Math.min(body.length, from + size);
    var piece = body.slice(from, to).replace(/\n+/g, " ");
    return (from > 0 ? "…" : "") + highlight(piece, terms) + (to < body.length ? "…" : "");
  }


  /* ------------------------------------------------------------------ index-backed engine */

  /** id → posting value (count × 4 + 2·title + heading) from a delta-encoded list. */
  function decode(list) {
    var out = new Map(), id = 0;
    for (var i = 0; i < list.length; i += 2) { id += list[i]; out.set(id, list[i + 1]); }
    return out;
  }

  /**
   * The search engine over the index files (hooks/newsdesk/search.py). *load(path)* returns a promise
   * of the parsed JSON file under search/nd/ (the caller caches); *shards* comes from the index stub.
   */
  function createEngine(load, shards) {
    function postings(gram) {
      return load("s/" + (fnv1a(gram) % shards) + ".json").then(function (d) { return d[gram] || []; });
    }

    /** Candidates for one term: id → {key: upper bound of [title, heading, count], exact}. */
    function candidates(term) {
      var gs = grams(term);
      return Promise.all(gs.map(postings)).then(function (lists) {
        var maps = lists.map(decode), out = new Map(), exact = gs.length === 1;
        maps[0].forEach(function (value, id) {
          var t = 1, h = 1, c = Infinity;
          for (var m = 0; m < maps.length; m++) {
            var v = maps[m].get(id);
            if (v === undefined) return;
            t &= (v >> 1) & 1; h &= v & 1; c = Math.min(c, v >> 2);
          }
          out.set(id, { key: [t, h, c], exact: exact });
        });
        return out;
      });
    }

    function facetIds(query) {
      if (!query.facets.length) return Promise.resolve(null);
      return load("facets.json").then(function (all) {
        return query.facets.map(function (f) {
          var table = all[f[0]] || {}, name = Object.keys(table).find(function (k) { return fold(k) === fold(f[1]); });
          var ids = new Set(), id = 0;
          (name ? table[name] : []).forEach(function (d) { id += d; ids.add(id); });
          return ids;
        }).reduce(function (a, b) { return new Set(Array.from(a).filter(function (x) { return b.has(x); })); });
      });
    }

    /** Every candidate with an upper-bound key: all terms ANDed, facets applied. */
    function gather(query) {
      return Promise.all([Promise.all(query.terms.map(candidates)), facetIds(query)]).then(function (r) {
        var perTerm = r[0], allowed = r[1], out = [];
        if (!perTerm.length) {
          (allowed || new Set()).forEach(function (id) { out.push({ id: id, key: [0, 0, 0], exact: true }); });
          return out;
        }
        perTerm[0].forEach(function (_, id) {
          if (allowed && !allowed.has(id)) return;
          var key = [0, 0, 0], exact = true;
          for (var i = 0; i < perTerm.length; i++) {
            var c = perTerm[i].get(id);
            if (!c) return;
            key[0] += c.key[0]; key[1] += c.key[1]; key[2] += c.key[2]; exact = exact && c.exact;
          }
          out.push({ id: id, key: key, exact: exact });
        });
        return out;
      });
    }

    /**
     * Results *from*..*from+size* best first, each with its article. Candidates are taken in
     * upper-bound order and confirmed against their text until the page is settled (threshold
     * algorithm), so what is shown is exact; the total is exact unless unconfirmed phrases remain.
     */
    function run(queryText, from, size) {
      var query = parseQuery(queryText), wanted = from + size;
      if (!query.terms.length && !query.facets.length) return Promise.resolve({ query: query, results: [], total: 0, approx: false });
      return gather(query).then(function (cands) {
        cands.sort(compare);
        var done = [], next = 0, failed = 0;
        function step() {
          done.sort(compare);
          var best = next < cands.length ? cands[next] : null;
          if (!best || (done.length >= wanted && compare(done[wanted - 1], best) <= 0)) {
            var unconfirmed = cands.slice(next).some(function (c) { return !c.exact; });
            return { query: query, results: done.slice(from, wanted), total: done.length + cands.length - next,
                     approx: unconfirmed };
          }
          var batch = cands.slice(next, next + Math.max(size, wanted - done.length));
          next += batch.length;
          return Promise.all(batch.map(function (c) { return load("t/" + c.id + ".json"); })).then(function (docs) {
            batch.forEach(function (c, i) {
              var key = c.exact ? c.key : score(foldedParts({ text: docs[i].x, headings: docs[i].h }), query);
              if (key) done.push({ id: c.id, key: key, doc: docs[i] });
              else failed++;
            });
            return step();
          });
        }
        return step();
      });
    }

    return { run: run, gather: gather };
  }

  return { createEngine: createEngine, decode: decode, fold: fold, foldWithMap: foldWithMap, parseQuery: parseQuery, count: count, foldedParts: foldedParts,
           score: score, facetMatches: facetMatches, compare: compare, search: search, fnv1a: fnv1a,
           grams: grams, escapeHTML: escapeHTML, highlight: highlight, snippet: snippet };
});
