// "Use my location" for the catalogue's "near" field: the browser asks the person for consent,
// and the position goes into the field as "lat,lon" (rounded to about a hundred metres), so the
// search stays an ordinary address anyone can bookmark. Without this file, type a postal code.
(function () {
  "use strict";
  if (!navigator.geolocation) return;
  document.addEventListener("click", function (event) {
    var button = event.target.closest("#use-location");
    if (!button) return;
    var status = document.getElementById("near-status");
    var field = document.getElementById("id_near");
    status.textContent = button.dataset.locating;
    navigator.geolocation.getCurrentPosition(
      function (position) {
        field.value = position.coords.latitude.toFixed(3) + "," + position.coords.longitude.toFixed(3);
        status.textContent = "";
        button.form.requestSubmit();
      },
      function () {
        status.textContent = button.dataset.failed;
        field.focus();
      },
      { timeout: 10000, maximumAge: 600000 }
    );
  });
  // The results (and this button) are re-rendered in place by catalogue.js; show it each time.
  function reveal() {
    var button = document.getElementById("use-location");
    if (button) button.hidden = false;
  }
  reveal();
  var form = document.getElementById("catalogue-form");
  if (form && window.MutationObserver) new MutationObserver(reveal).observe(form, { childList: true, subtree: true });
})();
