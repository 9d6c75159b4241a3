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
