/* sopkit: tells the search engine (assets/sopkit-search-worker.js) which location the
 * reader picked, so that one result per SOP is shown and it is that location's version.
 * The worker asks on the "sopkit-search" channel when it starts; the page answers, and
 * tells it again when the location picker or the search's location filter changes. */
(function () {
  "use strict";
  if (typeof BroadcastChannel === "undefined") { return; }
  var channel = new BroadcastChannel("sopkit-search");

  var current = "";
  try { current = localStorage.getItem("sopkit.location") || ""; } catch (e) { current = ""; }
  function tell() { channel.postMessage({ location: current }); }

  channel.onmessage = function (event) {
    if (event.data && event.data.ask) { tell(); }
  };
  document.addEventListener("change", function (event) {
    var target = event.target;
    if (target && target.matches && target.matches(".sop-picker, .sop-filter-location")) {
      current = target.value;
      tell();
    }
  });
  tell();
})();
