/* sopkit: sort the tables inside .sop-sortable by a click on a column heading.
 * Numbers sort as numbers ("80%", "1,440"), everything else as text in the page's
 * language. Works with Material's instant loading through document$ when present. */
(function () {
  "use strict";

  function value(cell) {
    var text = cell.textContent.trim();
    var number = parseFloat(text.replace(/[%\s]/g, "").replace(/,(?=\d{3}\b)/g, ""));
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
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header, column) {
        header.tabIndex = 0;
        header.setAttribute("role", "button");
        header.addEventListener("click", function () { sortBy(table, column, header); });
        header.addEventListener("keydown", function (event) {
          if (event.key === "Enter" || event.key === " ") {
            event.preventDefault();
            sortBy(table, column, header);
          }
        });
      });
    });
  }

  if (typeof window.document$ !== "undefined") {
    window.document$.subscribe(setup);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setup);
  } else {
    setup();
  }
})();
