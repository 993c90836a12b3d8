// The counsellor's tray kept in this browser (localStorage), for the client's handout.
// Without this file the tray still works: it lives in the address of /tarjotin/?ids=…, which has
// links to reorder and remove, and "add to tray" on a listing page starts a tray by address.
(function () {
  "use strict";
  var KEY = "hyvinvointitarjotin.tray";
  var MAX = 12; // as catalogue/tray.py
  var link = document.querySelector("[data-tray-link]");
  var storage = null;
  try {
    storage = window.localStorage; // reading it throws where the person has blocked storage
  } catch (error) {
    return;
  }
  if (!link || !storage) return;
  var labels = link.dataset;
  var status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  document.body.appendChild(status);

  function read() {
    try {
      var ids = JSON.parse(storage.getItem(KEY) || "[]");
      return Array.isArray(ids) ? ids.filter(function (id) { return /^\d+$/.test(String(id)); }).map(String) : [];
    } catch (error) {
      return [];
    }
  }

  function write(ids) {
    try {
      storage.setItem(KEY, JSON.stringify(ids.slice(0, MAX)));
    } catch (error) {
      // Storage full or refused (private browsing): the tray's address still holds it.
    }
    update();
  }

  function trayUrl(ids) {
    return link.pathname + "?ids=" + ids.join(",");
  }

  function update() {
    var ids = read();
    var count = link.querySelector("[data-tray-count]");
    link.href = trayUrl(ids);
    count.textContent = String(ids.length);
    count.hidden = ids.length === 0;
    document.querySelectorAll("[data-tray-toggle]").forEach(function (button) {
      var on = ids.indexOf(button.dataset.trayToggle) >= 0;
      button.firstChild.textContent = on ? labels.remove : labels.add;
    });
  }

  function toggle(id, title) {
    var ids = read();
    var at = ids.indexOf(id);
    if (at >= 0) {
      ids.splice(at, 1);
      status.textContent = labels.removed + " " + title;
    } else {
      ids.push(id);
      status.textContent = labels.added + " " + title;
    }
    write(ids);
  }

  function toggleButton(id, title) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "button button-secondary button-small tray-toggle";
    button.dataset.trayToggle = id;
    button.dataset.trayTitle = title;
    button.appendChild(document.createTextNode(labels.add));
    var hidden = document.createElement("span");
    hidden.className = "visually-hidden";
    hidden.textContent = ": " + title;
    button.appendChild(hidden);
    return button;
  }

  // Cards are cached HTML shared by everyone, so their buttons are added here.
  function decorateCards() {
    document.querySelectorAll("li.card[data-listing]:not([data-tray-ready])").forEach(function (card) {
      card.dataset.trayReady = "1";
      var heading = card.querySelector("h3");
      var row = document.createElement("p");
      row.className = "card-tray";
      row.appendChild(toggleButton(card.dataset.listing, heading ? heading.textContent.trim() : ""));
      card.appendChild(row);
    });
    update();
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-tray-toggle]");
    if (button) toggle(button.dataset.trayToggle, button.dataset.trayTitle);
  });

  // A listing page: the form that starts a tray by address becomes a toggle.
  document.querySelectorAll("form.tray-add-form").forEach(function (form) {
    var title = (document.querySelector("h1") || {}).textContent || "";
    var row = document.createElement("p");
    row.className = "no-print";
    row.appendChild(toggleButton(form.dataset.listing, title.trim()));
    form.replaceWith(row);
  });

  // The tray page: an address with ids holds the tray (a link sent to the client, or a reorder),
  // so the browser's memory follows it; a bare /tarjotin/ shows the tray kept in this browser.
  var list = document.getElementById("tray-list");
  var params = new URLSearchParams(window.location.search);
  if (window.location.pathname === link.pathname) {
    if (params.has("ids")) {
      write(list && list.dataset.trayIds ? list.dataset.trayIds.split(",") : []);
    } else if (read().length) {
      window.location.replace(trayUrl(read()));
      return;
    }
  }

  var copy = document.getElementById("tray-copy");
  var field = document.getElementById("tray-share-url");
  if (copy && field && navigator.clipboard) {
    copy.hidden = false;
    copy.addEventListener("click", function () {
      navigator.clipboard.writeText(field.value).then(function () {
        document.getElementById("tray-copy-status").textContent = labels.copied;
      }, function () {
        field.focus();
        field.select();
      });
    });
  }
  if (field) field.addEventListener("focus", function () { field.select(); });

  var print = document.getElementById("handout-print");
  if (print) {
    print.hidden = false;
    print.addEventListener("click", function () { window.print(); });
  }

  decorateCards();
  // The catalogue replaces its results in place (catalogue.js): decorate the new cards too.
  var results = document.getElementById("catalogue-form");
  if (results && window.MutationObserver) {
    new MutationObserver(decorateCards).observe(results, { childList: true, subtree: true });
  }
})();
