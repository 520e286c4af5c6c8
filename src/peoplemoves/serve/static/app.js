// peoplemoves page: a hash router over the JSON API.
//
// Article text is hostile input. Everything that comes from the API is put into the page
// as text nodes (el.append(string), textContent) — never innerHTML, never an attribute a
// browser would run. The only URLs from articles that become links are http(s) ones.
// Evidence offsets from the API count Unicode code points (Python); JavaScript strings
// count UTF-16 units, so offsets are converted before the text is cut.

"use strict";

const KIND = { start_position: "arrives", end_position: "leaves", leave_of_absence: "on leave" };
const ARROW = { start_position: "↗", end_position: "↘", leave_of_absence: "⏸" };
const langNames = (() => {
  try { return new Intl.DisplayNames(["en"], { type: "language" }); } catch (e) { return null; }
})();

// -- building the DOM without markup ---------------------------------------------------------

function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") el.className = value;
    else if (key === "text") el.textContent = value;
    else if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false || child === "") continue;
    el.append(child instanceof Node ? child : String(child)); // strings become text nodes
  }
  return el;
}

function route(...parts) {
  return "#/" + parts.map((p) => encodeURIComponent(String(p))).join("/");
}

function link(href, ...children) {
  return h("a", { href }, ...children);
}

function safeUrl(value) {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch (e) {
    return null;
  }
}

function langLabel(tag) {
  if (!tag) return "?";
  try { return langNames ? `${langNames.of(tag)} (${tag})` : tag; } catch (e) { return tag; }
}

function badge(text, cls) {
  return h("span", { class: "badge " + (cls || "") }, text);
}

function langBadge(tag) {
  return h("span", { class: "badge lang", title: langLabel(tag), lang: tag }, tag);
}

function entityLink(entity) {
  if (!entity) return h("span", { class: "muted" }, "—");
  const target = entity.kind === "org" ? route("org", entity.id) : route("person", entity.id);
  return link(target, entity.name);
}

function today() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

// -- talking to the API ----------------------------------------------------------------------

async function api(path, params) {
  const url = new URL(path, window.location.origin);
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== null && value !== undefined && value !== "") url.searchParams.set(key, value);
  }
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  let body = null;
  try { body = await response.json(); } catch (e) { body = null; }
  if (!response.ok) {
    const error = new Error((body && typeof body.detail === "string") ? body.detail : `HTTP ${response.status}`);
    error.suggestions = (body && body.suggestions) || [];
    throw error;
  }
  return body;
}

// -- routing -----------------------------------------------------------------------------------

const view = () => document.getElementById("view");

