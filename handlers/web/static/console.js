// Queue: the filters fold away on a phone (the cases come first) and stay open on a wide screen.
(function () {
  var box = document.getElementById("filters");
  if (box && window.matchMedia("(min-width: 761px)").matches) box.open = true;
})();
// Case page: every 15 s ask whether the case changed (in Telegram or another browser) and offer a reload.
(function () {
  var marker = document.querySelector("[data-version-url]");
  if (!marker) return;
  var url = marker.getAttribute("data-version-url");
  var seen = marker.getAttribute("data-version");
  setInterval(function () {
    fetch(url, { credentials: "same-origin" }).then(function (r) { return r.ok ? r.text() : null; })
      .then(function (version) {
        if (version && version !== seen) { document.getElementById("changed").hidden = false; }
      }).catch(function () {});
  }, 15000);
})();
// Status form: show only the fields the chosen status needs, and only the reasons written for it.
(function () {
  var select = document.getElementById("status-select");
  if (!select) return;
  function show() {
    var chosen = select.value;
    document.querySelectorAll("#status-form [data-needed-for]").forEach(function (field) {
      field.hidden = field.getAttribute("data-needed-for").split(" ").indexOf(chosen) < 0;
    });
    var reasons = document.getElementById("reason-select");
    reasons.querySelectorAll("optgroup").forEach(function (group) {
      group.hidden = group.disabled = group.getAttribute("data-status") !== chosen;
    });
    if (reasons.selectedOptions[0] && reasons.selectedOptions[0].parentNode.disabled) reasons.value = "";
  }
  select.addEventListener("change", show);
  show();
})();
// A button that takes something from a colleague asks first.
document.addEventListener("submit", function (event) {
  var button = event.submitter || event.target.querySelector("[data-confirm]");
  var question = button && button.getAttribute("data-confirm");
  if (question && !window.confirm(question)) event.preventDefault();
});
