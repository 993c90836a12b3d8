// Shows a Hyvinvointitarjotin search in a frame where this script tag stands, on any site:
// <script src="…/static/js/embed.js" data-tarjotin-search="municipality=forssa" async></script>
// The frame reports its height (embed_frame.js), so it needs no scrollbar of its own.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script) {
    return;
  }
  var origin = new URL(script.src).origin;
  var language = script.getAttribute("data-tarjotin-lang");
  var prefix = language === "sv" || language === "en" ? "/" + language : "";
  var search = script.getAttribute("data-tarjotin-search") || "";
  var frame = document.createElement("iframe");
  frame.src = origin + prefix + "/upotus/" + (search ? "?" + search : "");
  frame.title = script.getAttribute("data-tarjotin-title") || "Hyvinvointitarjotin";
  frame.loading = "lazy";
  frame.style.cssText = "width:100%;height:40rem;border:0";
  script.parentNode.insertBefore(frame, script.nextSibling);
  window.addEventListener("message", function (event) {
    if (event.origin !== origin || event.source !== frame.contentWindow) {
      return;
    }
    var height = event.data && event.data.tarjotinHeight;
    if (typeof height === "number" && height > 0) {
      frame.style.height = Math.ceil(height) + "px";
    }
  });
})();
