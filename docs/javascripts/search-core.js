/*
 * 政协之窗 search core: the query semantics and the index-backed engine, shared by the search worker
 * and the tests. The Python reference is hooks/newsdesk/search.py (semantics) and search_index.py
 * (the index format); tests/cases/search.json holds cases for both.
 *
 * Exact substring: a query returns every article whose page text contains it, whitespace ignored,
 * full/half-width and case folded, traditional characters folded to simplified (setFolding).
 * Space-separated terms are ANDed; 分类:… 机构:… 年份:… restrict; 排序:时间 sorts newest first.
 * Ranking: more terms in the title, then more terms in a heading, then more occurrences, then newer.
 */
(function (root, factory) {
  if (typeof module === "object" && module.exports) module.exports = factory();
  else root.NDSearch = factory();
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  var FACETS = { "分类": "category", "category": "category", "机构": "organisation", "org": "organisation",
                 "organisation": "organisation", "年份": "year", "year": "year" };
  var SORTS = { "排序": true, "sort": true };
  var BY_TIME = { "时间": true, "日期": true, "time": true, "date": true, "new": true, "newest": true };
  var SPACE = /^\s$/;
  var T2S = new Map();

  /** Traditional → simplified pairs ("協协會会…", from the index's t2s.json): folding uses them from now on. */
  function setFolding(pairs) {
    var chars = Array.from(pairs || ""), map = new Map();
    for (var i = 0; i + 1 < chars.length; i += 2) map.set(chars[i], chars[i + 1]);
    T2S = map;
  }

  function foldChar(ch) {
    if (SPACE.test(ch)) return "";
    var out = "";
    for (var c of ch.normalize("NFKC").toLowerCase()) out += T2S.get(c) || c;
    return out;
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
    var terms = [], facets = [], byTime = false;
    query.normalize("NFKC").trim().split(/\s+/).forEach(function (raw) {
      if (!raw) return;
      var colon = raw.indexOf(":"), key = colon > 0 ? raw.slice(0, colon).toLowerCase() : "";
      if (colon > 0 && colon < raw.length - 1 && FACETS[key]) {
        facets.push([FACETS[key], raw.slice(colon + 1)]);
        return;
      }
      if (colon > 0 && colon < raw.length - 1 && SORTS[key]) {
        byTime = !!BY_TIME[raw.slice(colon + 1).toLowerCase()];
        return;
      }
      var term = fold(raw);
      if (term && terms.indexOf(term) < 0) terms.push(term);
    });
    return { terms: terms, facets: facets, byTime: byTime };
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
    return hits.sort(query.byTime ? byId : compare).map(function (h) { return h.id; });
  }

  function byId(a, b) { return a.id - b.id; }

  function fnv1a(term) {
    var h = 0x811c9dc5;
    for (var i = 0; i < term.length; i++) {
      h ^= term.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h >>> 0;
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

  /** Offset in *text* of the first occurrence of any term, or -1. */
  function firstMatch(text, terms) {
    var folded = foldWithMap(text), first = -1;
    terms.forEach(function (term) {
      var at = folded.text.indexOf(term);
      if (at >= 0 && (first < 0 || folded.where[at] < first)) first = folded.where[at];
    });
    return first;
  }

  /**
   * About *size* characters of the article body around the first match, highlighted; the body
   * starts at doc.body (after title, subtitle and meta line), so page furniture never leads. Only
   * when the body does not match (a byline name, a date) is the subtitle and meta line shown instead.
   */
  function snippet(doc, terms, size) {
    size = size || 90;
    var start = doc.body || doc.text.indexOf("\n") + 1, text = doc.text.slice(start), first = firstMatch(text, terms);
    if (first < 0) {
      var head = doc.text.slice(doc.text.indexOf("\n") + 1, start).trim();
      if (firstMatch(head, terms) >= 0) { text = head; first = firstMatch(head, terms); }
    }
    if (first < 0) first = 0;
    var from = Math.max(0, first - Math.floor(size / 3)), to = Math.min(text.length, from + size);
    var piece = text.slice(from, to).replace(/\n+/g, " ");
    return (from > 0 ? "…" : "") + highlight(piece, terms) + (to < text.length ? "…" : "");
  }

  /* ------------------------------------------------------------------ index-backed engine */

  var DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVabcdefghijklmnopqrstuvwxyz+/-_.!", VALUE = {};
  for (var d = 0; d < DIGITS.length; d++) VALUE[DIGITS.charCodeAt(d)] = d;

  /** The numbers of a postings string (search_index.varint: base 32, bit 5 = more digits follow). */
  function numbers(s) {
    var out = [], v = 0;
    for (var i = 0; i < s.length; i++) {
      var x = VALUE[s.charCodeAt(i)];
      v = v * 32 + (x & 31);
      if (!(x & 32)) { out.push(v); v = 0; }
    }
    return out;
  }

  /** Character or bigram postings → Map id → [in title, in a heading, count]. */
  function decodeShort(s) {
    var n = numbers(s), out = new Map(), id = 0;
    for (var i = 0; i < n.length; i += 2) {
      id += n[i];
      out.set(id, [(n[i + 1] >> 1) & 1, n[i + 1] & 1, n[i + 1] >> 2]);
    }
    return out;
  }

  /** Trigram postings → Map id → {pos: sorted positions, nt: how many are in the title, heads: Set of heading positions}. */
  function decodeTrigram(s) {
    var n = numbers(s), out = new Map(), id = 0, i = 0;
    while (i < n.length) {
      id += n[i++];
      var head = n[i++], count = head >> 2, nt = head & 2 ? n[i++] : 0, heads = null;
      if (head & 1) {
        var nh = n[i++], at = 0, idx = [];
        for (var k = 0; k < nh; k++) { at += n[i++]; idx.push(at); }
        heads = idx;
      }
      var pos = new Array(count), p = 0;
      for (var j = 0; j < count; j++) { p += n[i++]; pos[j] = p; }
      var set = null;
      if (heads) { set = new Set(); heads.forEach(function (x) { set.add(pos[x]); }); }
      out.set(id, { pos: pos, nt: nt, heads: set });
    }
    return out;
  }

  /** Non-overlapping occurrences from sorted positions (as str.count counts). */
  function countFrom(pos, size) {
    var c = 0, free = -1;
    for (var i = 0; i < pos.length; i++) if (pos[i] >= free) { c++; free = pos[i] + size; }
    return c;
  }

  /**
   * The cheapest cover of a phrase of *n* ≥ 4 characters by its trigrams: offsets from 0 to n−3, each
   * at most 3 after the previous, minimising the bytes still to fetch (plus one per trigram).
   */
  function cover(costs) {
    var best = [costs[0] + 1], from = [-1];
    for (var o = 1; o < costs.length; o++) {
      var b = Infinity, f = -1;
      for (var q = Math.max(0, o - 3); q < o; q++) if (best[q] < b) { b = best[q]; f = q; }
      best.push(b + costs[o] + 1); from.push(f);
    }
    var out = [];
    for (var at = costs.length - 1; at >= 0; at = from[at]) out.unshift(at);
    return out;
  }

  /** Where a phrase occurs, from the postings of its cover: Map id → [in title, in a heading, count]. */
  function phrase(lists, offsets, size) {
    var out = new Map(), last = lists.length - 1;
    lists[0].forEach(function (first, id) {
      var docs = [];
      for (var i = 0; i < lists.length; i++) {
        var d = lists[i].get(id);
        if (!d) return;
        if (!d.set) d.set = new Set(d.pos);
        docs.push(d);
      }
      var hits = [], heading = 0;
      first.pos.forEach(function (p) {
        for (var i = 1; i < docs.length; i++) if (!docs[i].set.has(p + offsets[i])) return;
        hits.push(p);
        if (!heading && docs.every(function (d, i) { return d.heads && d.heads.has(p + offsets[i]); })) heading = 1;
      });
      if (!hits.length) return;
      var end = docs[last], title = end.nt > 0 && hits[0] + offsets[last] <= end.pos[end.nt - 1] ? 1 : 0;
      out.set(id, [title, heading, countFrom(hits, size)]);
    });
    return out;
  }

  /**
   * The search engine over the index files (hooks/newsdesk/search_index.py). *load(path)* returns a
   * promise of the parsed JSON file under search/nd/ (the caller caches);
   * *shards* comes from the index stub.
   */
  function createEngine(load, shards) {
    function entries(keys) {
      return Promise.all(keys.map(function (k) {
        return load("s/" + (fnv1a(k) % shards) + ".json").then(function (d) {
          return Object.prototype.hasOwnProperty.call(d, k) ? d[k] : null;
        });
      }));
    }

    function body(entry) {
      if (entry === null) return Promise.resolve("");
      return typeof entry === "string" ? Promise.resolve(entry) : load("b/" + entry[0] + ".json");
    }

    /** One term → promise of Map id → [in title, in a heading, count]: round trip 1 the shards, 2 long postings. */
    function term(t) {
      var chars = Array.from(t);
      if (chars.length <= 3) {
        return entries([t]).then(function (e) {
          // a long trigram asked alone: its summary without positions (count, title, heading)
          if (e[0] !== null && typeof e[0] !== "string" && e[0].length > 3) {
            return load("b/" + e[0][3] + ".json").then(decodeShort);
          }
          return body(e[0]);
        }).then(function (s) {
          if (typeof s !== "string") return s;
          if (chars.length < 3) return decodeShort(s);
          var out = new Map();
          decodeTrigram(s).forEach(function (d, id) { out.set(id, [d.nt > 0 ? 1 : 0, d.heads ? 1 : 0, countFrom(d.pos, 3)]); });
          return out;
        });
      }
      var keys = [];
      for (var i = 0; i + 3 <= chars.length; i++) keys.push(chars.slice(i, i + 3).join(""));
      return entries(keys).then(function (es) {
        if (es.some(function (e) { return e === null; })) return new Map();
        var offsets = cover(es.map(function (e) { return typeof e === "string" ? 0 : e[2]; }));
        return Promise.all(offsets.map(function (o) { return body(es[o]); })).then(function (bodies) {
          return phrase(bodies.map(decodeTrigram), offsets, chars.length);
        });
      });
    }

    /** facets.json → {names, of(id, facet) → name}. */
    function facetTable() {
      return load("facets.json").then(function (f) {
        function code(name, id) {
          var w = f[name].width, s = f[name].codes, c = 0;
          for (var k = 0; k < w; k++) c = c * 32 + VALUE[s.charCodeAt(id * w + k)];
          return c;
        }
        return {
          size: f.category.codes.length / f.category.width,
          of: function (id, name) { var c = code(name, id); return c ? f[name].names[c - 1] : ""; }
        };
      });
    }

    /** Every match: [{id, key}] in result order, with counts per facet value for the chips. */
    function matches(query) {
      return Promise.all([Promise.all(query.terms.map(term)), facetTable()]).then(function (r) {
        var perTerm = r[0], table = r[1], out = [];
        function allowed(id) {
          return query.facets.every(function (f) { return fold(table.of(id, f[0])) === fold(f[1]); });
        }
        if (!perTerm.length) {
          for (var id = 0; id < table.size; id++) if (allowed(id)) out.push({ id: id, key: [0, 0, 0] });
        } else {
          perTerm[0].forEach(function (_, id) {
            if (!allowed(id)) return;
            var key = [0, 0, 0];
            for (var i = 0; i < perTerm.length; i++) {
              var k = perTerm[i].get(id);
              if (!k) return;
              key[0] += k[0]; key[1] += k[1]; key[2] += k[2];
            }
            out.push({ id: id, key: key });
          });
        }
        out.sort(query.byTime ? byId : compare);
        var counts = {};
        ["category", "organisation", "year"].forEach(function (name) {
          var c = new Map();
          out.forEach(function (m) { var v = table.of(m.id, name); if (v) c.set(v, (c.get(v) || 0) + 1); });
          counts[name] = Array.from(c).sort(function (a, b) { return b[1] - a[1] || (a[0] < b[0] ? -1 : 1); });
        });
        return { all: out, facets: counts };
      });
    }

    /**
     * Results *from*..*from+size* in order, each with its article (round trip 3), the exact total and
     * the facet counts of all matches.
     */
    function run(queryText, from, size) {
      var query = parseQuery(queryText);
      if (!query.terms.length && !query.facets.length) {
        return Promise.resolve({ query: query, results: [], total: 0, facets: { category: [], organisation: [], year: [] } });
      }
      return matches(query).then(function (m) {
        var page = m.all.slice(from, from + size);
        return Promise.all(page.map(function (h) { return load("t/" + h.id + ".json"); })).then(function (docs) {
          return { query: query, total: m.all.length, facets: m.facets,
                   results: page.map(function (h, i) { return { id: h.id, key: h.key, doc: docs[i] }; }) };
        });
      });
    }

    return { run: run, matches: matches };
  }

  return { createEngine: createEngine, setFolding: setFolding, fold: fold, foldWithMap: foldWithMap,
           parseQuery: parseQuery, count: count, foldedParts: foldedParts, score: score, facetMatches: facetMatches,
           compare: compare, search: search, fnv1a: fnv1a, numbers: numbers, cover: cover, countFrom: countFrom,
           escapeHTML: escapeHTML, highlight: highlight, snippet: snippet };
});
