/* bilat's page script: the dyad timeline chart (Vega-Lite) and the evidence panel.
   Used by the web app and, inlined, by the self-contained report. No network access. */
(function () {
  "use strict";

  var QUAD_DOMAIN = ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];
  var QUAD_RANGE = ["#4e9a06", "#1f6fb2", "#e69500", "#c4161c"];

  function text(el, value) { el.textContent = value == null ? "" : String(value); return el; }
  function make(tag, cls, value) {
    var el = document.createElement(tag);
    if (cls) el.className = cls;
    if (value != null) text(el, value);
    return el;
  }

  function chartSpec(data) {
    var points = data.events.filter(function (e) { return e.plot_date; });
    return {
      $schema: "https://vega.github.io/schema/vega-lite/v5.json",
      width: "container", height: 260, autosize: {type: "fit-x", contains: "padding"},
      layer: [
        {
          data: {values: data.trend},
          mark: {type: "line", color: "#555", strokeDash: [4, 3], interpolate: "monotone"},
          encoding: {
            x: {field: "plot_date", type: "temporal", title: "date"},
            y: {field: "trend", type: "quantitative"}
          }
        },
        {
          data: {values: points},
          mark: {type: "point", filled: true, size: 110, opacity: 0.85, cursor: "pointer"},
          encoding: {
            x: {field: "plot_date", type: "temporal", title: "date"},
            y: {field: "goldstein", type: "quantitative", title: "Goldstein", scale: {domain: [-10, 10]}},
            color: {field: "quad_label", type: "nominal", title: "quad class",
                    scale: {domain: QUAD_DOMAIN, range: QUAD_RANGE}},
            tooltip: [
              {field: "label", title: "who"}, {field: "cameo", title: "CAMEO"},
              {field: "date_shown", title: "date"}, {field: "date_precision", title: "precision"},
              {field: "goldstein", title: "Goldstein"}
            ]
          }
        }
      ]
    };
  }

  function showEvidence(panel, event, opts) {
    panel.innerHTML = "";
    panel.appendChild(make("h3", null, event.label + " — " + event.cameo + (event.plover ? " " + event.plover : "")));
    var meta = make("p", "meta");
    text(meta, [
      event.date ? "date " + event.date + " (" + event.date_precision + (event.date_text ? ", “" + event.date_text + "”" : "") +
                   (event.date_basis ? ", basis: " + event.date_basis : "") + ")"
                 : "date unknown" + (event.published ? " (reported " + event.published + ")" : ""),
      "Goldstein " + event.goldstein, event.quad_label, event.modality,
      event.place ? "place " + event.place : null
    ].filter(Boolean).join(" · "));
    panel.appendChild(meta);
    var quote = make("blockquote", "evidence", event.evidence);
    quote.setAttribute("data-event", event.id);
    panel.appendChild(quote);
    var source = make("p", "source");
    if (opts.links) {
      var link = make("a", null, event.doc_title || event.source_uri || event.doc_id);
      link.href = opts.base + "/document/" + encodeURIComponent(event.doc_id) + "#s" + event.sentence;
      source.appendChild(document.createTextNode("from "));
      source.appendChild(link);
    } else {
      text(source, "from " + (event.doc_title || "") + " — " + (event.source_uri || event.doc_id));
    }
    panel.appendChild(source);
    panel.hidden = false;
  }

  function timeline(data, opts) {
    opts = opts || {};
    opts.base = opts.base || "";
    var byId = {};
    data.events.forEach(function (e) { byId[e.id] = e; });
    var panel = document.getElementById("evidence");

    function select(id) {
      var event = byId[id];
      if (!event || !panel) return;
      showEvidence(panel, event, opts);
      document.querySelectorAll("li.event.selected").forEach(function (li) { li.classList.remove("selected"); });
      var li = document.querySelector('li.event[data-id="' + id + '"]');
      if (li) li.classList.add("selected");
    }

    document.querySelectorAll("li.event[data-id]").forEach(function (li) {
      li.addEventListener("click", function (ev) {
        if (ev.target.tagName === "A") return;
        select(li.getAttribute("data-id"));
      });
    });

    var chart = document.getElementById("chart");
    if (chart && window.vegaEmbed && data.events.some(function (e) { return e.plot_date; })) {
      window.vegaEmbed(chart, chartSpec(data), {actions: false, renderer: "svg"}).then(function (result) {
        result.view.addEventListener("click", function (_ev, item) {
          if (item && item.datum && item.datum.id) select(item.datum.id);
        });
        chart.setAttribute("data-rendered", "true");
      }).catch(function (error) {
        chart.setAttribute("data-error", String(error));
      });
    } else if (chart) {
      text(chart, "No dated events to chart.");
      chart.setAttribute("data-rendered", "empty");
    }
    return {select: select};
  }

  window.bilat = {timeline: timeline, chartSpec: chartSpec};
})();
