/* Copy-citation buttons and sortable, filterable tables. No outside requests, no innerHTML. */
(function () {
  "use strict";

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    // Fallback for plain-http deployments: a temporary textarea and execCommand.
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      document.body.removeChild(area);
      if (ok) { resolve(); } else { reject(new Error("copy failed")); }
    });
  }

  function setupCopy() {
    var status = document.createElement("div");
    status.className = "visually-hidden";
    status.setAttribute("aria-live", "polite");
    document.body.appendChild(status);
    document.addEventListener("click", function (event) {
      var button = event.target.closest ? event.target.closest("button.cite-copy") : null;
      if (!button) { return; }
      var text = button.getAttribute("data-cite") || "";
      copyText(text).then(function () {
        var label = button.getAttribute("data-label") || button.textContent;
        button.setAttribute("data-label", label);
        button.textContent = button.getAttribute("data-done") || label;
        button.classList.add("done");
        status.textContent = (button.getAttribute("data-done") || "") + ": " + text;
        setTimeout(function () {
          button.textContent = label;
          button.classList.remove("done");
        }, 2000);
      }, function () {
        status.textContent = text;
      });
    });
  }

  var CJK_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

  function sortKey(text) {
    var t = text.trim();
    var m = CJK_DATE.exec(t);
    if (m) {
      return { kind: 0, value: m[1] + "-" + ("0" + m[2]).slice(-2) + "-" + ("0" + m[3]).slice(-2) };
    }
    var n = t.replace(/[,\s]/g, "");
    if (n !== "" && !isNaN(Number(n))) { return { kind: 1, value: Number(n) }; }
    return { kind: 2, value: t };
  }

  function compare(a, b) {
    // Empty cells always last; then dates, numbers, text.
    if (a.value === "" || b.value === "") { return (a.value === "") - (b.value === ""); }
    if (a.kind !== b.kind) { return a.kind - b.kind; }
    if (a.kind === 1) { return a.value - b.value; }
    return String(a.value).localeCompare(String(b.value), document.documentElement.lang || "zh");
  }

  function setupTable(box, index) {
    var table = box.querySelector("table");
    if (!table || !table.tBodies.length) { return; }
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var total = rows.length;

    var tools = document.createElement("div");
    tools.className = "table-tools";
    var id = "table-filter-" + index;
    var label = document.createElement("label");
    label.setAttribute("for", id);
    label.textContent = box.getAttribute("data-filter-label") || "Filter";
    var input = document.createElement("input");
    input.type = "search";
    input.id = id;
    input.className = "table-filter";
    var count = document.createElement("span");
    count.className = "table-count";
    count.setAttribute("aria-live", "polite");
    count.textContent = total + " / " + total;
    tools.appendChild(label);
    tools.appendChild(input);
    tools.appendChild(count);
    table.parentNode.insertBefore(tools, table);

    input.addEventListener("input", function () {
      var q = input.value.trim().toLowerCase();
      var shown = 0;
      rows.forEach(function (row) {
        var hit = !q || row.textContent.toLowerCase().indexOf(q) !== -1;
        row.hidden = !hit;
        if (hit) { shown += 1; }
      });
      count.textContent = shown + " / " + total;
    });

    var heads = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(heads, function (th, col) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort-button";
      while (th.firstChild) { button.appendChild(th.firstChild); }
      th.appendChild(button);
      th.setAttribute("aria-sort", "none");
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(heads, function (other) { other.setAttribute("aria-sort", "none"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var keyed = rows.map(function (row, i) {
          var cell = row.cells[col];
          return { row: row, key: sortKey(cell ? cell.textContent : ""), i: i };
        });
        keyed.sort(function (a, b) {
          var c = compare(a.key, b.key);
          if (a.key.value !== "" && b.key.value !== "" && !ascending) { c = -c; }
          return c || a.i - b.i;
        });
        keyed.forEach(function (k) { body.appendChild(k.row); });
      });
    });
  }

  function init() {
    setupCopy();
    Array.prototype.forEach.call(document.querySelectorAll(".table-sortable"), setupTable);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
