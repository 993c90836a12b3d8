// The listing form (templates/dashboard/edit/listing_form.html), made a little shorter with JavaScript:
// the new place's fields show only when "Uusi paikka" is chosen, and typing in them chooses it.
// Without JavaScript everything is simply visible and works the same.
(function () {
  "use strict";
  var fieldset = document.getElementById("new-place");
  var radios = document.querySelectorAll('input[name="place_choice"]');
  if (!fieldset || !radios.length) return;
  var newChoice = document.querySelector('input[name="place_choice"][value="new"]');

  function update() {
    var hasError = fieldset.querySelector(".field-error") !== null;
    fieldset.hidden = !(newChoice.checked || hasError);
  }
  radios.forEach(function (radio) { radio.addEventListener("change", update); });
  update();
})();
