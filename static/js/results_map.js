// The catalogue page's results on a map (Leaflet and Leaflet.markercluster, vendored in
// static/vendor/; nearby markers are grouped, and a group opens with Enter or a click). Only on
// request, since tiles come from a tile server: when none loads (offline, blocked), the map is
// removed and the person is told the list above is the view. Markers are reachable with Tab
// and named by their listing's title; Enter opens the popup with the link.
(function () {
  "use strict";
  if (!window.L || !L.markerClusterGroup) return;
  var map = null;
  var open = false;

  function tools() {
    return document.querySelector(".results-map-tools");
  }

  function close() {
    if (map) map.remove();
    map = null;
  }

  function draw() {
    var box = tools();
    var element = document.getElementById("results-map");
    var status = document.getElementById("map-status");
    var cards = document.querySelectorAll("li.card[data-lat]");
    close();
    element.hidden = false;
    map = L.map(element, { scrollWheelZoom: false });
    var loaded = 0;
    var failed = 0;
    L.tileLayer(box.dataset.tiles, {
      maxZoom: 18,
      attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
    })
      .on("tileload", function () { loaded += 1; })
      .on("tileerror", function () {
        failed += 1;
        if (!loaded && failed >= 2) unavailable(status);
      })
      .addTo(map);
    var bounds = [];
    var markers = [];
    cards.forEach(function (card) {
      var point = [parseFloat(card.dataset.lat), parseFloat(card.dataset.lon)];
      var link = card.querySelector("h3 a");
      var title = link.textContent.trim();
      var popup = document.createElement("a");
      popup.href = link.href;
      popup.textContent = title;
      markers.push(L.marker(point, { title: title, alt: title, keyboard: true }).bindPopup(popup));
      bounds.push(point);
    });
    if (bounds.length) {
      map.fitBounds(bounds, { padding: [24, 24], maxZoom: 14 });
    } else {
      map.setView([60.6, 24.4], 8); // between the two wellbeing areas
    }
    // The group is added once the map has a view: clustering needs the zoom level.
    var label = box.dataset.cluster;
    var group = L.markerClusterGroup({
      maxClusterRadius: 40,
      iconCreateFunction: function (cluster) {
        var count = cluster.getChildCount();
        var icon = L.divIcon({
          html: "<span>" + count + "</span>",
          className: "marker-cluster marker-cluster-small",
          iconSize: L.point(40, 40),
        });
        icon.createIcon = (function (create) {
          return function () {
            var element = create.apply(this, arguments);
            element.setAttribute("role", "button");
            element.setAttribute("aria-label", label.replace("%(count)s", count));
            return element;
          };
        })(icon.createIcon);
        return icon;
      },
    });
    group.addLayers(markers);
    map.addLayer(group);
  }

  function unavailable(status) {
    open = false;
    close();
    document.getElementById("results-map").hidden = true;
    var button = document.getElementById("show-map");
    button.setAttribute("aria-expanded", "false");
    button.textContent = tools().dataset.show;
    status.textContent = tools().dataset.unavailable;
  }

  function setUp() {
    var button = document.getElementById("show-map");
    if (!button || button.dataset.ready) return;
    button.dataset.ready = "1";
    button.hidden = false;
    if (open) {
      // The results were replaced in place (catalogue.js): draw the new ones.
      button.setAttribute("aria-expanded", "true");
      button.textContent = tools().dataset.hide;
      draw();
    }
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("#show-map");
    if (!button) return;
    open = button.getAttribute("aria-expanded") !== "true";
    button.setAttribute("aria-expanded", String(open));
    button.textContent = open ? tools().dataset.hide : tools().dataset.show;
    document.getElementById("map-status").textContent = "";
    if (open) {
      draw();
    } else {
      close();
      document.getElementById("results-map").hidden = true;
    }
  });

  setUp();
  var form = document.getElementById("catalogue-form");
  if (form && window.MutationObserver) new MutationObserver(setUp).observe(form, { childList: true, subtree: true });
})();
