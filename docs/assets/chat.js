/* The /chat/ page: POST {question, k} to /api/ask and show the answer with numbered citations.
   Every string from the server goes in through textContent; links get the page language's
   prefix (zh: none, others /en, /fr, ...). */
(function () {
  "use strict";

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function safePath(url) {
    // Only same-site paths ("/documents/...#id"); anything else is not linked.
    return typeof url === "string" && url.charAt(0) === "/" && url.charAt(1) !== "/";
  }

  function init() {
    var box = document.getElementById("ask-box");
    if (!box) { return; }
    var form = box.querySelector("form");
    var question = box.querySelector("textarea");
    var submit = box.querySelector("button[type=submit]");
    var results = document.getElementById("ask-results");
    var lang = box.getAttribute("data-lang") || "zh";
    var prefix = lang === "zh" ? "" : "/" + lang;
    var s = function (name) { return box.getAttribute("data-" + name) || ""; };

    function show(nodes) {
      while (results.firstChild) { results.removeChild(results.firstChild); }
      nodes.forEach(function (n) { results.appendChild(n); });
    }

    function render(data) {
      var nodes = [];
      if (!data.answered) {
        nodes.push(el("p", "ask-not-answered", s("not-answered")));
      }
      if (data.answer) {
        nodes.push(el("p", "ask-answer", data.answer));
      }
      var citations = Array.isArray(data.citations) ? data.citations : [];
      if (citations.length) {
        nodes.push(el("h2", "ask-sources-title", s("sources")));
        var list = el("ol", "ask-citations");
        citations.forEach(function (c, i) {
          var item = el("li", "ask-citation");
          item.id = "ask-citation-" + (i + 1);
          var head = el("p", "ask-citation-head");
          head.appendChild(el("span", "ask-citation-number", "[" + (i + 1) + "] "));
          if (safePath(c.url)) {
            var a = el("a", "ask-citation-link", c.citation || c.id);
            // A guide paragraph is only on its own language's pages (official ones on all).
            a.href = (c.kind === "guide" && /^[a-z]{2}$/.test(c.lang || "")
              ? (c.lang === "zh" ? "" : "/" + c.lang) : prefix) + c.url;
            head.appendChild(a);
          } else {
            head.appendChild(el("span", "ask-citation-link", c.citation || c.id));
          }
          if (c.title) { head.appendChild(el("span", "ask-citation-title", " — " + c.title)); }
          item.appendChild(head);
          if (c.text) {
            var quote = el("blockquote", "ask-citation-text", c.text);
            quote.setAttribute("lang", c.kind === "article" ? "en" : "zh");
            item.appendChild(quote);
          }
          list.appendChild(item);
        });
        nodes.push(list);
      }
      nodes.push(el("p", "ask-unofficial", s("unofficial")));
      show(nodes);
    }

    function fail(message) {
      var p = el("p", "ask-error", s("error") + (message ? " (" + message + ")" : ""));
      p.setAttribute("role", "alert");
      show([p]);
    }

    function ask() {
      var text = question.value.trim();
      if (!text) { question.focus(); return; }
      submit.disabled = true;
      results.setAttribute("aria-busy", "true");
      show([el("p", "ask-loading", s("loading"))]);
      fetch("/api/ask", {
        method: "POST",
        headers: { "Content-Type": "application/json", "Accept": "application/json" },
        body: JSON.stringify({ question: text, k: 5 })
      }).then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (data) {
          if (!response.ok) {
            fail(typeof data.detail === "string" ? data.detail : String(response.status));
          } else {
            render(data);
          }
        });
      }).catch(function () {
        fail("");
      }).then(function () {
        submit.disabled = false;
        results.removeAttribute("aria-busy");
      });
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      ask();
    });
    question.addEventListener("keydown", function (event) {
      // Enter or Ctrl/Cmd+Enter sends; Shift+Enter makes a new line; IME composition is left alone.
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        ask();
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
