// Inside the widget frame: tell the page around it how tall the widget is (see embed.js).
(function () {
  "use strict";
  if (window.parent === window) {
    return;
  }
  function tell() {
    window.parent.postMessage({ tarjotinHeight: document.documentElement.scrollHeight }, "*");
  }
  window.addEventListener("load", tell);
  if ("ResizeObserver" in window) {
    new ResizeObserver(tell).observe(document.body);
  }
})();
