// The API description, read from /openapi.json and shown as text (no external viewer, no CDN).
"use strict";

function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === null || value === undefined) continue;
    if (key === "class") el.className = value; else el.setAttribute(key, String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === "") continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

function typeOf(schema, spec) {
  if (!schema) return "";
  if (schema.$ref) return schema.$ref.split("/").pop();
  if (schema.anyOf) return schema.anyOf.map((s) => typeOf(s, spec)).join(" | ");
  if (schema.oneOf) return schema.oneOf.map((s) => typeOf(s, spec)).join(" | ");
  if (schema.type === "array") return `list of ${typeOf(schema.items, spec)}`;
  return schema.type || "";
}

function endpoint(path, method, op, spec) {
  const params = op.parameters || [];
  const responses = Object.entries(op.responses || {});
  const body = op.requestBody ? Object.keys(op.requestBody.content || {}) : [];
  return h("div", { class: "endpoint", id: `${method}-${path}` },
    h("h3", {}, h("span", { class: "method" }, method.toUpperCase()), h("span", { class: "path" }, path),
      op.security ? h("span", { class: "badge" }, " needs Authorization: Bearer <token>") : null),
    op.summary ? h("p", {}, op.summary) : null,
    op.description ? h("p", { class: "description muted" }, op.description) : null,
    params.length ? h("table", {}, h("thead", {}, h("tr", {}, ["parameter", "in", "type", "", "description"].map((c) => h("th", {}, c)))),
      h("tbody", {}, params.map((p) => h("tr", {}, h("td", {}, h("code", {}, p.name)), h("td", {}, p.in),
        h("td", {}, typeOf(p.schema, spec)), h("td", {}, p.required ? "required" : ""), h("td", {}, p.description || ""))))) : null,
    body.length ? h("p", {}, "Body: ", body.join(" or "), op.requestBody.description ? [" — ", op.requestBody.description] : null) : null,
    h("p", { class: "muted" }, "Responses: ", responses.map(([code, r], i) => [i ? "; " : "", h("b", {}, code), " ", r.description || "",
      r.content && r.content["application/json"] ? [" (", typeOf(r.content["application/json"].schema, spec), ")"] : null])),
  );
}

async function main() {
  const root = document.getElementById("docs");
  try {
    const spec = await (await fetch("/openapi.json")).json();
    const ops = [];
    for (const [path, methods] of Object.entries(spec.paths || {})) {
      for (const [method, op] of Object.entries(methods)) ops.push(endpoint(path, method, op, spec));
    }
    const schemas = Object.entries((spec.components || {}).schemas || {});
    root.replaceChildren(
      h("h1", {}, spec.info.title, " API ", h("span", { class: "muted" }, spec.info.version)),
      h("p", { class: "description" }, spec.info.description || ""),
      h("p", {}, "The machine-readable description is ", h("a", { href: "/openapi.json" }, "/openapi.json"), " (OpenAPI ",
        spec.openapi, ")."),
      h("h2", {}, "Endpoints"), ...ops,
      h("h2", {}, "Schemas"),
      h("ul", {}, schemas.map(([name, s]) => h("li", {}, h("code", {}, name), s.properties
        ? [": ", Object.entries(s.properties).map(([k, v], i) => [i ? ", " : "", k, " ", h("span", { class: "muted" }, typeOf(v, spec))])]
        : null))),
    );
  } catch (error) {
    root.replaceChildren(h("p", { class: "error" }, "Could not read /openapi.json: ", String(error)));
  }
  document.body.dataset.state = "ready";
}

document.addEventListener("DOMContentLoaded", main);