function parseHash() {
  const raw = window.location.hash.replace(/^#\/?/, "");
  const [path, query] = raw.split("?");
  const parts = path.split("/").filter(Boolean).map((p) => { try { return decodeURIComponent(p); } catch (e) { return p; } });
  return { parts, params: new URLSearchParams(query || "") };
}

async function render() {
  const { parts, params } = parseHash();
  const [page, arg] = parts;
  document.body.dataset.state = "loading";
  document.body.dataset.page = page || "home";
  const pages = {
    home: showHome, search: showSearch, person: showPerson, org: showOrg, doc: showDocument,
    story: showStory, stories: showStories, conflicts: showConflicts,
  };
  const show = pages[page || "home"] || showHome;
  try {
    const content = await show(arg, params);
    view().replaceChildren(content);
  } catch (error) {
    view().replaceChildren(errorBox(error));
  }
  document.body.dataset.state = "ready";
  const focus = view().querySelector(".focus");
  if (focus) focus.scrollIntoView({ block: "center" });
}

function errorBox(error) {
  const box = h("div", { class: "error" }, h("p", {}, error.message || String(error)));
  if (error.suggestions && error.suggestions.length) {
    box.append(h("p", {}, "Did you mean: ", error.suggestions.map((s, i) => [i ? ", " : "", entityLink(s)])));
  }
  return box;
}

// -- facts and sources (shown the same way everywhere) ---------------------------------------

function factLine(f) {
  return h("div", { class: "fact-line" },
    h("span", { class: "date" }, f.date || "undated"), " ",
    h("span", { class: "kind " + f.kind }, ARROW[f.kind] || "", " ", KIND[f.kind] || f.kind), " ",
    entityLink(f.person),
    f.role ? [" · ", h("span", { class: "role" }, f.role)] : null,
    f.org ? [" · ", entityLink(f.org)] : null,
    f.cause ? [" · ", h("span", { class: "cause" }, f.cause)] : null,
    f.interim ? [" ", badge("acting", "interim")] : null,
    f.status !== "reported" ? [" ", badge(f.status, "status " + f.status)] : null,
    f.conflict ? [" ", h("a", { class: "badge conflict", href: route("conflicts") + "?fact=" + f.id },
      "disputed: " + f.disputed.map((d) => d.field).join(", "))] : null,
  );
}

function sourceItem(s, compact) {
  const where = route("doc", s.doc_id) + `?hl=${s.evidence_start}-${s.evidence_end}`;
  return h("li", { class: "source" },
    langBadge(s.lang), " ",
    link(where, s.title || s.doc_name || s.doc_id),
    s.published ? h("span", { class: "muted" }, " · published ", s.published) : null,
    s.date && !compact ? h("span", { class: "muted" }, " · says ", s.date) : null,
    compact ? null : h("blockquote", { class: "evidence", lang: s.lang }, s.evidence),
  );
}

function factBlock(f, open) {
  const sources = h("details", { class: "sources", open: open ? "" : null },
    h("summary", {}, `${f.documents} source${f.documents === 1 ? "" : "s"} · ${f.articles} article${f.articles === 1 ? "" : "s"} · `,
      f.languages.map((l) => [langBadge(l), " "])),
    h("ul", {}, f.sources.map((s) => sourceItem(s, false))),
  );
  if (f.disputed && f.disputed.length) sources.append(h("p", { class: "muted" }, "What each source says:"), disputedTable(f, true));
  return h("div", { class: "fact", "data-fact": f.id }, factLine(f), sources);
}

function disputedTable(f, compact) {
  return h("table", { class: "disputed" },
    h("thead", {}, h("tr", {}, h("th", {}, "field"), h("th", {}, "value"), h("th", {}, "sources saying so"))),
    h("tbody", {}, f.disputed.map((d) => d.values.map((v, i) => h("tr", {},
      i === 0 ? h("th", { rowspan: d.values.length, scope: "rowgroup" }, d.field) : null,
      h("td", { class: "value" }, v.value === null ? "(none)" : v.value),
      h("td", {}, h("ul", {}, v.sources.map((s) => sourceItem(s, compact)))),
    )))),
  );
}

// -- pages ------------------------------------------------------------------------------------

async function showHome() {
  const [summary, recent, alerts] = await Promise.all([api("/api/summary"), api("/api/moves", { limit: 15 }),
    api("/api/alerts", { limit: 10 })]);
  const stats = [["people", summary.people], ["organizations", summary.organizations], ["facts", summary.facts],
    ["conflicts", summary.conflicts], ["stories", summary.stories], ["documents", summary.documents]];
  return h("section", {},
    h("h1", {}, "Who holds which position, and since when"),
    h("div", { class: "stats" }, stats.map(([label, n]) => h("div", { class: "stat" }, h("b", {}, String(n)), " ", label))),
    h("p", { class: "muted" }, "Documents in ", Object.keys(summary.languages).length, " languages: ",
      Object.entries(summary.languages).map(([lang, n], i) => [i ? ", " : "", langBadge(lang), " ", String(n)])),
    alerts.length ? [h("h2", {}, "Recent alerts"), h("ul", { class: "alerts" }, alerts.map((a) => h("li", {},
      h("span", { class: "muted" }, a.date || "undated", " · "), a.person, " ",
      a.kind === "start_position" ? "joins" : a.kind === "end_position" ? "leaves" : "takes leave from", " ",
      a.org || "?", a.role ? [" (", a.role, ")"] : null, a.status !== "reported" ? [" ", badge(a.status, "status " + a.status)] : null,
      h("span", { class: "muted" }, " — rule: ", a.rule))))] : null,
    h("h2", {}, "Latest changes"),
    recent.moves.length ? h("div", { class: "facts" }, recent.moves.map((f) => factBlock(f, false)))
      : h("p", { class: "muted" }, "No changes on record yet: ingest some news (peoplemoves demo)."),
  );
}

async function showSearch(query) {
  const q = query || "";
  document.getElementById("search-input").value = q;
  const answer = await api("/api/search", { q });
  if (!answer.matches.length) {
    return h("section", {}, h("h1", {}, "Search"), h("p", { class: "empty" }, "Nothing matches “", q, "”."));
  }
  return h("section", {},
    h("h1", {}, "Search: “", q, "”"),
    h("ul", { class: "results" }, answer.matches.map((m) => h("li", { class: "result" },
      badge(m.entity.kind === "org" ? "organization" : "person", "kind"), " ",
      entityLink(m.entity),
      m.entity.native ? h("span", { class: "native" }, " ", m.entity.native) : null,
      h("span", { class: "muted" }, " · matched “", m.alias, "” (", m.how,
        m.how === "exact" ? "" : `, ${Math.round(m.score)}`, ") · ", String(m.facts), " facts"),
    ))),
  );
}

async function showPerson(id, params) {
  const knownAt = params.get("known_at") || "";
  const p = await api("/api/person", { id, known_at: knownAt });
  const others = p.aliases.filter((a) => a.alias !== p.person.name);
  return h("section", {},
    h("h1", {}, p.person.name, p.person.native ? h("span", { class: "native" }, " ", p.person.native) : null),
    others.length ? h("p", { class: "aliases" }, "Also written: ",
      others.map((a) => h("span", { class: "alias" }, a.alias, a.languages.map((l) => [" ", langBadge(l)])))) : null,
    knownAtControl(knownAt, (value) => { window.location.hash = route("person", id) + (value ? `?known_at=${value}` : ""); }),
    h("h2", {}, "Career"),
    p.positions.length ? timeline(p.positions) : h("p", { class: "muted" }, "No position on record."),
    h("div", { class: "positions" }, p.positions.map(positionBlock)),
    h("h2", {}, "Every fact about ", p.person.name),
    h("div", { class: "facts" }, p.facts.map((f) => factBlock(f, true))),
  );
}

function knownAtControl(value, onChange) {
  const input = h("input", { type: "date", id: "known-at", value: value || null });
  input.addEventListener("change", () => onChange(input.value));
  return h("p", { class: "controls" }, h("label", { for: "known-at" }, "As the record stood on "), input,
    h("span", { class: "muted" }, " (empty: everything known now)"));
}

// Bounds as the evidence gives them: "by D" when only an observation shows the post held on D,
// "still on D" when the latest observation is the last word.
function since(p) {
  return p.start_date || (p.first_seen ? "by " + p.first_seen : "before the record");
}

function until(p) {
  if (p.end_date) return p.end_fact ? p.end_date : "by " + p.end_date;
  if (p.end_fact) return "?";
  return p.last_seen ? "still on " + p.last_seen : "now";
}

function statusWord(p) {
  if (p.status === "planned" && p.start_date) return "scheduled";
  return p.status !== "reported" ? p.status : null;
}

function observationBlock(o) {
  return h("li", { class: "observation" },
    h("span", { class: "muted" }, o.date || "undated", " · ", o.tense === "past" ? "former " : "", o.role, " · ", o.lang, " · "),
    h("q", {}, o.evidence), " ",
    h("a", { href: `#/document/${encodeURIComponent(o.doc_id)}?hl=${o.evidence_start}-${o.evidence_end}` }, o.doc_name || "source"),
  );
}

function positionBlock(p) {
  const word = statusWord(p);
  const status = word ? [" ", badge(word, "status " + p.status)] : null;
  return h("div", { class: "position" },
    h("h3", {}, p.role || "(role not given)", " · ", entityLink(p.org), p.interim ? [" ", badge("acting", "interim")] : null, status),
    h("p", { class: "span" }, since(p), " → ", until(p),
      p.end_cause ? h("span", { class: "cause" }, " (", p.end_cause, ")") : null),
    [p.start_fact, p.end_fact].filter(Boolean).map((f) => factBlock(f, false)),
    p.observations && p.observations.length
      ? h("div", { class: "observations" }, h("h4", {}, "Held, as sources say in passing"), h("ul", {}, p.observations.map(observationBlock)))
      : null,
  );
}

// A horizontal bar per position over the years of the career; sizes are set through the
// CSSOM (element.style), which the Content-Security-Policy allows, unlike style attributes.
function timeline(positions) {
  const year = (d) => (d ? Number(d.slice(0, 4)) + (d.length >= 7 ? (Number(d.slice(5, 7)) - 1) / 12 : 0) : null);
  const now = year(today());
  const starts = positions.map((p) => year(p.start_date)).filter((y) => y !== null);
  const ends = positions.map((p) => year(p.end_date)).filter((y) => y !== null);
  const lo = Math.floor(Math.min(...starts, ...ends, now) - 1);
  const hi = Math.ceil(Math.max(...starts, ...ends, now) + 0.01);
  const pct = (y) => `${(100 * (y - lo)) / (hi - lo)}%`;
  const axis = h("div", { class: "axis" });
  for (let y = lo; y < hi; y += Math.max(1, Math.round((hi - lo) / 8))) {
    const tick = h("span", { class: "tick" }, String(y));
    tick.style.left = pct(y);
    axis.append(tick);
  }
  const rows = positions.map((p) => {
    const s = year(p.start_date), e = year(p.end_date);
    const bar = h("div", { class: "bar" + (s === null ? " open-start" : "") + (e === null ? " open-end" : "") +
      (p.status !== "reported" ? " unconfirmed" : "") });
    const left = s === null ? lo : s;
    const right = e === null ? (p.end_fact ? left + 0.5 : now) : e;
    bar.style.left = pct(left);
    bar.style.width = `max(4px, calc(${pct(Math.max(right, left))} - ${pct(left)}))`;
    bar.title = `${p.start_date || "…"} → ${p.end_date || "now"}`;
    return h("div", { class: "row" },
      h("div", { class: "label" }, p.role || "?", " · ", entityLink(p.org)),
      h("div", { class: "track" }, bar),
    );
  });
  return h("div", { class: "timeline" }, h("div", { class: "row axis-row" }, h("div", { class: "label" }), axis), rows);
}

async function showOrg(id, params) {
  const at = params.get("at") || today();
  const knownAt = params.get("known_at") || "";
  const [who, changes] = await Promise.all([
    api("/api/who", { org_id: id, at, known_at: knownAt }),
    api("/api/moves", { org_id: id, known_at: knownAt, limit: 1000 }),
  ]);
  const leadership = h("div", { id: "leadership" }, leadershipTable(who));
  const atInput = h("input", { type: "date", id: "at", value: at });
  const knownInput = h("input", { type: "date", id: "org-known-at", value: knownAt || null });
  const refresh = async () => {
    const query = new URLSearchParams({ at: atInput.value || today() });
    if (knownInput.value) query.set("known_at", knownInput.value);
    window.history.replaceState(null, "", route("org", id) + "?" + query.toString());
    leadership.dataset.state = "loading";
    try {
      leadership.replaceChildren(leadershipTable(await api("/api/who", {
        org_id: id, at: atInput.value || today(), known_at: knownInput.value })));
    } catch (error) {
      leadership.replaceChildren(errorBox(error));
    }
    leadership.dataset.state = "ready";
  };
  atInput.addEventListener("change", refresh);
  knownInput.addEventListener("change", refresh);
  return h("section", {},
    h("h1", {}, who.org.name, who.org.native ? h("span", { class: "native" }, " ", who.org.native) : null),
    h("p", { class: "controls" },
      h("label", { for: "at" }, "Leadership on "), atInput, " ",
      h("label", { for: "org-known-at" }, " as the record stood on "), knownInput),
    leadership,
    h("h2", {}, "Arrivals and departures"),
    changes.moves.length ? h("ol", { class: "history" }, changes.moves.map((f) =>
      h("li", { class: "move " + f.kind }, factBlock(f, false))))
      : h("p", { class: "muted" }, "No dated change on record."),
  );
}

function leadershipRows(rows, held) {
  return h("tbody", {}, rows.map((p) => h("tr", { class: held ? "held" : "unconfirmed" },
    h("td", {}, p.role || "?"),
    h("td", { class: "holder" }, entityLink(p.person)),
    h("td", {}, since(p)),
    h("td", {}, p.interim ? badge("acting", "interim") : null, statusWord(p) ? badge(statusWord(p), "status " + p.status) : null),
    h("td", {}, p.start_fact ? factBlock(p.start_fact, false)
      : p.observations && p.observations.length ? h("ul", {}, p.observations.map(observationBlock))
        : h("span", { class: "muted" }, "no dated source")),
  )));
}

// Holders only in the leadership table; scheduled, planned and rumoured moves in a table of their own.
function leadershipTable(who) {
  if (!who.holders.length && !who.unconfirmed.length) return h("p", { class: "empty" }, "No position on record on ", who.at, ".");
  const head = () => h("thead", {}, h("tr", {}, ["role", "person", "since", "", "sources"].map((c) => h("th", {}, c))));
  return h("div", {},
    who.holders.length
      ? h("table", { class: "leadership" },
        h("caption", {}, "Held on ", who.at, who.known_at ? [", as known on ", who.known_at] : null), head(), leadershipRows(who.holders, true))
      : h("p", { class: "empty" }, "No post held on ", who.at, "."),
    who.unconfirmed.length
      ? h("table", { class: "leadership unconfirmed-moves" },
        h("caption", {}, "Scheduled, planned or rumoured — not held"), head(), leadershipRows(who.unconfirmed, false))
      : null,
  );
}

async function showDocument(id, params) {
  const doc = await api(`/api/document/${encodeURIComponent(id)}`);
  const [hlStart, hlEnd] = (params.get("hl") || "").split("-").map((n) => Number.parseInt(n, 10));
  const url = safeUrl(doc.url);
  return h("section", { class: "document" },
    h("h1", {}, doc.title || doc.name),
    h("p", { class: "muted" },
      "published ", doc.published || "unknown", " · ", doc.languages.map((l) => [langBadge(l), " "]),
      "· learned ", doc.ingested_at,
      url ? [" · ", h("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank" }, "original")] : null,
      doc.url && !url ? [" · link not shown (not http/https): ", h("code", {}, doc.url)] : null,
      doc.stories.map((s) => [" · ", link(route("story", s), "story")])),
    doc.events.length ? h("ol", { class: "events" }, doc.events.map((e) => h("li", { class: "event" },
      h("span", { class: "kind " + e.kind }, ARROW[e.kind] || "", " ", KIND[e.kind] || e.kind), " ",
      h("b", {}, e.person), e.role ? [" · ", e.role] : null, e.org ? [" · ", e.org] : null,
      e.date ? [" · ", e.date] : null, e.status !== "reported" ? [" ", badge(e.status, "status")] : null, " ",
      h("a", { href: route("doc", doc.id) + `?hl=${e.evidence_start}-${e.evidence_end}` }, "show evidence"),
      e.fact_ids.length ? [" · facts ", e.fact_ids.join(", ")] : null,
    ))) : h("p", { class: "muted" }, "No event found in this document."),
    h("h2", {}, "Original text"),
    originalText(doc.original, doc.events, hlStart, hlEnd, doc.languages[0]),
  );
}

