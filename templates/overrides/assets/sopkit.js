/* sopkit: sort the tables inside .sop-sortable by a click on a column heading.
 * Numbers sort as numbers ("80%", "1,440"; on German and Dutch pages "1.440" and
 * "0,33"), everything else as text in the page's language. Works with Material's
 * instant loading through document$ when present. */
(function () {
  "use strict";

  function value(cell) {
    var text = cell.textContent.trim();
    var plain = text.replace(/[%\s≈]/g, "");
    if (/^(de|nl)\b/.test(document.documentElement.lang || "")) {
      plain = plain.replace(/\.(?=\d{3}\b)/g, "").replace(",", ".");
    } else {
      plain = plain.replace(/,(?=\d{3}\b)/g, "");
    }
    var number = parseFloat(plain);
    return isNaN(number) || !/^[\d.,\s%≈-]+$/.test(text) ? text.toLowerCase() : number;
  }

  function sortBy(table, column, header) {
    var body = table.tBodies[0];
    var ascending = header.getAttribute("aria-sort") !== "ascending";
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = value(a.cells[column]);
      var y = value(b.cells[column]);
      var order = typeof x === typeof y
        ? (typeof x === "number" ? x - y : String(x).localeCompare(String(y)))
        : (typeof x === "number" ? -1 : 1);
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) {
      cell.removeAttribute("aria-sort");
    });
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
  }

  function setup() {
    document.querySelectorAll(".sop-sortable table").forEach(function (table) {
      if (table.dataset.sopSortable || !table.tHead) { return; }
      table.dataset.sopSortable = "1";
      /* A button in each heading: aria-sort stays on the column header, where it is
       * allowed (a header with role=button may not carry it), and the button is a
       * real, focusable tap target. */
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header, column) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "sop-sort";
        while (header.firstChild) { button.appendChild(header.firstChild); }
        header.appendChild(button);
        button.addEventListener("click", function () { sortBy(table, column, header); });
      });
    });
    cards();
    nameSearch();
    languageOfParts();
  }

  /* An SOP in another language than the site: its title in the header is in the SOP's
   * language, and the theme's "Permanent link" titles inside it are in the site's
   * (WCAG 3.1.2). The article already carries the SOP's lang. */
  function languageOfParts() {
    var article = document.querySelector("article[lang]");
    var site = document.documentElement.lang;
    if (!article || !site || article.lang === site) { return; }
    var topic = document.querySelector(".md-header__topic[data-md-component=header-topic]");
    if (topic) { topic.lang = article.lang; }
    article.querySelectorAll("a.headerlink").forEach(function (link) { link.lang = site; });
  }

  /* The standard card is a <details>: compact on a phone (the metric, target,
   * timeframe and local differences in its summary), open on wider screens and in print. */
  function cards() {
    var wide = window.matchMedia && window.matchMedia("(min-width: 60em)").matches;
    if (wide) {
      document.querySelectorAll("details.sop-card:not([data-sop-seen]), details.sop-local:not([data-sop-seen])").forEach(function (card) {
        card.open = true;
      });
    }
    document.querySelectorAll("details.sop-card, details.sop-local").forEach(function (card) {
      card.setAttribute("data-sop-seen", "1");
    });
  }
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details.sop-card, details.sop-local").forEach(function (card) {
      card.open = true;
    });
  });

  /* Material's search dialog has no accessible name: give it the search box's label. */
  function nameSearch() {
    var dialog = document.querySelector(".md-search[role=dialog]");
    if (!dialog || dialog.hasAttribute("aria-label")) { return; }
    var input = dialog.querySelector("input[aria-label]");
    dialog.setAttribute("aria-label", input ? input.getAttribute("aria-label") : "Search");
  }

  if (typeof window.document$ !== "undefined") {
    window.document$.subscribe(setup);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setup);
  } else {
    setup();
  }
})();
