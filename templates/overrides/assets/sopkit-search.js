/* sopkit: tells the search engine (assets/sopkit-search-worker.js) which location the
 * reader picked and which touchpoint the search's filter shows, so that one result per
 * SOP is shown, it is that location's version, and the filters apply before Material
 * counts the results. The worker asks on the "sopkit-search" channel when it starts;
 * the page answers, and tells it again when the location picker or a filter changes. */
(function () {
  "use strict";
  /* Material lists each result's tags in a <nav>: one unnamed navigation landmark per
   * result (axe: landmark-unique), announced as a way around the site. They are labels,
   * not navigation: no landmark. */
  function tagsAreNoLandmark(list) {
    var navs = list.querySelectorAll("nav.md-tags:not([role])");
    for (var i = 0; i < navs.length; i++) { navs[i].setAttribute("role", "none"); }
  }
  /* Enter pressed before the results of what was typed have come (the engine waits a
   * tenth of a second after the last key and answers a few tenths later): Material had
   * no result to open, and the Enter was lost. It opens the first result when they come.
   * Only then: an Enter on an answer of no results, or long after the last key, waits for
   * nothing, and any other key, a filter or the picker changing, or leaving the box
   * forgets it (a result the reader never picked opened when a filter changed). */
  var enterAt = 0;
  var typedAt = 0;
  var query = document.querySelector("[data-md-component=search-query]");
  function listed() { return results ? results.querySelector(".md-search-result__link") : null; }
  if (query) {
    query.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && !event.isComposing) {
        enterAt = !listed() && Date.now() - typedAt < 500 ? Date.now() : 0;
      } else {
        enterAt = 0;  /* typing on: the Enter was for an earlier query */
        typedAt = Date.now();
      }
    }, true);
    query.addEventListener("blur", function () { enterAt = 0; });
  }
  document.addEventListener("change", function () { enterAt = 0; }, true);
  var results = document.querySelector(".md-search-result__list");
  if (results && typeof MutationObserver !== "undefined") {
    new MutationObserver(function () {
      tagsAreNoLandmark(results);
      var first = listed();
      if (enterAt && first && Date.now() - enterAt < 1000) {
        enterAt = 0;
        first.click();
      }
    }).observe(results, { childList: true, subtree: true });
  }
  if (typeof BroadcastChannel === "undefined") { return; }
  /* The worker filters: the page's own filter (sopkit-locations.js) leaves the list be. */
  window.sopkitSearchFilters = true;
  var channel = new BroadcastChannel("sopkit-search");

  var current = "";
  var touchpoint = "";
  try { current = localStorage.getItem("sopkit.location") || ""; } catch (e) { current = ""; }
  function tell() { channel.postMessage({ location: current, touchpoint: touchpoint }); }

  channel.onmessage = function (event) {
    if (event.data && event.data.ask) { tell(); }
  };
  document.addEventListener("change", function (event) {
    var target = event.target;
    if (!target || !target.matches) { return; }
    if (target.matches(".sop-picker, .sop-filter-location")) {
      current = target.value;
      tell();
    } else if (target.matches(".sop-filter-touchpoint")) {
      touchpoint = target.value;
      tell();
    }
  });
  tell();
})();