// The original text with every evidence span in a <mark>; the one asked for is the focus.
function originalText(text, events, hlStart, hlEnd, lang) {
  const spans = [];
  for (const e of events) spans.push({ start: e.evidence_start, end: e.evidence_end, event: e });
  if (Number.isInteger(hlStart) && Number.isInteger(hlEnd) && !events.some((e) => e.evidence_start === hlStart && e.evidence_end === hlEnd)) {
    spans.push({ start: hlStart, end: hlEnd, event: null });
  }
  const units = codePointOffsets(text, spans.flatMap((s) => [s.start, s.end]));
  const cuts = spans
    .map((s) => ({ ...s, a: units.get(s.start), b: units.get(s.end) }))
    .filter((s) => s.a !== undefined && s.b !== undefined && s.a < s.b)
    .sort((x, y) => x.a - y.a || y.b - x.b);
  const pre = h("pre", { class: "original", lang: lang || null });
  let pos = 0;
  for (const s of cuts) {
    if (s.a < pos) continue; // overlaps the previous mark: keep the text once
    pre.append(text.slice(pos, s.a));
    const focus = s.start === hlStart && s.end === hlEnd;
    const mark = h("mark", { class: "evidence" + (focus ? " focus" : ""), "data-start": s.start, "data-end": s.end,
      title: s.event ? `${KIND[s.event.kind] || s.event.kind}: ${s.event.person}` : "evidence" });
    mark.textContent = text.slice(s.a, s.b);
    pre.append(mark);
    pos = s.b;
  }
  pre.append(text.slice(pos));
  return pre;
}

