// Progressive enhancement of the share box on a listing page; without JavaScript the readonly
// address field is there to copy.
(function () {
  "use strict";
  // Selecting the whole address on focus makes copying it one gesture.
  document.querySelectorAll("input.share-url").forEach(function (input) {
    input.addEventListener("focus", function () {
      input.select();
    });
  });
  // Where the browser can share (mostly phones), show the button that opens the share sheet.
  if (!navigator.share) {
    return;
  }
  document.querySelectorAll("button[data-share-url]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.share({ title: button.dataset.shareTitle, url: button.dataset.shareUrl }).catch(function () {
        // The person closed the share sheet; nothing to do.
      });
    });
  });
})();
