// Progressive enhancement: the language buttons are a form of their own, so pressing one in the
// middle of filling in another form would load the page again and lose what was typed. Ask
// first. Without JavaScript the buttons work as before.
(function () {
  "use strict";
  var switcher = document.querySelector("form.language-switcher");
  if (!switcher) {
    return;
  }

  function fieldChanged(field) {
    if (field.type === "checkbox" || field.type === "radio") {
      return field.checked !== field.defaultChecked;
    }
    if (field.tagName === "SELECT") {
      return Array.prototype.some.call(field.options, function (option) {
        return option.selected !== option.defaultSelected;
      });
    }
    if (field.type === "file") {
      return field.value !== "";
    }
    return "defaultValue" in field && field.type !== "hidden" && field.value !== field.defaultValue;
  }

  // Only forms that send something to be stored; search forms (GET) lose nothing.
  function unsavedForms() {
    return Array.prototype.filter.call(document.forms, function (form) {
      return form !== switcher && form.method === "post" && Array.prototype.some.call(form.elements, fieldChanged);
    });
  }

  switcher.addEventListener("submit", function (event) {
    if (unsavedForms().length && !window.confirm(switcher.dataset.unsavedWarning)) {
      event.preventDefault();
    }
  });
})();
