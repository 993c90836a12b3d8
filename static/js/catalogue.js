// Progressive enhancement of the catalogue: a changed filter updates the results in place.
// Without this file the form simply submits; the URL always holds the whole search.
(function () {
  "use strict";
  var form = document.getElementById("catalogue-form");
  if (!form || !window.fetch || !window.history.pushState) return;
  var status = document.getElementById("result-status");

  function urlFor(params) {
    var query = params.toString();
    return form.action + (query ? "?" + query : "");
  }

  function paramsOfForm() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, key) {
      if (value !== "") params.append(key, value);
    });
    return params;
  }

  function load(url, push) {
    form.setAttribute("aria-busy", "true");
    return fetch(url, { headers: { "X-Catalogue-Partial": "1" } })
      .then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.text();
      })
      .then(function (html) {
        var results = document.getElementById("catalogue-results");
        // The new results come with the filter panel closed: keep it as the person left it.
        var panelOpen = document.getElementById("filter-panel").open;
        results.outerHTML = html;
        document.getElementById("filter-panel").open = panelOpen;
        if (push) window.history.pushState({ catalogue: true }, "", url);
        var heading = document.getElementById("results-heading");
        if (status && heading) status.textContent = heading.textContent.trim();
      })
      .catch(function () {
        window.location.href = url; // fall back to a normal page load
      })
      .finally(function () {
        form.removeAttribute("aria-busy");
      });
  }

  form.addEventListener("change", function (event) {
    var input = event.target;
    if (input.name === "q" || input.type === "date") return;
    // The filters are re-rendered with new counts: keep focus on the same option.
    var selector = 'input[name="' + input.name + '"][value="' + input.value + '"]';
    load(urlFor(paramsOfForm()), true).then(function () {
      var again = form.querySelector(selector);
      if (again) again.focus();
    });
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    load(urlFor(paramsOfForm()), true).then(function () {
      var heading = document.getElementById("results-heading");
      if (!heading) return;
      // On a phone the header and search box fill the screen: bring the results up to it.
      var first = document.querySelector(".result-list li");
      if (first && first.getBoundingClientRect().top > window.innerHeight * 0.8) {
        heading.scrollIntoView({ block: "start" });
      }
      heading.focus({ preventScroll: true });
    });
  });

  // Chips, "clear all" and pagination links inside the results load in place too.
  form.addEventListener("click", function (event) {
    var link = event.target.closest("a");
    if (!link || !form.contains(link) || link.origin !== window.location.origin) return;
    if (link.pathname !== window.location.pathname) return;
    event.preventDefault();
    var target = new URL(link.href);
    document.getElementById("id_q").value = target.searchParams.get("q") || "";
    load(link.href, true).then(function () {
      var heading = document.getElementById("results-heading");
      if (heading) heading.focus();
    });
  });

  window.addEventListener("popstate", function () {
    var params = new URLSearchParams(window.location.search);
    document.getElementById("id_q").value = params.get("q") || "";
    load(window.location.href, false);
  });
})();