// Map code-point offsets (as Python counts) to UTF-16 indices (as JavaScript slices); clamped to the text.
function codePointOffsets(text, wanted) {
  const targets = [...new Set(wanted.filter((n) => Number.isInteger(n) && n >= 0))].sort((a, b) => a - b);
  const out = new Map();
  let cp = 0, unit = 0, i = 0;
  for (const ch of text) {
    while (i < targets.length && targets[i] === cp) out.set(targets[i++], unit);
    if (i >= targets.length) return out;
    cp += 1;
    unit += ch.length;
  }
  while (i < targets.length) out.set(targets[i++], unit);
  return out;
}

async function showStory(id) {
  const s = await api(`/api/story/${encodeURIComponent(id)}`);
  return h("section", {},
    h("h1", {}, s.story.label),
    h("p", { class: "muted" }, s.story.first_date || "undated", " · ", String(s.story.documents), " documents, ",
      String(s.story.articles), " distinct articles, in ", String(s.languages.length), " languages"),
    s.languages.map((group) => h("div", { class: "lang-group", "data-lang": group.lang },
      h("h2", {}, langLabel(group.lang)),
      h("ul", {}, group.documents.map((d) => h("li", {},
        link(route("doc", d.doc_id), d.title || d.name),
        h("span", { class: "muted" }, " · ", d.published || "undated", " · article ", d.article)))),
    )),
    h("h2", {}, "Facts this story tells"),
    h("div", { class: "facts" }, s.facts.map((f) => factBlock(f, false))),
  );
}

