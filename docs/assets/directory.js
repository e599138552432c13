/* Directory index: filter and sort the rendered table by its data-* attributes.
   No outside hosts, no data fetched: the table in the page is the data. */
(function () {
  "use strict";

  function init() {
    var form = document.querySelector("[data-directory-filters]");
    var table = document.querySelector("[data-directory-table]");
    if (!form || !table || table.dataset.ready) { return; }
    table.dataset.ready = "1";
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var original = rows.slice();
    var count = document.querySelector("[data-directory-count]");
    var filters = Array.prototype.slice.call(form.querySelectorAll("select[data-filter]"));
    var sorter = form.querySelector("select[data-sort]");

    function apply() {
      var shown = 0;
      rows.forEach(function (row) {
        var visible = filters.every(function (select) {
          return !select.value || row.getAttribute("data-" + select.dataset.filter) === select.value;
        });
        row.hidden = !visible;
        if (visible) { shown += 1; }
      });
      if (count) { count.textContent = String(shown); }
    }

    function sort() {
      var order = sorter ? sorter.value : "";
      var sorted = original.slice();
      if (order) {
        sorted.sort(function (a, b) {
          var x = a.getAttribute("data-updated") || "";
          var y = b.getAttribute("data-updated") || "";
          if (x === y) { return 0; }
          if (!x) { return 1; }  /* undated rows last either way */
          if (!y) { return -1; }
          return order === "asc" ? (x < y ? -1 : 1) : (x < y ? 1 : -1);
        });
      }
      sorted.forEach(function (row) { body.appendChild(row); });
      rows = sorted;
    }

    filters.forEach(function (select) { select.addEventListener("change", apply); });
    if (sorter) { sorter.addEventListener("change", function () { sort(); apply(); }); }
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    apply();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
  /* mkdocs-material instant navigation swaps pages without a reload */
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init);
  }
}());
