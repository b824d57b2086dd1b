/* 政协之窗: the reader's text size and elder mode, applied before first paint (loaded synchronously in
   <head>; a file, not an inline script, so a Content-Security-Policy can forbid inline code). */
(function () {
  "use strict";
  var root = document.documentElement;
  try {
    var size = localStorage.getItem("nd-font-size");
    if (size === "-1" || size === "1" || size === "2") { root.setAttribute("data-nd-size", size); }
    if (localStorage.getItem("nd-elder") === "1") { root.setAttribute("data-nd-elder", ""); }
  } catch (e) { /* storage blocked: default size */ }
})();
