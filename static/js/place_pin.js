// Admin, a place's page: refine its coordinates by dragging a pin on a map. The pin starts at
// the figures in the latitude and longitude fields (the postal-code centroid for new places) and
// writes them back as it moves. Without map tiles the fields are still there to type in.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var box = document.querySelector(".place-pin");
    var latitude = document.getElementById("id_latitude");
    var longitude = document.getElementById("id_longitude");
    if (!box || !latitude || !longitude || !window.L) return;
    var start = [parseFloat(latitude.value) || 60.6, parseFloat(longitude.value) || 24.4];
    var help = document.createElement("p");
    help.textContent = box.dataset.help;
    box.before(help);
    box.style.height = "20rem";
    var map = L.map(box).setView(start, latitude.value ? 16 : 8);
    L.tileLayer(box.dataset.tiles, {
      maxZoom: 19,
      attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
    }).addTo(map);
    var pin = L.marker(start, { draggable: true, keyboard: true, title: help.textContent, alt: help.textContent }).addTo(map);
    pin.on("dragend", function () {
      var point = pin.getLatLng();
      latitude.value = point.lat.toFixed(6);
      longitude.value = point.lng.toFixed(6);
    });
  });
})();
