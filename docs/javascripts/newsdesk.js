/* 政协之窗: reading controls (text size, elder mode, read aloud, print), the keyboard ☰ button and the
   timeline filter chips. No third-party code; no inline handlers (everything is delegated from here).
   Works with Material's instant navigation too: listeners sit on the document, and each new page is
   synchronised through Material's document$ observable when it exists. */
(function () {
  "use strict";
  var root = document.documentElement;
  var SIZE_KEY = "nd-font-size";
  var ELDER_KEY = "nd-elder";
  var SIZES = ["-1", "0", "1", "2"];

  function store(key, value) {
    try { if (value === null) { localStorage.removeItem(key); } else { localStorage.setItem(key, value); } }
    catch (e) { /* private mode: the choice lasts for this page */ }
  }
  function currentSize() {
    var s = root.getAttribute("data-nd-size");
    return SIZES.indexOf(s) >= 0 ? s : "0";
  }
  function setSize(size) {
    if (SIZES.indexOf(size) < 0) return;
    if (size === "0") { root.removeAttribute("data-nd-size"); store(SIZE_KEY, null); }
    else { root.setAttribute("data-nd-size", size); store(SIZE_KEY, size); }
    sync();
  }
  function setElder(on) {
    if (on) { root.setAttribute("data-nd-elder", ""); store(ELDER_KEY, "1"); }
    else { root.removeAttribute("data-nd-elder"); store(ELDER_KEY, null); }
    sync();
  }
  /** Mark the pressed buttons after a change or a new page. */
  function sync() {
    var size = currentSize();
    document.querySelectorAll("button[data-nd-size]").forEach(function (b) {
      b.setAttribute("aria-pressed", String(b.getAttribute("data-nd-size") === size));
    });
    var elder = root.hasAttribute("data-nd-elder");
    document.querySelectorAll("button[data-nd-elder]").forEach(function (b) {
      b.setAttribute("aria-pressed", String(elder));
    });
  }

  /* 朗读: the browser's own speech synthesis (zh-CN voice when there is one); nothing leaves the page. */
  var speaking = null;
  function speechText() {
    var parts = [];
    document.querySelectorAll(".nd-article h1, .nd-article__subtitle, .nd-article__body > h2, .nd-article__body > p")
      .forEach(function (el) { var t = el.textContent.trim(); if (t) parts.push(t); });
    return parts.join("\n");
  }
  function stopSpeaking() {
    if (window.speechSynthesis) window.speechSynthesis.cancel();
    speaking = null;
    document.querySelectorAll("button[data-nd-speak]").forEach(function (b) {
      b.setAttribute("aria-pressed", "false");
      b.querySelector("[data-nd-speak-label]").textContent = "朗读";
    });
  }
  function speak(button) {
    var synth = window.speechSynthesis;
    if (speaking) { stopSpeaking(); return; }
    var voices = synth.getVoices ? synth.getVoices() : [];
    var voice = voices.filter(function (v) { return /^zh[-_]CN/i.test(v.lang); })[0] ||
                voices.filter(function (v) { return /^zh/i.test(v.lang); })[0] || null;
    /* short utterances: some engines stop long ones after a few seconds */
    var chunks = speechText().match(/[^。！？；\n]+[。！？；]?/g) || [];
    speaking = chunks.map(function (text) {
      var u = new SpeechSynthesisUtterance(text);
      u.lang = "zh-CN";
      if (voice) u.voice = voice;
      return u;
    });
    if (!speaking.length) { speaking = null; return; }
    speaking[speaking.length - 1].addEventListener("end", stopSpeaking);
    speaking.forEach(function (u) { synth.speak(u); });
    button.setAttribute("aria-pressed", "true");
    button.querySelector("[data-nd-speak-label]").textContent = "停止朗读";
  }

  function toggleDrawer() {
    var drawer = document.getElementById("__drawer");
    if (drawer) { drawer.checked = !drawer.checked; drawer.dispatchEvent(new Event("change")); }
  }

  document.addEventListener("click", function (event) {
    var target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    var b = target.closest("button[data-nd-size], button[data-nd-elder], button[data-nd-speak], button[data-nd-print]");
    if (!b) return;
    if (b.hasAttribute("data-nd-size")) setSize(b.getAttribute("data-nd-size"));
    else if (b.hasAttribute("data-nd-elder")) setElder(!root.hasAttribute("data-nd-elder"));
    else if (b.hasAttribute("data-nd-speak")) speak(b);
    else if (b.hasAttribute("data-nd-print")) window.print();
  });
  document.addEventListener("keydown", function (event) {
    var target = event.target instanceof Element ? event.target : null;
    /* Enter on a focused label is Material's own (it clicks it); Space is ours */
    if (target && target.hasAttribute("data-nd-drawer") && event.key === " ") {
      event.preventDefault();
      toggleDrawer();
    }
  });
  /* another tab changed the setting */
  window.addEventListener("storage", function (event) {
    if (event.key === SIZE_KEY) { var s = event.newValue; if (SIZES.indexOf(s) >= 0 && s !== "0") root.setAttribute("data-nd-size", s); else root.removeAttribute("data-nd-size"); sync(); }
    if (event.key === ELDER_KEY) { if (event.newValue === "1") root.setAttribute("data-nd-elder", ""); else root.removeAttribute("data-nd-elder"); sync(); }
  });

  function setupTimeline() {
    var filters = document.querySelector("[data-nd-filters]");
    if (!filters) return;
    var chosen = { category: "", organisation: "" };
    var status = filters.querySelector("[data-nd-status]");
    function update() {
      var shown = 0;
      document.querySelectorAll(".nd-timeline__entry").forEach(function (li) {
        var ok = (!chosen.category || li.dataset.category === chosen.category) &&
                 (!chosen.organisation || li.dataset.organisation === chosen.organisation);
        li.hidden = !ok;
        if (ok) shown += 1;
      });
      Array.prototype.slice.call(document.querySelectorAll("[data-nd-group]")).reverse().forEach(function (group) {
        group.hidden = !group.querySelector(".nd-timeline__entry:not([hidden])");
      });
      filters.querySelectorAll("[data-nd-filter]").forEach(function (chip) {
        chip.setAttribute("aria-pressed", String(chosen[chip.dataset.ndFilter] === chip.dataset.ndValue));
      });
      if (status) status.textContent = "显示 " + shown + " 篇";
    }
    filters.querySelectorAll("[data-nd-filter]").forEach(function (chip) {
      chip.addEventListener("click", function (event) {
        event.preventDefault();
        chosen[chip.dataset.ndFilter] = chip.dataset.ndValue;
        update();
      });
      chip.addEventListener("keydown", function (event) {
        if (event.key === " ") { event.preventDefault(); chip.click(); }
      });
    });
    update();
  }

  /** Each page (the first, and each one Material's instant navigation brings in). */
  function page() {
    if (speaking) stopSpeaking();
    sync();
    if ("speechSynthesis" in window && "SpeechSynthesisUtterance" in window) {
      document.querySelectorAll("button[data-nd-speak]").forEach(function (b) { b.hidden = false; });
    }
    document.querySelectorAll("button[data-nd-print]").forEach(function (b) { b.hidden = false; });
    setupTimeline();
  }
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(page);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", page);
  } else {
    page();
  }
})();
