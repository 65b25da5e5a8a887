/* sopkit: the location picker, location versions, and search filters.
 *
 * The reader picks a location once; it is remembered in localStorage. On a standard
 * SOP page whose card lists a version for that location (data-variants), the reader
 * is taken to it. Search results get two filters: location and touchpoint; results of
 * other locations' versions are hidden while a location is picked. */
(function () {
  "use strict";
  var KEY = "sopkit.location";
  var data = null;

  function base() {
    var config = document.getElementById("__config");
    var root = config ? JSON.parse(config.textContent).base : ".";
    return new URL(root.replace(/\/?$/, "/"), window.location.href);
  }
  /* A URL from the site's own data, or null: only a relative URL (no scheme, not
   * "//host") that stays on this site is followed, never "javascript:" or another
   * site, whatever a file name or id put into it. Site data is relative to the site
   * root; a link's href to its page (from). */
  function sameSite(url, from) {
    if (typeof url !== "string" || /^\s*([a-z][a-z0-9+.-]*:|[\\/]{2})/i.test(url)) { return null; }
    try {
      var target = new URL(url, from || base());
      var here = window.location;
      return target.protocol === here.protocol && target.origin === here.origin &&
        /^(https?|file):$/.test(target.protocol) ? target.href : null;
    } catch (e) { return null; }
  }
  function stored() {
    try { return localStorage.getItem(KEY) || ""; } catch (e) { return ""; }
  }
  function store(id) {
    try {
      if (id) { localStorage.setItem(KEY, id); } else { localStorage.removeItem(KEY); }
    } catch (e) { /* private mode: the choice lasts for this page only */ }
  }
  /* The page's language: its content's (an SOP in German on an English site), else the site's. */
  function pageLang() {
    var content = document.querySelector("article[lang]");
    return (content ? content.getAttribute("lang") : document.documentElement.lang || "en").slice(0, 2);
  }
  function words(lang) {
    var all = (data && data.words) || {};
    return all[lang] || all[data && data.lang] || all.en || {};
  }
  function nameOf(id) {
    var found = (data ? data.locations : []).filter(function (l) { return l.id === id; })[0];
    return found ? found.name : "";
  }

  /* On a standard SOP page: go to the reader's location version, if there is one. */
  function followLocation() {
    var card = document.querySelector(".sop-card[data-variants]");
    var id = stored();
    if (!card || !id) { return false; }
    /* "The standard for all locations" (?standard) shows the standard itself. */
    if (/[?&]standard(=|&|$)/.test(window.location.search)) { return false; }
    var variants = JSON.parse(card.getAttribute("data-variants") || "{}");
    var target = Object.prototype.hasOwnProperty.call(variants, id) ? sameSite(variants[id]) : null;
    if (target) {
      window.location.replace(target);
      return true;
    }
    return false;
  }

  function picker() {
    if (document.querySelector(".sop-picker") || !data) { return; }
    var lang = pageLang();
    var w = words(lang);
    var select = document.createElement("select");
    select.className = "sop-picker";
    select.lang = lang;
    select.setAttribute("aria-label", w.your_location);
    select.add(new Option(w.all_locations, ""));
    data.locations.forEach(function (l) { select.add(new Option(l.name, l.id)); });
    /* On a location's own version, the picker shows that location. */
    var version = document.querySelector(".sop-card[data-location-id]");
    select.value = version ? version.getAttribute("data-location-id") : stored();
    /* Arrow keys on a closed select change its value at once (Chromium, Windows): a
     * choice made with keys takes effect on Enter, and leaving the picker without it
     * puts the shown location back, so stepping through the list never leaves the
     * page (WCAG 3.2.2). A mouse, a touch or Enter chooses at once. */
    var chosen = select.value;
    var keyed = false;
    select.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && keyed) { keyed = false; choose(); return; }
      /* keys that change a closed select's value; not Space or Alt+Down, which open it */
      if (!event.altKey && /^(Arrow|Page|Home$|End$)|^[^ ]$/.test(event.key)) { keyed = true; }
    });
    select.addEventListener("mousedown", function () { keyed = false; });  /* a mouse chooses */
    select.addEventListener("blur", function () {
      if (keyed) { keyed = false; select.value = chosen; }
    });
    select.addEventListener("change", function () { if (!keyed) { choose(); } });
    function choose() {
      if (select.value === chosen) { return; }
      chosen = select.value;
      store(select.value);
      /* the search's location filter follows the reader's location */
      var filter = document.querySelector(".sop-filter-location");
      if (filter) { filter.value = select.value; }
      var here = document.querySelector(".sop-card[data-location]");
      if (here) {  // on a location version: back to the standard, which follows the new choice
        var link = document.querySelector(".sop-local a[href]");
        var back = link && sameSite(link.getAttribute("href"), window.location.href);
        if (back) { window.location.href = back.replace(/\?standard$/, ""); return; }
      }
      if (!followLocation()) { filterResults(); localValues(); onlyElsewhere(); yourLocation(); }
    }
    var header = document.querySelector(".md-header__inner");
    var search = header && header.querySelector(".md-search");
    if (header) { header.insertBefore(select, search || null); }
  }

  function filterBar() {
    var output = document.querySelector(".md-search__output");
    if (!output || output.querySelector(".sop-search-filters") || !data) { return; }
    /* the site's search: its language, not the page's (a German SOP on a Dutch site) */
    var lang = data.lang || pageLang();
    var w = words(lang);
    var names = (data.touchpoint_names || {})[lang] || {};
    var bar = document.createElement("div");
    bar.className = "sop-search-filters";
    bar.lang = lang;
    var where = document.createElement("select");
    where.className = "sop-filter-location";
    where.setAttribute("aria-label", w.filter_location);
    where.add(new Option(w.all_locations, ""));
    data.locations.forEach(function (l) { where.add(new Option(l.name, l.id)); });
    where.value = stored();
    var what = document.createElement("select");
    what.className = "sop-filter-touchpoint";
    what.setAttribute("aria-label", w.filter_touchpoint);
    what.add(new Option(w.all_touchpoints, ""));
    Object.keys(data.touchpoints).forEach(function (t) { what.add(new Option(names[t] || data.touchpoints[t][0], t)); });
    [where, what].forEach(function (s) { s.addEventListener("change", filterResults); bar.appendChild(s); });
    output.insertBefore(bar, output.firstChild);
  }

  /* Material closes the search on Tab and takes the arrow keys of the whole page to
   * move through results: the filters could not be reached or used with keys. In the
   * query field, Tab now moves to the filters; in a filter, every key but Escape is the
   * filter's own (Tab from the last one reaches the first result, Escape closes the
   * search). The listener runs first (capture on window); it stops these keys from
   * reaching Material, not their default action. */
  function filterKeys(event) {
    var bar = document.querySelector(".sop-search-filters");
    if (!bar || event.ctrlKey || event.metaKey || event.altKey) { return; }
    var query = document.querySelector("[data-md-component=search-query]");
    if (event.key === "Tab" && event.target === query && !event.shiftKey) {
      event.stopPropagation();
      event.preventDefault();
      bar.querySelector("select").focus();
    } else if (bar.contains(event.target) && event.key !== "Escape") {
      event.stopPropagation();  /* even Shift: Material takes any key back to the query */
    }
  }

  /* Material's own search (no sopkit worker): hide the results the filters leave out
   * and count the rest in the result line. sopkit's worker filters before Material
   * counts (sopkit-search.js), so there the list is left as it is. */
  function filterResults() {
    var bar = document.querySelector(".sop-search-filters");
    if (!bar || !data || window.sopkitSearchFilters) { return; }
    var location = bar.querySelector(".sop-filter-location").value;
    var touchpoint = bar.querySelector(".sop-filter-touchpoint").value;
    var labels = touchpoint ? data.touchpoints[touchpoint] : null;
    var names = data.locations.map(function (l) { return l.name; });
    var hidden = 0;
    document.querySelectorAll(".md-search-result__item").forEach(function (item) {
      var tags = Array.prototype.map.call(item.querySelectorAll(".md-tag"), function (t) {
        return t.textContent.trim();
      });
      var taggedLocations = tags.filter(function (t) { return names.indexOf(t) >= 0; });
      var show = true;
      if (location && taggedLocations.length && taggedLocations.indexOf(nameOf(location)) < 0) { show = false; }
      if (labels && !tags.some(function (t) { return labels.indexOf(t) >= 0; })) { show = false; }
      item.hidden = !show;
      if (!show) { hidden += 1; }
    });
    recount(hidden);
  }

  /* The result line ("3 matching documents") after the filters hid ``hidden`` results;
   * Material's own line comes back when nothing is hidden. */
  var written = null;
  function recount(hidden) {
    var meta = document.querySelector(".md-search-result__meta");
    if (!meta) { return; }
    if (meta.textContent !== written) { meta.setAttribute("data-material", meta.textContent); }
    if (!hidden) { meta.textContent = meta.getAttribute("data-material"); written = null; return; }
    var shown = document.querySelectorAll(".md-search-result__item:not([hidden])").length;
    var config = document.getElementById("__config");
    var t = config ? (JSON.parse(config.textContent).translations || {}) : {};
    written = shown === 0 ? t["search.result.none"] || words(pageLang()).none_here
      : (shown === 1 ? t["search.result.one"] : (t["search.result.other"] || "#").replace("#", shown)) || String(shown);
    meta.textContent = written;
  }

  /* With a location picked: listings hide the SOPs limited to other locations, and an
   * SOP page limited to other locations says so at the top of its card. */
  function onlyElsewhere() {
    var id = stored();
    function elsewhere(element) {
      var only = (element.getAttribute("data-only") || "").split(" ").filter(Boolean);
      return !!id && only.length > 0 && only.indexOf(id) < 0;
    }
    document.querySelectorAll("tr[data-only]").forEach(function (row) { row.hidden = elsewhere(row); });
    document.querySelectorAll(".sop-card[data-only]").forEach(function (card) {
      var note = card.querySelector(".sop-card__not-here");
      if (!elsewhere(card)) { if (note) { note.parentNode.removeChild(note); } return; }
      if (!note) {
        note = document.createElement("span");
        note.className = "sop-card__not-here";
        note.setAttribute("role", "note");
        var summary = card.querySelector("summary");
        summary.insertBefore(note, summary.firstChild);
      }
      note.textContent = "⚠ " + (words(pageLang()).not_at || "").replace("{}", nameOf(id));
    });
  }

  /* Listings (catalogue, touchpoint and owner pages): with a location picked, each
   * row with a version for it shows that location's target, timeframe and minutes (so
   * sorting by minutes orders by the location's bound) and links
   * to the version; the other rows keep the standard, which applies there. */
  function localValues() {
    var id = stored();
    document.querySelectorAll("tr[data-local]").forEach(function (row) {
      var local = JSON.parse(row.getAttribute("data-local") || "{}");
      var value = id && Object.prototype.hasOwnProperty.call(local, id) ? local[id] : null;
      [["target", ".sop-target"], ["timeframe", ".sop-timeframe"], ["minutes", ".sop-minutes"]].forEach(function (pair) {
        var cell = row.querySelector(pair[1]);
        if (!cell) { return; }
        if (!cell.hasAttribute("data-standard")) { cell.setAttribute("data-standard", cell.textContent); }
        cell.textContent = value ? value[pair[0]] : cell.getAttribute("data-standard");
      });
      var link = row.querySelector(".sop-title a");
      if (link) {
        if (!link.hasAttribute("data-standard")) { link.setAttribute("data-standard", link.getAttribute("href")); }
        var target = value ? sameSite(value.url) : null;
        link.setAttribute("href", target || link.getAttribute("data-standard"));
      }
      var mark = row.querySelector(".sop-here");
      if (value && !mark && link) {
        mark = document.createElement("span");
        mark.className = "sop-here";
        link.parentNode.insertBefore(mark, link.nextSibling);
      }
      if (mark) {
        if (value) { mark.textContent = "📍 " + value.name; } else { mark.parentNode.removeChild(mark); }
      }
      row.classList.toggle("sop-row--local", !!value);
    });
  }

  /* The home page: "your location", its deviations and recent material changes. */
  function yourLocation() {
    var section = document.querySelector(".sop-your-location[data-locations]");
    if (!section) { return; }
    var all = JSON.parse(section.getAttribute("data-locations") || "{}");
    var id = stored();
    var here = id && Object.prototype.hasOwnProperty.call(all, id) ? all[id] : null;
    section.textContent = "";
    section.hidden = !here;
    if (!here) { return; }
    function list(title, items, empty, render) {
      var heading = document.createElement("h2");
      heading.textContent = title;
      section.appendChild(heading);
      if (!items.length) {
        var p = document.createElement("p");
        p.textContent = empty;
        section.appendChild(p);
        return;
      }
      var ul = document.createElement("ul");
      items.forEach(function (item) { ul.appendChild(render(item)); });
      section.appendChild(ul);
    }
    function entry(title, url, text, lang) {
      var li = document.createElement("li");
      var target = url ? sameSite(url, window.location.href) : null;
      var name = document.createElement(target ? "a" : "span");
      if (target) { name.href = target; }
      if (lang) { name.lang = lang; }
      name.textContent = title;
      li.appendChild(name);
      li.appendChild(document.createTextNode(": " + text));
      return li;
    }
    list(here.deviations_title, here.deviations, section.getAttribute("data-no-deviations"),
      function (d) { return entry(d.title, d.url, d.words, d.lang); });
    list(here.changes_title, here.changes, section.getAttribute("data-no-changes"),
      function (c) { return entry(c.title, c.url, c.date + " — " + c.what); });
  }

  /* A location URL without a page of its own (locations/<id>/<sop-id>/, or
   * locations/<id>/<sop-id>.html without directory URLs) reaches the site's 404 page:
   * remember the location and go to the standard. */
  function redirectMissingLocationPage() {
    var match = window.location.pathname.match(
      /\/locations\/([^/]+)\/([^/]+?)(?:\.html|\/(?:index\.html)?)?$/);
    if (!match || match[2] === "index" || document.querySelector(".sop-card")) { return false; }
    fetch(new URL("assets/sopkit-sops.json", base()).href)
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (sops) {
        var id = decodeURIComponent(match[2]);
        var sop = sops && Object.prototype.hasOwnProperty.call(sops, id) ? sops[id] : null;
        var target = sop && sameSite(sop.url);
        if (!target || sop.locations.indexOf(match[1]) < 0) { return; }
        store(match[1]);
        window.location.replace(target);
      })
      .catch(function () { /* stay on the 404 page */ });
    return true;
  }

  function start() {
    if (redirectMissingLocationPage()) { return; }
    data = window.sopkitLocations || null;  /* assets/sopkit-locations-data.js */
    if (!data) { return; }
    if (followLocation()) { return; }
    picker();
    filterBar();
    if (!window.sopkitFilterKeys) {
      window.sopkitFilterKeys = true;
      window.addEventListener("keydown", filterKeys, true);
    }
    localValues();
    onlyElsewhere();
    yourLocation();
    var list = document.querySelector(".md-search-result__list");
    if (list) { new MutationObserver(filterResults).observe(list, { childList: true }); }
  }

  if (typeof window.document$ !== "undefined") {
    window.document$.subscribe(start);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
