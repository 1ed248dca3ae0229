/* graphbuild view: builds the network from the embedded JSON. Every document-derived
   string is inserted with textContent / text nodes, never as markup. */
(function () {
  "use strict";
  var status = document.getElementById("gb-status");
  var data = JSON.parse(document.getElementById("gb-data").textContent);

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function row(box, key, value) {
    if (value === undefined || value === null || value === "" || (Array.isArray(value) && !value.length)) { return; }
    var r = el("div", "gb-row");
    r.appendChild(el("b", null, key + ": "));
    r.appendChild(document.createTextNode(Array.isArray(value) ? value.join(", ") : String(value)));
    box.appendChild(r);
  }
  function nodeTip(info) {
    var box = el("div", "gb-tip");
    box.appendChild(el("div", "gb-tip-h", info.name));
    row(box, "type", info.type + (info.category ? " (" + info.category + ")" : ""));
    row(box, "aliases", info.aliases);
    row(box, "first seen", info.first_seen);
    row(box, "last seen", info.last_seen);
    row(box, "PageRank", info.pagerank);
    if (info.documents && info.documents.length) {
      box.appendChild(el("div", "gb-row", "documents:"));
      var ul = el("ul");
      info.documents.slice(0, 8).forEach(function (t) { ul.appendChild(el("li", null, t)); });
      if (info.documents.length > 8) { ul.appendChild(el("li", null, "… " + (info.documents.length - 8) + " more")); }
      box.appendChild(ul);
    }
    return box;
  }
  function edgeTip(info) {
    var box = el("div", "gb-tip");
    box.appendChild(el("div", "gb-tip-h", info.type + (info.count > 1 ? " (" + info.count + " facts)" : "")));
    info.facts.forEach(function (f) {
      var d = el("div", "gb-fact");
      row(d, "date", f.date);
      row(d, "document", f.document);
      Object.keys(f.extras || {}).forEach(function (k) { row(d, k, f.extras[k]); });
      if (f.evidence) { d.appendChild(el("div", "gb-evidence", "“" + f.evidence + "”")); }
      box.appendChild(d);
    });
    if (info.count > info.facts.length) { box.appendChild(el("div", "gb-row", "… " + (info.count - info.facts.length) + " more")); }
    return box;
  }

  var nodes = new vis.DataSet(data.nodes.map(function (n) { n.title = nodeTip(n.gb); return n; }));
  var edges = new vis.DataSet(data.edges.map(function (e) { e.title = edgeTip(e.gb); return e; }));
  var container = document.getElementById("gb-network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  window.gbNetwork = network;
  status.dataset.createdMs = String(Math.round(performance.now()));

  var done = false;
  function ready() {
    if (done) { return; }
    done = true;
    network.setOptions({ physics: false });
    status.dataset.nodes = String(nodes.length);
    status.dataset.edges = String(edges.length);
    status.dataset.stabilizedMs = String(Math.round(performance.now()));
    status.textContent = nodes.length + " nodes, " + edges.length + " edges";
    network.once("afterDrawing", function () {
      status.dataset.drawnMs = String(Math.round(performance.now()));
      status.dataset.state = "ready";
    });
    network.redraw();
  }
  network.on("stabilizationProgress", function (p) { status.textContent = "laying out… " + p.iterations + "/" + p.total; });
  network.once("stabilizationIterationsDone", ready);
  if (!data.nodes.length) { ready(); }

  // legend with a label filter (our own: pyvis's filter menu can lose nodes)
  var hiddenGroups = {};
  function applyFilter() {
    var nodeUpdates = [];
    var hiddenIds = {};
    nodes.forEach(function (n) {
      var hide = !!hiddenGroups[n.gtype];
      if (hide) { hiddenIds[n.id] = true; }
      if (!!n.hidden !== hide) { nodeUpdates.push({ id: n.id, hidden: hide }); }
    });
    nodes.update(nodeUpdates);
    var edgeUpdates = [];
    edges.forEach(function (e) {
      var hide = !!(hiddenIds[e.from] || hiddenIds[e.to]);
      if (!!e.hidden !== hide) { edgeUpdates.push({ id: e.id, hidden: hide }); }
    });
    edges.update(edgeUpdates);
    status.dataset.visibleNodes = String(nodes.get({ filter: function (n) { return !n.hidden; } }).length);
    status.dataset.visibleEdges = String(edges.get({ filter: function (e) { return !e.hidden; } }).length);
  }
  var legend = document.getElementById("gb-legend");
  data.legend.forEach(function (item) {
    var li = el("li");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.id = "gb-show-" + item.label;
    box.dataset.label = item.label;
    box.addEventListener("change", function () { hiddenGroups[item.label] = !box.checked; applyFilter(); });
    var sw = el("span", "gb-swatch " + item.shape);
    sw.style.background = item.color;
    var lab = el("label", null, item.label);
    lab.htmlFor = box.id;
    li.appendChild(box); li.appendChild(sw); li.appendChild(lab);
    legend.appendChild(li);
  });
  var warnBox = document.getElementById("gb-warnings");
  (data.warnings || []).forEach(function (w) { warnBox.appendChild(el("p", "gb-warn", w)); });

  // search by name or alias
  var hits = document.getElementById("gb-hits");
  document.getElementById("gb-search").addEventListener("input", function (ev) {
    var q = ev.target.value.trim().toLowerCase();
    if (!q) { network.unselectAll(); hits.textContent = ""; status.dataset.hits = "0"; return; }
    var ids = nodes.getIds({ filter: function (n) {
      if (n.hidden) { return false; }
      var names = [n.gb.name].concat(n.gb.aliases || []);
      return names.some(function (s) { return String(s).toLowerCase().indexOf(q) !== -1; });
    } });
    network.selectNodes(ids);
    if (ids.length) { network.focus(ids[0], { scale: 1.1, animation: false }); }
    hits.textContent = ids.length + (ids.length === 1 ? " match" : " matches");
    status.dataset.hits = String(ids.length);
  });
})();
