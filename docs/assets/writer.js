/* MLA request writer: a guided form for requests under UNTOC art. 18.
 *
 * The form is built from GET /api/requests/form (sections, fields and labels derived from the
 * request schema). The draft lives in this browser (localStorage). The server receives the
 * draft only to validate it (/api/requests/validate) and render it (/api/requests/render);
 * guidance boxes send fixed, section-specific questions to /api/ask, never the user's text.
 * All text is inserted with textContent: nothing from the server or the user becomes HTML.
 */
(function () {
  "use strict";

  const LANGS = ["zh", "en", "fr", "es", "ru", "ar"];
  const STORAGE_KEY = "untoc-kb.writer.draft.v1";
  const OUTPUT_KEY = "untoc-kb.writer.output-lang";
  const root = document.getElementById("mla-writer");
  if (!root) return;

  const htmlLang = (document.documentElement.getAttribute("lang") || "zh").slice(0, 2);
  const lang = LANGS.includes(htmlLang) ? htmlLang : "zh";
  const sitePrefix = lang === "zh" ? "" : "/" + lang;

  let spec = null;
  let draft = null;
  let stateOptions = null; // [{value, label}] from the directory, or null when unavailable
  let validateTimer = null;
  let validateAbort = null;
  const typeSpecs = {};

  // ---------- small helpers ----------
  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "text") node.textContent = value;
      else if (key === "className") node.className = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : value);
    }
    for (const child of children || []) if (child) node.appendChild(child);
    return node;
  }
  function ui(key, params) {
    let text = (spec && spec.ui[key]) || key;
    for (const [name, value] of Object.entries(params || {})) text = text.replace("{" + name + "}", value);
    return text;
  }
  function idFor(path) { return "f-" + path.replace(/[\[\].]+/g, "-").replace(/-$/, ""); }
  function splitPath(path) {
    return path.replace(/\[(\d+)\]/g, ".$1").split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  }
  function getAt(obj, path) {
    return splitPath(path).reduce((o, k) => (o === null || o === undefined ? undefined : o[k]), obj);
  }
  function setAt(obj, path, value) {
    const parts = splitPath(path);
    let o = obj;
    for (let i = 0; i < parts.length - 1; i++) {
      if (o[parts[i]] === undefined || o[parts[i]] === null) o[parts[i]] = typeof parts[i + 1] === "number" ? [] : {};
      o = o[parts[i]];
    }
    o[parts[parts.length - 1]] = value;
  }
  async function postJSON(url, body, signal) {
    return fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body), signal });
  }
  function reasonOf(payload) {
    if (!payload) return "";
    const d = payload.detail;
    if (typeof d === "string") return d;
    if (d && d.errors) return d.errors.map((e) => e.field + ": " + e.message).join("; ");
    return JSON.stringify(d || payload);
  }

  // ---------- empty values ----------
  function emptyValue(field) {
    switch (field.kind) {
      case "checkbox": return false;
      case "lines": case "list": case "modules": return [];
      case "date": return null;
      case "select": return field.nullable ? null : "";
      default: return "";
    }
  }
  function emptyItem(fields) {
    const item = {};
    for (const f of fields) item[f.path] = emptyValue(f);
    return item;
  }
  function emptyDraft() {
    const d = { schema_version: 1 };
    for (const section of spec.sections) for (const f of section.fields) setAt(d, f.path, emptyValue(f));
    return d;
  }

  // ---------- storage ----------
  function loadDraft() {
    try {
      const text = localStorage.getItem(STORAGE_KEY);
      const value = text ? JSON.parse(text) : null;
      return value && typeof value === "object" && !Array.isArray(value) ? value : null;
    } catch (e) { return null; }
  }
  function saveDraft() {
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(draft));
      const status = document.getElementById("w-saved");
      if (status) status.textContent = ui("saved", { time: new Date().toLocaleTimeString(lang) });
    } catch (e) { /* storage full or disabled: the form still works */ }
  }
  function changed() { saveDraft(); scheduleValidation(); }
  function outputLang() {
    const select = document.getElementById("w-output-lang");
    return select ? select.value : lang;
  }

  // ---------- inputs ----------
  function readInput(input, field) {
    if (field.kind === "checkbox") return input.checked;
    if (field.kind === "lines") return input.value.split("\n").map((s) => s.trim()).filter(Boolean);
    if (field.nullable && input.value === "") return null;
    return input.value;
  }
  function stateSelect(id, path, value) {
    if (!stateOptions) {
      return el("input", { id, type: "text", "data-path": path, maxlength: "3", pattern: "[A-Z]{3}",
        autocomplete: "off", value: value || "", placeholder: "ISO3" });
    }
    const select = el("select", { id, "data-path": path }, [el("option", { value: "", text: ui("choose") })]);
    const known = stateOptions.some((o) => o.value === value);
    const options = value && !known ? stateOptions.concat([{ value, label: value }]) : stateOptions;
    for (const o of options) select.appendChild(el("option", { value: o.value, text: o.label }));
    select.value = value || "";
    return select;
  }
  function inputFor(field, path) {
    const id = idFor(path);
    const value = getAt(draft, path);
    let input;
    switch (field.kind) {
      case "textarea":
        input = el("textarea", { id, rows: "4", maxlength: field.max_length });
        input.value = value || "";
        break;
      case "lines":
        input = el("textarea", { id, rows: "3" });
        input.value = Array.isArray(value) ? value.join("\n") : "";
        break;
      case "checkbox":
        input = el("input", { id, type: "checkbox" });
        input.checked = Boolean(value);
        break;
      case "date":
        input = el("input", { id, type: "date", value: value || "" });
        break;
      case "select":
        input = el("select", { id });
        for (const o of field.options) input.appendChild(el("option", { value: o.value, text: o.label }));
        input.value = value || "";
        break;
      case "state":
        input = stateSelect(id, path, value);
        break;
      default:
        input = el("input", { id, type: "text", maxlength: field.max_length, value: value || "" });
    }
    input.setAttribute("data-path", path);
    input.addEventListener(field.kind === "checkbox" || field.kind === "select" || field.kind === "state" ? "change" : "input", () => {
      setAt(draft, path, field.kind === "state" ? input.value.toUpperCase() : readInput(input, field));
      if (path === "requested_state") showDirectory();
      changed();
    });
    return input;
  }
  function fieldRow(field, path) {
    const input = inputFor(field, path);
    const label = el("label", { for: input.id, text: field.label });
    const row = el("div", { className: "w-field w-" + field.kind }, field.kind === "checkbox" ? [input, label] : [label, input]);
    return row;
  }

  // ---------- lists and assistance modules ----------
  function rerenderSection(key, focusPath) {
    const section = spec.sections.find((s) => s.key === key);
    const body = document.getElementById("w-body-" + key);
    body.replaceChildren(...sectionFields(section));
    changed();
    if (focusPath) focusField(focusPath, false);
  }
  function listBlock(field, sectionKey) {
    const items = getAt(draft, field.path) || [];
    const box = el("fieldset", { className: "w-list" }, [el("legend", { text: field.label })]);
    items.forEach((item, i) => {
      const base = field.path + "[" + i + "]";
      const legend = field.item_label.replace("{n}", String(i + 1));
      const remove = el("button", { type: "button", className: "w-remove", text: ui("remove"),
        "aria-label": ui("remove") + ": " + legend,
        onclick: () => { items.splice(i, 1); rerenderSection(sectionKey, field.path); } });
      const fieldset = el("fieldset", { className: "w-item" }, [el("legend", { text: legend })]);
      for (const f of field.item_fields) fieldset.appendChild(fieldRow(f, base + "." + f.path));
      fieldset.appendChild(remove);
      box.appendChild(fieldset);
    });
    const add = el("button", { type: "button", id: idFor(field.path), "data-path": field.path, className: "w-add",
      text: field.add_label, disabled: items.length >= (field.max_items || 50),
      onclick: () => {
        items.push(emptyItem(field.item_fields));
        setAt(draft, field.path, items);
        rerenderSection(sectionKey, field.path + "[" + (items.length - 1) + "]." + field.item_fields[0].path);
      } });
    box.appendChild(add);
    return box;
  }
  function modulesBlock(field, sectionKey) {
    const modules = getAt(draft, field.path) || [];
    const box = el("div", { className: "w-modules" });
    const sectionNumber = spec.sections.findIndex((s) => s.key === sectionKey) + 1;
    modules.forEach((module, i) => {
      const type = typeSpecs[module.type];
      if (!type) return;
      const base = field.path + "[" + i + "]";
      const title = type.heading.replace("{n}", sectionNumber + "." + (i + 1));
      const fieldset = el("fieldset", { className: "w-item w-module", id: idFor(base) }, [el("legend", { text: title })]);
      for (const f of type.fields) fieldset.appendChild(fieldRow(f, base + "." + f.path));
      fieldset.appendChild(el("button", { type: "button", className: "w-remove", text: ui("remove"),
        "aria-label": ui("remove") + ": " + title,
        onclick: () => { modules.splice(i, 1); rerenderSection(sectionKey, field.path); } }));
      box.appendChild(fieldset);
    });
    const chooser = el("select", { id: "w-module-type" });
    for (const t of spec.assistance_types) chooser.appendChild(el("option", { value: t.type, text: "(" + t.letter + ") " + t.title }));
    const add = el("button", { type: "button", id: idFor(field.path), "data-path": field.path, className: "w-add",
      text: ui("add_module"), disabled: modules.length >= (field.max_items || 50),
      onclick: () => {
        const type = typeSpecs[chooser.value];
        const module = Object.assign({ type: type.type }, emptyItem(type.fields));
        modules.push(module);
        setAt(draft, field.path, modules);
        rerenderSection(sectionKey, field.path + "[" + (modules.length - 1) + "]." + type.fields[0].path);
      } });
    box.appendChild(el("div", { className: "w-field w-add-module" }, [
      el("label", { for: "w-module-type", text: ui("module_type") }), chooser, add]));
    return box;
  }
  function sectionFields(section) {
    return section.fields.map((f) => {
      if (f.kind === "list") return listBlock(f, section.key);
      if (f.kind === "modules") return modulesBlock(f, section.key);
      return fieldRow(f, f.path);
    });
  }

  // ---------- directory panel ----------
  async function loadStates() {
    try {
      const response = await fetch("/api/directory");
      if (!response.ok) return null;
      const data = await response.json();
      const list = Array.isArray(data) ? data : data.states || [];
      return list.map((s) => ({ value: s.iso3, label: ((s.names && (s.names[lang] || s.names.en)) || s.iso3) + " (" + s.iso3 + ")" }))
        .sort((a, b) => a.label.localeCompare(b.label, lang));
    } catch (e) { return null; }
  }
  function dl(rows) {
    const list = el("dl");
    for (const [term, value] of rows) {
      if (!value) continue;
      list.appendChild(el("dt", { text: term }));
      list.appendChild(el("dd", { text: value }));
    }
    return list;
  }
  async function showDirectory() {
    const panel = document.getElementById("w-directory");
    if (!panel) return;
    const iso3 = (draft.requested_state || "").toUpperCase();
    panel.replaceChildren(el("h3", { text: ui("directory_title") }));
    if (!/^[A-Z]{3}$/.test(iso3)) { panel.hidden = true; return; }
    panel.hidden = false;
    let entry;
    try {
      const response = await fetch("/api/directory/" + encodeURIComponent(iso3));
      if (response.status === 404) { panel.appendChild(el("p", { text: ui("not_in_directory") })); return; }
      if (!response.ok) throw new Error(String(response.status));
      entry = await response.json();
    } catch (e) { panel.appendChild(el("p", { text: ui("not_in_directory") })); return; }
    if ((draft.requested_state || "").toUpperCase() !== iso3) return; // changed meanwhile
    const name = (entry.names && entry.names[lang]) || iso3;
    panel.appendChild(el("p", {}, [el("a", { href: sitePrefix + (entry.url || "/directory/" + iso3.toLowerCase() + "/"), text: name })]));
    const central = (entry.authorities || []).filter((a) => a.role === "central_authority_mla");
    panel.appendChild(el("h4", { text: ui("central_authority") }));
    if (!central.length) panel.appendChild(el("p", { className: "w-none", text: ui("no_designation") }));
    for (const a of central) {
      const source = a.source || {};
      const box = el("div", { className: "w-authority" }, [
        el("p", { className: "w-authority-name", text: a.name }),
        dl([[ui("languages_accepted"), (a.languages || []).join(", ")], [ui("channels"), (a.channels || []).join(", ")],
          [ui("legal_requirements"), a.legal_requirements], [ui("last_updated"), a.last_updated || source.as_of]]),
      ]);
      if (source.url) box.appendChild(el("p", { className: "w-source" }, [document.createTextNode(ui("source") + ": "),
        el("a", { href: source.url, rel: "noopener", text: source.title || source.url }),
        document.createTextNode(source.as_of ? " (" + source.as_of + ")" : "")]));
      panel.appendChild(box);
    }
    const declared = (entry.declarations || []).filter((d) => d.kind === "languages");
    const languages = [...new Set(declared.flatMap((d) => d.languages || []))];
    panel.appendChild(el("h4", { text: ui("languages_accepted") }));
    panel.appendChild(el("p", { className: languages.length ? "" : "w-none", text: languages.length ? languages.join(", ") : ui("no_designation") }));
    panel.appendChild(el("p", { className: "w-source", text: ui("last_updated") + ": " + (entry.last_updated || "—") }));
  }

  // ---------- validation ----------
  function scheduleValidation() {
    clearTimeout(validateTimer);
    validateTimer = setTimeout(runValidation, 400);
  }
  function issueList(items, listId) {
    const list = document.getElementById(listId);
    list.replaceChildren(...items.map((item) => el("li", {}, [el("a", { href: "#" + idFor(item.field), "data-field": item.field,
      text: item.message, onclick: (event) => { event.preventDefault(); focusField(item.field, true); } })])));
  }
  async function runValidation() {
    if (validateAbort) validateAbort.abort();
    validateAbort = new AbortController();
    const status = document.getElementById("w-check-status");
    status.textContent = ui("checking");
    try {
      const url = "/api/requests/validate?lang=" + outputLang() + "&messages_lang=" + lang;
      const response = await postJSON(url, draft, validateAbort.signal);
      const payload = await response.json();
      if (!response.ok) {
        const errors = (payload.detail && payload.detail.errors) || [{ field: "", message: reasonOf(payload) }];
        issueList(errors, "w-missing");
        issueList([], "w-warnings");
        status.textContent = "";
        document.getElementById("w-missing-count").textContent = String(errors.length);
        return;
      }
      issueList(payload.missing, "w-missing");
      issueList(payload.warnings, "w-warnings");
      document.getElementById("w-missing-count").textContent = String(payload.missing.length);
      document.getElementById("w-warnings-count").textContent = String(payload.warnings.length);
      status.textContent = payload.missing.length ? "" : ui("none_missing");
    } catch (e) {
      if (e.name !== "AbortError") status.textContent = ui("server_needed");
    }
  }
  function focusField(path, scroll) {
    // The field itself, else its nearest parent on the page (a list's "add" button ...).
    let p = path;
    let target = document.getElementById(idFor(p));
    while (!target) {
      const parent = p.replace(/(\.[^.\[\]]+|\[\d+\])$/, "");
      if (parent === p || !parent) return;
      p = parent;
      target = document.getElementById(idFor(p));
    }
    if (scroll) target.scrollIntoView({ block: "center" });
    const focusable = target.matches("input, select, textarea, button") ? target : target.querySelector("input, select, textarea, button");
    if (focusable) focusable.focus({ preventScroll: !scroll });
  }

  // ---------- guidance ----------
  async function loadGuidance(section, box) {
    const list = box.querySelector("ul");
    list.replaceChildren(el("li", { text: ui("guidance_loading") }));
    try {
      const response = await postJSON("/api/ask", { question: section.guidance_query, k: 3 });
      if (!response.ok) throw new Error(String(response.status));
      const payload = await response.json();
      const citations = payload.citations || [];
      if (!citations.length) { list.replaceChildren(el("li", { text: ui("guidance_none") })); return; }
      list.replaceChildren(...citations.map((c) => {
        const own = c.kind === "guide" && /^[a-z]{2}$/.test(c.lang || "");  // guides: own language only
        const href = /^https?:/.test(c.url) ? c.url
          : (own ? (c.lang === "zh" ? "" : "/" + c.lang) : sitePrefix) + c.url;
        const snippet = (c.text || "").length > 160 ? c.text.slice(0, 157) + "…" : c.text || "";
        return el("li", {}, [el("a", { href, text: c.citation }), el("p", { text: snippet })]);
      }));
    } catch (e) {
      list.replaceChildren(el("li", { text: ui("guidance_error") }));
    }
  }
  function watchGuidance(pairs) {
    if (!("IntersectionObserver" in window)) { pairs.forEach(([s, b]) => loadGuidance(s, b)); return; }
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        const pair = pairs.find(([, b]) => b === entry.target);
        if (pair) loadGuidance(pair[0], pair[1]);
      }
    }, { rootMargin: "200px" });
    pairs.forEach(([, box]) => observer.observe(box));
  }

  // ---------- files ----------
  function saveBlob(blob, filename) {
    const url = URL.createObjectURL(blob);
    const link = el("a", { href: url, download: filename });
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }
  async function download(format) {
    const status = document.getElementById("w-file-status");
    status.textContent = "";
    try {
      const out = outputLang();
      const response = await postJSON("/api/requests/render?format=" + format + "&lang=" + out, draft);
      if (!response.ok) {
        let payload = null;
        try { payload = await response.json(); } catch (e) { /* not JSON */ }
        status.textContent = ui("download_error", { reason: reasonOf(payload) || String(response.status) });
        return;
      }
      saveBlob(await response.blob(), "mla-request." + out + "." + format);
    } catch (e) {
      status.textContent = ui("server_needed");
    }
  }
  function importFile(file) {
    const status = document.getElementById("w-file-status");
    const reader = new FileReader();
    reader.onload = () => {
      try {
        const value = JSON.parse(String(reader.result));
        if (!value || typeof value !== "object" || Array.isArray(value)) throw new Error("not a JSON object");
        draft = Object.assign(emptyDraft(), value);
        status.textContent = "";
        renderForm();
        changed();
        showDirectory();
      } catch (e) {
        status.textContent = ui("import_error", { reason: e.message });
      }
    };
    reader.readAsText(file);
  }

  // ---------- page ----------
  function toolbar() {
    const output = el("select", { id: "w-output-lang" });
    for (const o of spec.languages) output.appendChild(el("option", { value: o.value, text: o.label }));
    output.value = localStorage.getItem(OUTPUT_KEY) || lang;
    output.addEventListener("change", () => { localStorage.setItem(OUTPUT_KEY, output.value); scheduleValidation(); });
    const fileInput = el("input", { id: "w-import", type: "file", accept: "application/json,.json", className: "w-file" });
    fileInput.addEventListener("change", () => { if (fileInput.files[0]) importFile(fileInput.files[0]); fileInput.value = ""; });
    return el("div", { className: "w-toolbar", role: "group", "aria-label": spec.ui.output_lang }, [
      el("div", { className: "w-field" }, [el("label", { for: "w-output-lang", text: ui("output_lang") }), output]),
      el("button", { type: "button", id: "w-download-docx", className: "md-button md-button--primary", text: ui("download_docx"), onclick: () => download("docx") }),
      el("button", { type: "button", id: "w-download-md", className: "md-button", text: ui("download_md"), onclick: () => download("md") }),
      el("button", { type: "button", id: "w-export", className: "md-button", text: ui("export"),
        onclick: () => saveBlob(new Blob([JSON.stringify(draft, null, 2)], { type: "application/json" }), "mla-request-draft.json") }),
      fileInput, el("label", { for: "w-import", className: "md-button w-import-label", text: ui("import") }),
      el("button", { type: "button", id: "w-clear", className: "md-button", text: ui("clear"),
        onclick: () => { if (window.confirm(ui("confirm_clear"))) { draft = emptyDraft(); localStorage.removeItem(STORAGE_KEY); renderForm(); showDirectory(); scheduleValidation(); } } }),
      el("p", { id: "w-saved", className: "w-status", role: "status" }),
      el("p", { id: "w-file-status", className: "w-status", role: "alert" }),
    ]);
  }
  function statusPanel() {
    return el("aside", { className: "w-panel", "aria-label": ui("missing_title") }, [
      toolbar(),
      el("h2", {}, [document.createTextNode(ui("missing_title") + " "), el("span", { id: "w-missing-count", className: "w-count" })]),
      el("p", { id: "w-check-status", className: "w-status", role: "status" }),
      el("ul", { id: "w-missing", className: "w-issues" }),
      el("h2", {}, [document.createTextNode(ui("warnings_title") + " "), el("span", { id: "w-warnings-count", className: "w-count" })]),
      el("ul", { id: "w-warnings", className: "w-issues w-warn" }),
    ]);
  }
  function renderForm() {
    const form = el("form", { className: "w-form", novalidate: true, onsubmit: (e) => e.preventDefault() });
    const guidance = [];
    for (const section of spec.sections) {
      const headingId = "w-h-" + section.key;
      const body = el("div", { id: "w-body-" + section.key, className: "w-body" }, sectionFields(section));
      const children = [el("h2", { id: headingId, text: section.title }), body];
      if (section.key === "requested") children.push(el("div", { id: "w-directory", className: "w-directory", "aria-live": "polite", hidden: true }));
      const box = section.guidance_query ? el("aside", { className: "w-guidance", "aria-label": ui("guidance") }, [
        el("h3", { text: ui("guidance") }), el("ul")]) : null;
      if (box) { children.push(box); guidance.push([section, box]); }
      form.appendChild(el("section", { className: "w-section", id: "w-sec-" + section.key, "aria-labelledby": headingId }, children));
    }
    document.getElementById("w-form-slot").replaceChildren(form);
    watchGuidance(guidance);
  }

  async function init() {
    try {
      const response = await fetch("/api/requests/form?lang=" + lang);
      if (!response.ok) throw new Error(String(response.status));
      spec = await response.json();
    } catch (e) {
      root.replaceChildren(el("p", { className: "w-error", text: root.getAttribute("data-server-needed") || "untoc-kb serve" }));
      return;
    }
    for (const t of spec.assistance_types) typeSpecs[t.type] = t;
    stateOptions = await loadStates();
    draft = Object.assign(emptyDraft(), loadDraft() || {});
    root.setAttribute("dir", spec.dir);
    root.replaceChildren(el("div", { className: "w-layout" }, [el("div", { id: "w-form-slot" }), statusPanel()]));
    renderForm();
    showDirectory();
    runValidation();
    root.setAttribute("data-ready", "true");
  }

  init();
})();
