/* 政协之窗: font-size control (kept across pages) and timeline filter chips. No third-party code. */
(function () {
  "use strict";
  var KEY = "nd-font-size";
  function currentSize() { return parseInt(document.documentElement.dataset.ndFont || "0", 10) || 0; }
  function applySize(size) {
    size = Math.max(-1, Math.min(2, size));
    if (size === 0) { delete document.documentElement.dataset.ndFont; } else { document.documentElement.dataset.ndFont = String(size); }
    try { localStorage.setItem(KEY, String(size)); } catch (e) { /* private mode: size lasts for this page */ }
    document.querySelectorAll("[data-nd-font]").forEach(function (b) {
      var step = b.getAttribute("data-nd-font");
      b.setAttribute("aria-pressed", String(step === "0" ? size === 0 : false));
    });
  }
  function setupFontSize() {
    document.querySelectorAll("[data-nd-font]").forEach(function (button) {
      button.addEventListener("click", function () {
        var step = parseInt(button.getAttribute("data-nd-font"), 10);
        applySize(step === 0 ? 0 : currentSize() + step);
      });
    });
    applySize(currentSize());
  }

  function setupTimeline() {
    var root = document.querySelector("[data-nd-filters]");
    if (!root) return;
    var chosen = { category: "", organisation: "" };
    var status = root.querySelector("[data-nd-status]");
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
      root.querySelectorAll("[data-nd-filter]").forEach(function (chip) {
        chip.setAttribute("aria-pressed", String(chosen[chip.dataset.ndFilter] === chip.dataset.ndValue));
      });
      if (status) status.textContent = "显示 " + shown + " 篇";
    }
    root.querySelectorAll("[data-nd-filter]").forEach(function (chip) {
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

  function ready() { setupFontSize(); setupTimeline(); }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", ready); } else { ready(); }
})();