async function showStories() {
  const list = await api("/api/stories");
  return h("section", {},
    h("h1", {}, "Stories"),
    list.length ? h("ul", { class: "stories" }, list.map((s) => h("li", {},
      link(route("story", s.id), s.label),
      h("span", { class: "muted" }, " · ", s.first_date || "undated", " · ", String(s.documents), " documents · "),
      s.languages.map((l) => [langBadge(l), " "])))) : h("p", { class: "muted" }, "No story yet."),
  );
}

async function showConflicts(_, params) {
  const facts = await api("/api/conflicts");
  const wanted = params.get("fact");
  return h("section", {},
    h("h1", {}, "Conflicts"),
    h("p", { class: "muted" }, "Facts whose sources disagree. Every value is kept, with the sources behind it."),
    facts.length ? facts.map((f) => {
      const block = h("div", { class: "conflict-item" + (String(f.id) === wanted ? " focus" : ""), "data-fact": f.id },
        factLine(f), disputedTable(f));
      return block;
    }) : h("p", { class: "empty" }, "No conflicts: every fact's sources agree."),
  );
}

// -- start ------------------------------------------------------------------------------------

document.addEventListener("DOMContentLoaded", () => {
  document.getElementById("search-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const q = document.getElementById("search-input").value.trim();
    if (q) window.location.hash = route("search", q);
  });
  window.addEventListener("hashchange", render);
  render();
});
