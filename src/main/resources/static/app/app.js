/*
 * conflict-graph relationship view. Calls only the public HTTP API (DESIGN.md); no build step.
 * The API shapes are read tolerantly (camelCase fields, with a few documented alternatives) so that the view
 * keeps working while the read side evolves.
 */
'use strict';

(() => {

  // ---------------------------------------------------------------- vocabulary (legend, styles, filters)

  /* Okabe–Ito colours (safe for the common colour-vision deficiencies), each with a second cue: a border
     style and a glyph in the label, so status never depends on colour alone. */
  const STATUSES = [
    {id: 'DISPUTED', label: 'disputed', color: '#D55E00', border: 'dashed', glyph: '!', hint: 'a source denies it'},
    {id: 'UNCONFIRMED', label: 'unconfirmed', color: '#E69F00', border: 'dotted', glyph: '?', hint: 'a source hedges'},
    {id: 'REPORTED', label: 'reported', color: '#56B4E9', border: 'solid', glyph: '•', hint: 'asserted by one source'},
    {id: 'CORROBORATED', label: 'corroborated', color: '#009E73', border: 'double', glyph: '»', hint: 'asserted by ≥ 2 independent sources'},
    {id: 'CONFIRMED', label: 'confirmed', color: '#0072B2', border: 'solid', glyph: '✓', hint: 'an analyst confirmed it', width: 5},
    {id: 'REFUTED', label: 'refuted', color: '#6E6E6E', border: 'double', glyph: '✗', hint: 'an analyst refuted it', width: 5},
  ];
  const STATUS = Object.fromEntries(STATUSES.map(s => [s.id, s]));
  const UNKNOWN_STATUS = {id: 'UNKNOWN', label: 'unknown', color: '#BBBBBB', border: 'solid', glyph: '·', hint: ''};

  const KINDS = {
    Actor: {label: 'actor (person)', shape: 'ellipse', color: '#3B6FB6', api: 'actors', param: 'actor'},
    Faction: {label: 'faction', shape: 'hexagon', color: '#7B3F99', api: 'factions', param: 'faction'},
    Place: {label: 'place', shape: 'round-triangle', color: '#2E7D32', api: 'places', param: 'place'},
    Source: {label: 'source', shape: 'vee', color: '#8D6E63', api: 'sources', param: 'source'},
    Event: {label: 'event (colour and glyph = status)', shape: 'round-rectangle', color: '#BBBBBB'},
    Article: {label: 'article', shape: 'tag', color: '#9E9E9E'},
    Claim: {label: 'claim', shape: 'round-tag', color: '#BDBDBD'},
    More: {label: '"+N more": neighbours left out', shape: 'rectangle', color: '#FFFFFF'},
  };
  const KIND_BY_API = {actors: 'Actor', factions: 'Faction', places: 'Place', sources: 'Source'};

  const RELATIONS = {
    LEADS: {color: '#222222', style: 'solid', arrow: 'triangle', width: 3},
    COMMANDS: {color: '#222222', style: 'solid', arrow: 'triangle-tee', width: 2},
    DEPUTY_OF: {color: '#555555', style: 'solid', arrow: 'vee', width: 1.5},
    MEMBER_OF: {color: '#3B6FB6', style: 'solid', arrow: 'circle', width: 1.5},
    LOYAL_TO: {color: '#3B6FB6', style: 'dotted', arrow: 'triangle', width: 2},
    SPLINTER_OF: {color: '#7B3F99', style: 'dashed', arrow: 'triangle-cross', width: 2},
    AFFILIATE_OF: {color: '#7B3F99', style: 'dotted', arrow: 'diamond', width: 2},
    ALLIED_WITH: {color: '#009E73', style: 'solid', arrow: 'none', width: 3},
    RIVAL_OF: {color: '#D55E00', style: 'dashed', arrow: 'tee', width: 3},
    OPERATES_IN: {color: '#2E7D32', style: 'dotted', arrow: 'square', width: 1.5},
    IN: {color: '#2E7D32', style: 'solid', arrow: 'vee', width: 1},
    PERPETRATED_BY: {color: '#B03A00', style: 'solid', arrow: 'triangle', width: 2, label: 'by'},
    TARGETED: {color: '#B03A00', style: 'dashed', arrow: 'tee', width: 2, label: 'targeted'},
    INVOLVED: {color: '#777777', style: 'dotted', arrow: 'none', width: 1.5, label: 'involved'},
    AT: {color: '#2E7D32', style: 'dashed', arrow: 'vee', width: 1, label: 'at'},
    SPEAKS_FOR: {color: '#8D6E63', style: 'dotted', arrow: 'vee', width: 1},
    MENTIONS: {color: '#BDBDBD', style: 'dotted', arrow: 'none', width: 1},
  };
  const EVENT_TYPES = ['ATTACK', 'CLASH', 'KILLING', 'BOMBING', 'VIOLENCE_AGAINST_CIVILIANS', 'ARREST',
    'LEADERSHIP_CHANGE', 'SPLIT', 'ALLEGIANCE', 'RECRUITMENT', 'DEPLOYMENT', 'TERRITORY_CHANGE', 'PROPAGANDA',
    'NEGOTIATION', 'OTHER'];
  const STANCES = {
    ASSERTS: {glyph: '✓', label: 'asserts'},
    HEDGES: {glyph: '?', label: 'hedges'},
    DENIES: {glyph: '✗', label: 'denies'},
  };

  /* The page never renders more than this many nodes per request, whatever the API returns. */
  const RENDER_CAP = 150;
  /* ... and never holds more than this many in all, however often nodes are expanded. */
  const VIEW_CAP = 400;
  let viewFull = false;
  const API_MAX_LIMIT = 500;

  // ---------------------------------------------------------------- small DOM helpers

  const $ = sel => document.querySelector(sel);

  /** Builds an element; text is always inserted as text (article sentences are untrusted). */
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else if (k === 'class') el.className = v;
      else if (k === 'dataset') Object.assign(el.dataset, v);
      else el.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      el.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return el;
  }

  const svgNs = 'http://www.w3.org/2000/svg';
  function s(tag, attrs, ...children) {
    const el = document.createElementNS(svgNs, tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined) continue;
      if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v);
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined) continue;
      el.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return el;
  }

  const pick = (o, ...keys) => {
    if (!o) return undefined;
    for (const k of keys) if (o[k] !== undefined && o[k] !== null) return o[k];
    return undefined;
  };
  const asList = v => Array.isArray(v) ? v : (v === undefined || v === null || v === '' ? [] : [v]);
  const nameOf = v => v === null || v === undefined ? '' : (typeof v === 'object' ? (pick(v, 'name', 'title', 'id') ?? '') : String(v));
  const statusOf = id => STATUS[String(id || '').toUpperCase()] || UNKNOWN_STATUS;
  const humanise = t => String(t || '').toLowerCase().replaceAll('_', ' ');

  // ---------------------------------------------------------------- HTTP (credentials kept in sessionStorage)

  const auth = {
    get header() { return sessionStorage.getItem('cg.auth'); },
    get user() { return sessionStorage.getItem('cg.user'); },
    open: false,
    set(user, password) {
      sessionStorage.setItem('cg.auth', 'Basic ' + btoa(unescape(encodeURIComponent(user + ':' + password))));
      sessionStorage.setItem('cg.user', user);
    },
    clear() { sessionStorage.removeItem('cg.auth'); sessionStorage.removeItem('cg.user'); },
  };

  class ApiError extends Error {
    constructor(status, message) { super(message); this.status = status; }
  }

  async function api(method, path, body, authHeader = auth.header) {
    // X-Requested-With keeps Spring Security from asking the browser for a native Basic dialog
    const headers = {'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest'};
    if (authHeader) headers['Authorization'] = authHeader;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    // credentials 'omit': the browser neither adds cached Basic credentials nor pops up its own login dialog on a
    // 401; the page sends the analyst's credentials itself
    const res = await fetch(path, {method, headers, credentials: 'omit',
      body: body === undefined ? undefined : JSON.stringify(body)});
    const text = await res.text();
    let json = null;
    try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
    if (!res.ok) {
      const detail = json && (json.detail || json.title) || res.statusText || 'request failed';
      throw new ApiError(res.status, `${detail} (HTTP ${res.status})`);
    }
    return json;
  }
  const get = path => api('GET', path);
  const qs = params => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') p.set(k, v);
    const str = p.toString();
    return str ? '?' + str : '';
  };
  const items = json => Array.isArray(json) ? json : asList(json && (json.items || json.results || json.content));

  // ---------------------------------------------------------------- state <-> URL

  const state = {
    entity: null, kind: null, depth: 1, statuses: new Set(STATUSES.map(x => x.id)),
    type: '', from: '', to: '', event: null, documents: false,
  };

  function readUrl() {
    const p = new URLSearchParams(location.search);
    const statuses = p.get('status');
    return {
      entity: p.get('entity'),
      kind: KIND_BY_API[p.get('kind')] ? KIND_BY_API[p.get('kind')] : (KINDS[p.get('kind')] ? p.get('kind') : null),
      depth: p.get('depth') === '2' ? 2 : 1,
      statuses: new Set(statuses === null ? STATUSES.map(x => x.id)
        : statuses.split(',').map(x => x.trim().toUpperCase()).filter(x => STATUS[x])),
      type: EVENT_TYPES.includes(p.get('type')) ? p.get('type') : '',
      from: /^\d{4}-\d{2}-\d{2}$/.test(p.get('from') || '') ? p.get('from') : '',
      to: /^\d{4}-\d{2}-\d{2}$/.test(p.get('to') || '') ? p.get('to') : '',
      event: p.get('event'),
      documents: p.get('documents') === '1',
    };
  }

  function urlOf(st) {
    const allStatuses = st.statuses.size === STATUSES.length;
    return location.pathname + qs({
      entity: st.entity,
      kind: st.entity && st.kind ? KINDS[st.kind].api : null,
      depth: st.depth === 2 ? 2 : null,
      status: allStatuses ? null : [...st.statuses].join(','),
      type: st.type, from: st.from, to: st.to, documents: st.documents ? 1 : null, event: st.event,
    });
  }

  function pushState() {
    const url = urlOf(state);
    if (url !== location.pathname + location.search) history.pushState(null, '', url);
  }

  // ---------------------------------------------------------------- graph (Cytoscape + fcose)

  let cy = null;

  function cyStyle() {
    const style = [
      {selector: 'node', style: {
        'label': 'data(label)', 'font-size': 11, 'color': '#111', 'text-valign': 'bottom', 'text-margin-y': 4,
        'text-wrap': 'ellipsis', 'text-max-width': 140, 'text-background-color': '#fff',
        'text-background-opacity': 0.85, 'text-background-padding': 2, 'width': 28, 'height': 28,
        'min-zoomed-font-size': 7,
        'border-width': 2, 'border-color': '#fff'}},
      {selector: 'node.center', style: {'width': 40, 'height': 40, 'border-width': 4, 'border-color': '#111', 'font-weight': 'bold'}},
      // an underlay keeps the node's own colour readable while marking the selection
      {selector: 'node:selected', style: {'underlay-color': '#FFB000', 'underlay-opacity': 0.6, 'underlay-padding': 8,
        'underlay-shape': 'ellipse'}},
      {selector: 'edge', style: {
        'width': 1.5, 'curve-style': 'bezier', 'line-color': '#999', 'target-arrow-color': '#999',
        'font-size': 9, 'color': '#333', 'text-rotation': 'autorotate', 'text-background-color': '#fff',
        'text-background-opacity': 0.8}},
      {selector: 'edge.labelled', style: {'label': 'data(label)'}},
      {selector: '.filtered', style: {'display': 'none'}},
    ];
    for (const [kind, k] of Object.entries(KINDS)) {
      style.push({selector: `node[kind = "${kind}"]`, style: {'shape': k.shape, 'background-color': k.color}});
    }
    style.push({selector: 'node[kind = "Event"]', style: {'width': 22, 'height': 22, 'font-size': 10}});
    for (const st of [...STATUSES, UNKNOWN_STATUS]) {
      style.push({selector: `node[kind = "Event"][status = "${st.id}"]`, style: {
        'background-color': st.color, 'border-color': '#111', 'border-style': st.border,
        'border-width': st.width || (st.border === 'double' ? 5 : 3)}});
    }
    style.push({selector: 'node[kind = "More"]', style: {
      'border-color': '#555', 'border-style': 'dashed', 'border-width': 2, 'label': 'data(label)',
      'text-valign': 'center', 'text-margin-y': 0, 'width': 84, 'height': 24,
      'font-weight': 'bold', 'text-background-opacity': 0}});
    for (const [type, r] of Object.entries(RELATIONS)) {
      style.push({selector: `edge[type = "${type}"]`, style: {
        'line-color': r.color, 'target-arrow-color': r.color, 'line-style': r.style,
        'target-arrow-shape': r.arrow, 'width': r.width}});
    }
    style.push({selector: 'edge[type = "RIVAL_OF"]', style: {'source-arrow-shape': 'tee', 'source-arrow-color': RELATIONS.RIVAL_OF.color}});
    style.push({selector: 'edge[type = "MORE"]', style: {'line-style': 'dashed', 'line-color': '#777', 'target-arrow-shape': 'none'}});
    return style;
  }

  function initCy() {
    cy = cytoscape({
      container: $('#cy'), style: cyStyle(), elements: [],
      minZoom: 0.1, maxZoom: 3, boxSelectionEnabled: false,
    });
    window.cy = cy; // tests and power users read the rendered graph from here
    cy.on('tap', 'node', ev => onNodeTap(ev.target));
    cy.on('dbltap', 'node', ev => onNodeExpand(ev.target));
  }

  function nodeKindOf(n) {
    const candidates = [n.kind, n.label, ...asList(n.labels)].filter(Boolean).map(String);
    for (const c of candidates) {
      const norm = c.charAt(0).toUpperCase() + c.slice(1).toLowerCase();
      if (KINDS[norm]) return norm;
      if (KIND_BY_API[c.toLowerCase()]) return KIND_BY_API[c.toLowerCase()];
    }
    if (n.status || n.derivedStatus || n.summary) return 'Event';
    // a faction's or place's own kind (FORMAT.md) tells which it is when no label came along
    if (FACTION_KINDS.includes(n.kind)) return 'Faction';
    if (PLACE_KINDS.includes(n.kind)) return 'Place';
    return 'Actor';
  }
  const FACTION_KINDS = ['INSURGENT_GROUP', 'TERRORIST_GROUP', 'STATE_FORCE', 'GOVERNMENT', 'INTERNATIONAL_ORG',
    'TRIBE', 'MILITIA', 'MEDIA', 'OTHER'];
  const PLACE_KINDS = ['COUNTRY', 'PROVINCE', 'DISTRICT', 'CITY', 'VILLAGE', 'REGION', 'FEATURE'];

  function nodeData(raw) {
    const n = Object.assign({}, raw.properties || {}, raw);
    const kind = nodeKindOf(n);
    const data = {id: String(n.id), kind, name: nameOf(n.name) || n.caption || n.summary || n.title || n.cue || humanise(n.type) || String(n.id)};
    if (kind === 'Event') {
      const st = statusOf(pick(n, 'status', 'reviewStatus', 'derivedStatus'));
      data.status = st.id;
      data.type = n.type || '';
      data.date = n.date || '';
      const what = humanise(n.type) || 'event';
      data.label = `${st.glyph} ${what}${n.date ? ' ' + n.date : ''}`;
      data.name = n.summary || what;
    } else {
      data.label = data.name;
      data.subkind = n.kind && !KINDS[n.kind] ? n.kind : undefined;
    }
    return data;
  }

  function edgeData(raw) {
    const e = Object.assign({}, raw.properties || {}, raw);
    const source = nameOrId(pick(e, 'source', 'from', 'start', 'startId', 'startNode', 'startNodeId'));
    const target = nameOrId(pick(e, 'target', 'to', 'end', 'endId', 'endNode', 'endNodeId'));
    const type = String(pick(e, 'type', 'label', 'relation') || '').toUpperCase();
    return {id: String(e.id ?? `${source}-${type}-${target}`), source, target, type,
      label: (RELATIONS[type] && RELATIONS[type].label) || humanise(type)};
  }
  const nameOrId = v => v !== null && typeof v === 'object' ? String(v.id) : String(v);

  /**
   * How many neighbours the API left out, per node id. Accepts a per-node map or list, per-node fields, or a
   * plain total (then it belongs to the node the request was about).
   */
  function omittedCounts(json, requestedId) {
    const out = new Map();
    const add = (id, n) => { n = Number(n); if (id && n > 0) out.set(String(id), (out.get(String(id)) || 0) + n); };
    const om = pick(json, 'omitted', 'leftOut', 'more');
    if (typeof om === 'number') add(requestedId, om);
    else if (Array.isArray(om)) om.forEach(o => add(pick(o, 'id', 'nodeId', 'node'), pick(o, 'count', 'nodes', 'edges', 'omitted')));
    else if (om && typeof om === 'object') {
      const total = pick(om, 'nodes', 'edges', 'total', 'count');
      const byNode = pick(om, 'byNode', 'perNode');
      if (byNode && typeof byNode === 'object') Object.entries(byNode).forEach(([id, n]) => add(id, typeof n === 'object' ? pick(n, 'count', 'nodes', 'edges') : n));
      else if (typeof total === 'number') add(requestedId, total);
      else Object.entries(om).forEach(([id, n]) => add(id, n));
    }
    for (const n of asList(json && json.nodes)) {
      const c = pick(n, 'omitted', 'omittedNeighbours', 'hiddenNeighbours', 'more');
      if (typeof c === 'number') add(n.id, c);
    }
    if (out.size === 0 && json && json.truncated === true && typeof json.total === 'number') {
      add(requestedId, json.total - asList(json.nodes).length);
    }
    return out;
  }

  let graphRequest = 0;
  const limits = new Map(); // node id -> limit used when it was last fetched

  async function fetchNeighbourhood(id, depth, limit) {
    return get('/api/graph/neighbourhood' + qs({id, depth, limit}));
  }

  /** Turns a neighbourhood answer into Cytoscape elements, never more than RENDER_CAP nodes. */
  function toElements(json, requestedId) {
    const omitted = omittedCounts(json, requestedId);
    let nodes = asList(json && json.nodes).map(nodeData);
    if (!nodes.some(n => n.id === String(requestedId))) {
      // the API answered with neighbours only: keep the node we asked about in the picture
      const existing = cy.getElementById(String(requestedId));
      if (existing.nonempty()) nodes.unshift(existing.data());
    }
    if (nodes.length > RENDER_CAP) {
      const keep = new Set([String(requestedId)]);
      for (const n of nodes) { if (keep.size >= RENDER_CAP) break; keep.add(n.id); }
      const dropped = nodes.length - keep.size;
      nodes = nodes.filter(n => keep.has(n.id));
      omitted.set(String(requestedId), (omitted.get(String(requestedId)) || 0) + dropped);
    }
    const ids = new Set(nodes.map(n => n.id));
    const edges = asList(json && (json.edges || json.relationships)).map(edgeData)
      .filter(e => ids.has(e.source) && ids.has(e.target));
    const more = [];
    for (const [id, count] of omitted) {
      if (id === String(requestedId)) {
        // the node asked about gets a "+N more" node: tapping it fetches more of its neighbours
        if (!ids.has(id) && cy.getElementById(id).empty()) continue;
        more.push({data: {id: `more:${id}`, kind: 'More', of: id, count, label: `+${count} more`}});
        more.push({data: {id: `more-edge:${id}`, source: id, target: `more:${id}`, type: 'MORE'}});
      } else {
        // other nodes only carry a badge: their neighbours come with "Expand"
        const d = nodes.find(x => x.id === id);
        if (d) { d.more = count; d.label = `${d.label} (+${count})`; }
      }
    }
    return {nodes: nodes.map(d => ({data: d})), edges: edges.map(d => ({data: d})), more};
  }

  function setGraphStatus(text, busy) {
    $('#graph-status').textContent = text;
    document.body.dataset.graph = busy ? 'loading' : 'ready';
  }

  async function loadGraph() {
    const request = ++graphRequest;
    if (!state.entity) {
      cy.elements().remove();
      setGraphStatus('', false);
      return;
    }
    setGraphStatus('Loading the network…', true);
    const limit = 100;
    let json;
    try {
      json = await fetchNeighbourhood(state.entity, state.depth, limit);
    } catch (e) {
      if (request !== graphRequest) return;
      cy.elements().remove();
      setGraphStatus(`Could not load the network: ${e.message}`, false);
      document.body.dataset.graph = 'error';
      return;
    }
    if (request !== graphRequest) return;
    limits.clear();
    limits.set(state.entity, limit);
    viewFull = false;
    cy.batch(() => {
      cy.elements().remove();
      const el = toElements(json, state.entity);
      cy.add(el.nodes);
      cy.add(el.edges);
      cy.add(el.more);
      cy.getElementById(state.entity).addClass('center');
      if (!state.kind && cy.getElementById(state.entity).nonempty()) state.kind = cy.getElementById(state.entity).data('kind');
    });
    labelEdges();
    applyFilters();
    await runLayout(true);
    if (request !== graphRequest) return;
    describeGraph();
  }

  /** Adds a node's neighbours to the view (double-click, Expand button or a "+N more" node). */
  async function expand(id, limit) {
    const node = cy.getElementById(id);
    limit = Math.min(API_MAX_LIMIT, limit || (limits.get(id) ? limits.get(id) * 2 : 100));
    setGraphStatus(`Expanding ${node.nonempty() ? node.data('name') : id}…`, true);
    let json;
    try {
      json = await fetchNeighbourhood(id, 1, limit);
    } catch (e) {
      setGraphStatus(`Could not expand: ${e.message}`, false);
      return;
    }
    limits.set(id, limit);
    cy.batch(() => {
      cy.getElementById(`more:${id}`).remove();
      const el = toElements(json, id);
      // whatever the API sends, the whole view stays under VIEW_CAP nodes; the rest is counted in "+N more"
      const room = Math.max(0, VIEW_CAP - cy.nodes().not('[kind = "More"]').length);
      const freshNodes = el.nodes.filter(x => cy.getElementById(x.data.id).empty());
      const accepted = freshNodes.slice(0, room);
      const dropped = freshNodes.length - accepted.length;
      cy.add(accepted);
      cy.add(el.edges.filter(x => cy.getElementById(x.data.id).empty()
        && cy.getElementById(x.data.source).nonempty() && cy.getElementById(x.data.target).nonempty()));
      const more = el.more.find(x => x.data.kind === 'More');
      const count = (more ? more.data.count : 0) + dropped;
      if (count > 0 && cy.getElementById(id).nonempty()) {
        cy.add([{data: {id: `more:${id}`, kind: 'More', of: id, count, label: `+${count} more`}},
          {data: {id: `more-edge:${id}`, source: id, target: `more:${id}`, type: 'MORE'}}]);
      }
      if (dropped > 0) viewFull = true;
    });
    labelEdges();
    applyFilters();
    await runLayout(false);
    describeGraph();
    // keep the panel's "Show more" button in step with the graph
    const button = $('#show-more');
    if (button && button.dataset.of === id) {
      const more = cy.getElementById(`more:${id}`);
      if (more.nonempty()) button.textContent = `Show more (${more.data('count')} left out)`;
      else button.remove();
    }
  }

  function labelEdges() {
    cy.edges().toggleClass('labelled', cy.edges().length <= 80);
  }

  function runLayout(randomize) {
    return new Promise(resolve => {
      const visible = cy.elements().not('.filtered');
      if (visible.empty()) { resolve(); return; }
      const big = visible.nodes().length > 120;
      // fcose's 'draft' quality is its spectral pass alone, which needs randomize: incremental layouts use 'default'
      const layout = visible.layout({
        name: 'fcose', quality: big && randomize ? 'draft' : 'default', randomize, animate: false, fit: true, padding: 30,
        nodeRepulsion: () => 6000, idealEdgeLength: () => 90, nodeSeparation: 60, numIter: big ? 1000 : 2500,
      });
      layout.one('layoutstop', () => {
        // a handful of nodes should not be blown up to fill the canvas
        if (cy.zoom() > 1.4) { cy.zoom(1.4); cy.center(visible); }
        resolve();
      });
      try {
        layout.run();
      } catch (e) {
        // a failed layout must not leave the page busy: fall back to a plain grid
        console.warn('fcose failed, using a grid', e);
        visible.layout({name: 'grid', fit: true, padding: 30}).run();
        resolve();
      }
    });
  }

  function describeGraph() {
    const nodes = cy.nodes().not('.filtered');
    const events = nodes.filter('[kind = "Event"]').length;
    const more = cy.nodes('[kind = "More"]').toArray().reduce((a, n) => a + n.data('count'), 0);
    setGraphStatus(`${nodes.length - cy.nodes('[kind = "More"]').not('.filtered').length} nodes shown (${events} events)`
      + (more ? `; ${more} more left out — click a "+N more" node to load more` : '')
      + (viewFull ? `. The view is full (${VIEW_CAP} nodes): centre on a node to explore from there.` : ''), false);
  }

  function eventPasses(status, type, date) {
    if (!state.statuses.has(status) && status !== 'UNKNOWN') return false;
    if (state.type && type !== state.type) return false;
    if (date && (state.from || state.to)) {
      const d = String(date);
      const start = (d + '-01-01').slice(0, 10);
      const end = d.length >= 10 ? d.slice(0, 10) : d.length === 7 ? d + '-31' : d.slice(0, 4) + '-12-31';
      if (state.from && end < state.from) return false;
      if (state.to && start > state.to) return false;
    }
    return true;
  }

  /** Hides the events the filters exclude (their edges go with them). */
  function applyFilters() {
    if (!cy) return;
    cy.batch(() => {
      cy.nodes('[kind = "Event"]').forEach(n => {
        n.toggleClass('filtered', !eventPasses(n.data('status'), n.data('type'), n.data('date')));
      });
      // articles and claims are the evidence trail: shown on request, the panel lists them anyway
      cy.nodes('[kind = "Article"], [kind = "Claim"]').toggleClass('filtered', !state.documents);
      cy.nodes('[kind = "More"]').forEach(n => n.toggleClass('filtered', cy.getElementById(n.data('of')).hasClass('filtered')));
    });
    renderTimeline();
  }

  function onNodeTap(node) {
    const d = node.data();
    if (d.kind === 'More') { expand(d.of); return; }
    if (d.kind === 'Event') { openEvent(d.id, true); return; }
    showEntity(d.id, d.kind);
  }

  function onNodeExpand(node) {
    const d = node.data();
    if (d.kind === 'More') return; // a single tap already expands it
    expand(d.id);
  }

  // ---------------------------------------------------------------- search with suggestions

  let suggestions = [];
  let activeSuggestion = -1;
  let searchTimer = null;
  let searchSeq = 0;

  async function searchEntities(q, kinds = ['actors', 'factions', 'places'], limit = 6) {
    const answers = await Promise.all(kinds.map(k =>
      get(`/api/${k}` + qs({q, limit})).then(items).catch(() => [])));
    return answers.flatMap((list, i) => list.map(it => ({...it, kind: KIND_BY_API[kinds[i]]})));
  }

  function renderSuggestions() {
    const list = $('#suggestions');
    const input = $('#search-input');
    list.replaceChildren(...suggestions.map((it, i) => h('li', {
      id: `suggestion-${i}`, role: 'option', class: 'suggestion', 'aria-selected': String(i === activeSuggestion),
      dataset: {id: it.id, kind: it.kind},
      onmousedown: ev => { ev.preventDefault(); choose(i); },
    }, h('span', {class: `kind-tag kind-${it.kind}`}, it.kind.toLowerCase()), ' ', h('strong', {}, it.name),
      asList(it.aliases).length ? h('span', {class: 'aliases'}, ' aka ' + asList(it.aliases).slice(0, 4).join(', ')) : null)));
    const open = suggestions.length > 0;
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (activeSuggestion >= 0) input.setAttribute('aria-activedescendant', `suggestion-${activeSuggestion}`);
    else input.removeAttribute('aria-activedescendant');
  }

  function choose(i) {
    const it = suggestions[i];
    if (!it) return;
    suggestions = [];
    activeSuggestion = -1;
    renderSuggestions();
    $('#search-input').value = it.name;
    selectEntity(String(it.id), it.kind);
  }

  function initSearch() {
    const input = $('#search-input');
    input.addEventListener('input', () => {
      clearTimeout(searchTimer);
      const q = input.value.trim();
      if (!q) { suggestions = []; renderSuggestions(); return; }
      searchTimer = setTimeout(async () => {
        const seq = ++searchSeq;
        const found = await searchEntities(q);
        if (seq !== searchSeq) return;
        suggestions = found;
        activeSuggestion = found.length ? 0 : -1;
        renderSuggestions();
        if (!found.length) setGraphStatus(`Nothing found for “${q}”.`, false);
      }, 180);
    });
    input.addEventListener('keydown', ev => {
      if (ev.key === 'ArrowDown' && suggestions.length) {
        activeSuggestion = (activeSuggestion + 1) % suggestions.length; renderSuggestions(); ev.preventDefault();
      } else if (ev.key === 'ArrowUp' && suggestions.length) {
        activeSuggestion = (activeSuggestion - 1 + suggestions.length) % suggestions.length; renderSuggestions(); ev.preventDefault();
      } else if (ev.key === 'Enter') {
        ev.preventDefault();
        if (activeSuggestion >= 0) choose(activeSuggestion);
      } else if (ev.key === 'Escape') {
        suggestions = []; renderSuggestions();
      }
    });
    input.addEventListener('blur', () => setTimeout(() => { suggestions = []; renderSuggestions(); }, 150));
    // "/" jumps to the search box from anywhere but a text field
    document.addEventListener('keydown', ev => {
      if (ev.key === '/' && !/^(INPUT|SELECT|TEXTAREA)$/.test(document.activeElement.tagName)) {
        ev.preventDefault();
        input.focus();
      }
    });
  }

  // ---------------------------------------------------------------- selecting, panel, timeline

  let timelineEvents = [];

  async function selectEntity(id, kind, push = true) {
    state.entity = id;
    state.kind = kind || state.kind;
    state.event = null;
    if (push) pushState();
    await Promise.all([loadGraph(), showEntity(id, state.kind), loadTimeline()]);
  }

  const panel = () => $('#panel');

  function setPanel(...children) {
    panel().replaceChildren(...children.flat(Infinity).filter(c => c !== null && c !== undefined && c !== false));
  }

  function statusBadge(status) {
    const st = statusOf(status);
    return h('span', {class: `status-badge status-${st.id}`, title: st.hint},
      h('span', {'aria-hidden': 'true', class: 'glyph'}, st.glyph), ' ', st.label);
  }

  async function showEntity(id, kind) {
    kind = kind || (cy.getElementById(id).nonempty() ? cy.getElementById(id).data('kind') : null) || 'Actor';
    const k = KINDS[kind] || KINDS.Actor;
    setPanel(h('p', {class: 'muted'}, 'Loading…'));
    let entity;
    try {
      entity = k.api ? await get(`/api/${k.api}/${encodeURIComponent(id)}`) : {id, name: id};
    } catch (e) {
      const node = cy.getElementById(id);
      entity = {id, name: node.nonempty() ? node.data('name') : id, error: e.message};
    }
    let events = asList(entity.events);
    if (k.param) {
      try { events = items(await get('/api/events' + qs({[k.param]: id, limit: 200}))); } catch (e) { /* keep the page's own */ }
    }
    renderEntityPanel(entity, kind, events);
  }

  function renderEntityPanel(entity, kind, events) {
    const id = String(entity.id);
    const aliases = asList(entity.aliases);
    const roles = asList(entity.roles);
    const factions = asList(entity.factions).map(nameOf);
    const relations = asList(pick(entity, 'relations', 'relationships'));
    const node = cy.getElementById(id);
    const neighbours = node.nonempty() ? node.neighborhood('node').not('[kind = "More"]').not('.filtered') : cy.collection();
    const more = cy.getElementById(`more:${id}`);

    const children = [
      h('h2', {id: 'panel-title', tabindex: '-1'}, h('span', {class: `kind-tag kind-${kind}`}, kind.toLowerCase()), ' ', entity.name || id),
      entity.error ? h('p', {class: 'error'}, `Details unavailable: ${entity.error}`) : null,
      entity.kind && typeof entity.kind === 'string' && !KINDS[entity.kind] ? h('p', {}, h('strong', {}, 'Kind: '), humanise(entity.kind)) : null,
      h('dl', {class: 'facts'},
        h('dt', {}, 'Also known as'), h('dd', {class: 'aliases-list'}, aliases.length ? aliases.join(' · ') : '—'),
        kind === 'Actor' ? [h('dt', {}, 'Roles'), h('dd', {}, roles.length ? roles.join(' · ') : '—')] : null,
        kind === 'Actor' ? [h('dt', {}, 'Factions'), h('dd', {}, factionsOf(entity, relations, factions))] : null),
      h('div', {class: 'actions'},
        id !== state.entity ? h('button', {type: 'button', onclick: () => selectEntity(id, kind)}, 'Centre the view here') : null,
        h('button', {type: 'button', onclick: () => expand(id)}, 'Expand neighbours'),
        more.nonempty() ? h('button', {type: 'button', id: 'show-more', dataset: {of: id}, onclick: () => expand(id)}, `Show more (${more.data('count')} left out)`) : null),
      relations.length ? [h('h3', {}, `Relations (${relations.length})`),
        h('ul', {class: 'relations'}, relations.slice(0, 50).map(r => relationItem(r, id))),
        relations.length > 50 ? h('p', {class: 'muted'}, `${relations.length - 50} more not listed: expand the node to browse them.`) : null] : null,
      h('h3', {}, `Events (${events.length})`),
      events.length ? h('ul', {class: 'events'}, events.slice(0, 50).map(eventItem)) : h('p', {class: 'muted'}, 'No events.'),
      events.length > 50 ? h('p', {class: 'muted'}, `${events.length - 50} more: see the timeline.`) : null,
      neighbours.length ? [h('h3', {}, `In this view (${neighbours.length})`), h('ul', {class: 'neighbours'}, neighbours.sort(byKindThenName).slice(0, 40).map(n =>
        h('li', {}, h('button', {type: 'button', class: 'link', onclick: () => onNodeTap(n)},
          n.data('kind') === 'Event' ? statusBadge(n.data('status')) : h('span', {class: `kind-tag kind-${n.data('kind')}`}, n.data('kind').toLowerCase()),
          ' ', n.data('name')))))] : null,
      analystMergeForm(id, kind),
    ];
    setPanel(...children);
    cy.nodes().unselect();
    if (node.nonempty()) node.select();
  }

  /* entities before events, so the keyboard list of a hub starts with what matters */
  const byKindThenName = (a, b) => (a.data('kind') === 'Event') - (b.data('kind') === 'Event')
    || String(a.data('name')).localeCompare(String(b.data('name')));

  function factionsOf(entity, relations, factions) {
    const fromRelations = relations.filter(r => ['MEMBER_OF', 'LEADS', 'COMMANDS', 'DEPUTY_OF', 'LOYAL_TO'].includes(String(r.type).toUpperCase()))
      .map(r => relationOther(r, String(entity.id))).filter(o => o && o.kind !== 'Actor' && o.kind !== 'Place').map(o => o.name);
    const all = [...new Set([...factions, ...fromRelations].filter(Boolean))];
    return all.length ? all.join(' · ') : '—';
  }

  /** The other end of a relation of the entity {@code selfId}, whatever way the API spells it. */
  function relationOther(r, selfId) {
    if (r.other) return {id: String(pick(r.other, 'id')), name: nameOf(r.other), kind: nodeKindOf(r.other), out: r.direction !== 'IN'};
    const from = pick(r, 'from', 'source', 'start');
    const to = pick(r, 'to', 'target', 'end');
    const fromId = from && typeof from === 'object' ? String(from.id) : String(from);
    const out = fromId === selfId || nameOf(from) === selfId;
    const other = out ? to : from;
    if (other === undefined) return null;
    return {id: typeof other === 'object' ? String(other.id) : String(other), name: nameOf(other) || String(other),
      kind: typeof other === 'object' ? nodeKindOf(other) : null, out};
  }

  function relationItem(r, selfId) {
    const o = relationOther(r, selfId) || {name: '?'};
    const type = humanise(r.type);
    const when = [r.since && `since ${r.since}`, r.until && `until ${r.until}`, r.ended && 'ended'].filter(Boolean).join(', ');
    const evidence = asList(pick(r, 'claims', 'evidence'));
    return h('li', {},
      o.out === false ? [h('strong', {}, o.name), ` ${type} this`] : [`${type} `, h('strong', {}, o.name)],
      when ? h('span', {class: 'muted'}, ` (${when})`) : null,
      evidence.length ? h('span', {class: 'muted'}, ` · ${evidence.length} source sentence${evidence.length > 1 ? 's' : ''}`) : null,
      o.id && o.kind && KINDS[o.kind] && KINDS[o.kind].api
        ? h('button', {type: 'button', class: 'small', onclick: () => selectEntity(o.id, o.kind), 'aria-label': `Centre the view on ${o.name}`}, 'centre') : null);
  }

  function eventItem(ev) {
    const status = pick(ev, 'status', 'reviewStatus', 'derivedStatus');
    return h('li', {class: eventPasses(statusOf(status).id, ev.type, ev.date) ? '' : 'dimmed'},
      h('button', {type: 'button', class: 'link event-link', dataset: {event: ev.id}, onclick: () => openEvent(String(ev.id), true)},
        statusBadge(status), ' ', humanise(ev.type), ev.date ? ` · ${ev.date}` : '', ev.summary ? ` — ${ev.summary}` : ''));
  }

  async function openEvent(id, push) {
    state.event = id;
    if (push) pushState();
    await showEvent(id);
  }

  async function showEvent(id) {
    setPanel(h('p', {class: 'muted'}, 'Loading the event…'));
    let ev;
    try {
      ev = await get(`/api/events/${encodeURIComponent(id)}`);
    } catch (e) {
      setPanel(h('p', {class: 'error'}, `Could not load the event: ${e.message}`));
      return;
    }
    if (state.event !== id) return;
    const claims = asList(ev.claims);
    const history = asList(pick(ev, 'statusHistory', 'history', 'statusChanges'));
    const status = pick(ev, 'status', 'reviewStatus', 'derivedStatus');
    const fat = ev.fatalities || (ev.fatalitiesLow !== undefined || ev.fatalitiesHigh !== undefined
      ? {low: ev.fatalitiesLow, high: ev.fatalitiesHigh} : null);
    const participants = [['Perpetrators', pick(ev, 'perpetrators')], ['Targets', pick(ev, 'targets', 'victims')],
      ['Involved', pick(ev, 'participants', 'involved')], ['Place', pick(ev, 'place', 'places')]]
      .filter(([, v]) => asList(v).length);
    setPanel(
      h('h2', {id: 'panel-title', tabindex: '-1'}, statusBadge(status), ' ', humanise(ev.type) || 'event', ev.date ? ` · ${ev.date}` : ''),
      ev.summary ? h('p', {class: 'summary'}, ev.summary) : null,
      h('dl', {class: 'facts'},
        h('dt', {}, 'Status'), h('dd', {}, statusBadge(status),
          ev.derivedStatus && ev.reviewStatus ? h('span', {class: 'muted'}, ` (derived: ${humanise(ev.derivedStatus)}; analyst: ${humanise(ev.reviewStatus)})`) : null),
        fat && (fat.low != null || fat.high != null) ? [h('dt', {}, 'Fatalities'), h('dd', {}, fat.low === fat.high ? fat.low : `${fat.low ?? '?'}–${fat.high ?? '?'}`)] : null,
        participants.map(([label, v]) => [h('dt', {}, label), h('dd', {}, asList(v).map((ref, i) => [i ? ' · ' : '', entityRef(ref)]))])),
      analystReviewForm(ev),
      h('h3', {}, `Claims (${claims.length})`),
      claims.length ? h('ol', {class: 'claims'}, claims.map(claimItem)) : h('p', {class: 'muted'}, 'No claims.'),
      h('h3', {}, 'Status history'),
      history.length ? h('table', {class: 'history'},
        h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, 'from'), h('th', {scope: 'col'}, 'to'), h('th', {scope: 'col'}, 'rule'), h('th', {scope: 'col'}, 'when'))),
        h('tbody', {}, history.map(c => h('tr', {},
          h('td', {}, c.from ? statusBadge(c.from) : '—'), h('td', {}, statusBadge(c.to)),
          h('td', {class: 'rule'}, pick(c, 'rule', 'reason') || '—'), h('td', {}, fmtWhen(pick(c, 'at', 'when'))))))) : h('p', {class: 'muted'}, 'No changes recorded.'),
      state.entity ? h('div', {class: 'actions'}, h('button', {type: 'button', onclick: () => backToEntity()}, 'Back to the selected entity')) : null,
    );
    cy.nodes().unselect();
    cy.getElementById(id).select();
  }

  /** A participant of an event: a button that centres the view on it when the API says what it is. */
  function entityRef(ref) {
    if (!ref || typeof ref !== 'object' || ref.id === undefined) return nameOf(ref);
    const kind = nodeKindOf(ref);
    if (!KINDS[kind] || !KINDS[kind].api) return nameOf(ref);
    return h('button', {type: 'button', class: 'link', onclick: () => selectEntity(String(ref.id), kind),
      title: `Centre the view on this ${kind.toLowerCase()}`}, nameOf(ref));
  }

  function backToEntity() {
    state.event = null;
    pushState();
    showEntity(state.entity, state.kind);
  }

  const fmtWhen = v => v ? String(v).replace('T', ' ').replace(/\.\d+/, '').slice(0, 19) : '';

  /** Where the cue is inside the sentence: the offsets if they fit (absolute or sentence-relative), else by text. */
  function cueRange(c) {
    const sentence = c.sentence || '';
    const cue = c.cue || '';
    const a = pick(c, 'cueStart', 'cue_start');
    const b = pick(c, 'cueEnd', 'cue_end');
    const base = pick(c, 'sentenceStart', 'sentence_start');
    const fits = (x, y) => x >= 0 && y <= sentence.length && x < y;
    if (Number.isInteger(a) && Number.isInteger(b)) {
      for (const off of [base, 0]) {
        if (!Number.isInteger(off)) continue;
        const x = a - off, y = b - off;
        if (fits(x, y) && (!cue || sentence.slice(x, y).toLowerCase() === cue.toLowerCase())) return [x, y];
      }
    }
    if (cue) {
      const i = sentence.toLowerCase().indexOf(cue.toLowerCase());
      if (i >= 0) return [i, i + cue.length];
    }
    if (Number.isInteger(a) && Number.isInteger(b) && Number.isInteger(base) && fits(a - base, b - base)) return [a - base, b - base];
    return null;
  }

  function claimItem(c) {
    const source = c.source && typeof c.source === 'object' ? c.source : {name: pick(c, 'source', 'sourceName')};
    const article = c.article && typeof c.article === 'object' ? c.article
      : {id: pick(c, 'articleId'), title: pick(c, 'articleTitle', 'title'), outlet: c.outlet, published: pick(c, 'published', 'articleDate'), url: c.url};
    const stance = String(c.stance || '').toUpperCase();
    const st = STANCES[stance] || {glyph: '·', label: humanise(stance)};
    const sentence = c.sentence || '';
    const range = cueRange(c);
    const sentenceEl = range
      ? h('blockquote', {class: 'sentence'}, sentence.slice(0, range[0]), h('mark', {class: 'cue'}, sentence.slice(range[0], range[1])), sentence.slice(range[1]))
      : h('blockquote', {class: 'sentence'}, sentence || '(no sentence stored)');
    const link = article.url || (article.id ? `/api/articles/${encodeURIComponent(article.id)}` : null);
    const speaksFor = pick(source, 'speaksFor', 'speaks_for');
    return h('li', {class: `claim stance-${stance}`, dataset: {stance}},
      h('div', {class: 'claim-head'},
        h('span', {class: `stance-badge stance-${stance}`}, h('span', {'aria-hidden': 'true'}, st.glyph), ' ', st.label),
        ' ', h('strong', {class: 'source'}, nameOf(source) || 'unknown source'),
        source.kind ? h('span', {class: 'muted'}, ` (${humanise(source.kind)}${speaksFor ? ', for ' + nameOf(speaksFor) : ''})`) : null,
        c.cue ? [' · cue: ', h('q', {class: 'cue-word'}, c.cue)] : null),
      sentenceEl,
      h('p', {class: 'article'},
        link ? h('a', {href: link, target: '_blank', rel: 'noopener'}, article.title || 'article') : (article.title || 'article'),
        article.outlet ? ` · ${article.outlet}` : '', article.published ? ` · ${article.published}` : ''));
  }

  // timeline strip: the selected entity's events on a time axis (SVG, no library)

  async function loadTimeline() {
    timelineEvents = [];
    const k = KINDS[state.kind] || {};
    if (state.entity && k.param) {
      try { timelineEvents = items(await get('/api/events' + qs({[k.param]: state.entity, limit: 500}))); } catch (e) { timelineEvents = []; }
    }
    renderTimeline();
  }

  const dayOf = d => {
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(String(d || ''));
    return m ? Date.UTC(+m[1], (+m[2] || 1) - 1, +m[3] || 1) : null;
  };

  function renderTimeline() {
    const body = $('#timeline-body');
    if (!state.entity) return;
    const shown = timelineEvents.filter(e => eventPasses(statusOf(pick(e, 'status', 'reviewStatus', 'derivedStatus')).id, e.type, e.date));
    const dated = shown.filter(e => dayOf(e.date) !== null).sort((a, b) => dayOf(a.date) - dayOf(b.date));
    const undated = shown.length - dated.length;
    if (!dated.length) {
      body.replaceChildren(h('p', {class: 'muted'}, shown.length ? `${undated} undated event(s).` : 'No events match the filters.'));
      return;
    }
    const width = Math.max(300, body.clientWidth || 600), height = 64, pad = 24;
    const t0 = dayOf(dated[0].date), t1 = dayOf(dated[dated.length - 1].date);
    const span = Math.max(1, t1 - t0);
    const x = t => t0 === t1 ? width / 2 : pad + (t - t0) / span * (width - 2 * pad);
    const marks = dated.slice(0, 500).map((e, i) => {
      const st = statusOf(pick(e, 'status', 'reviewStatus', 'derivedStatus'));
      const cx = x(dayOf(e.date)), cy0 = 24 + (i % 3) * 8;
      const label = `${st.label} ${humanise(e.type)} ${e.date}${e.summary ? ': ' + e.summary : ''}`;
      const open = () => openEvent(String(e.id), true);
      return s('g', {class: 'mark', tabindex: '0', role: 'button', 'aria-label': label, 'data-event': e.id,
        onclick: open, onkeydown: ev => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); open(); } }},
        s('title', {}, label),
        s('circle', {cx, cy: cy0, r: 7, fill: st.color, stroke: '#111', 'stroke-width': st.border === 'double' ? 3 : 1.5,
          'stroke-dasharray': st.border === 'dashed' ? '3 2' : st.border === 'dotted' ? '1 2' : null}),
        s('text', {x: cx, y: cy0 + 3.5, 'text-anchor': 'middle', 'font-size': 9, fill: '#000', 'aria-hidden': 'true'}, st.glyph));
    });
    const svg = s('svg', {width, height, viewBox: `0 0 ${width} ${height}`, role: 'group', 'aria-label': `${dated.length} dated events`},
      s('line', {x1: pad, x2: width - pad, y1: 52, y2: 52, stroke: '#555'}),
      s('text', {x: pad, y: 62, 'font-size': 10, fill: '#333'}, dated[0].date),
      s('text', {x: width - pad, y: 62, 'font-size': 10, fill: '#333', 'text-anchor': 'end'}, dated[dated.length - 1].date),
      marks);
    body.replaceChildren(svg, undated ? h('p', {class: 'muted'}, `and ${undated} undated event(s)`) : '');
  }

  // ---------------------------------------------------------------- analyst actions

  const canAct = () => auth.open || !!auth.header;

  function analystReviewForm(ev) {
    if (!canAct()) return h('p', {class: 'muted'}, 'Log in as an analyst to confirm or refute this event.');
    const note = h('input', {id: 'review-note', type: 'text', placeholder: 'why (kept in the audit trail)'});
    const msg = h('p', {class: 'action-result', role: 'status'});
    const send = async status => {
      try {
        await api('PUT', `/api/events/${encodeURIComponent(ev.id)}/review`, {status, note: note.value || null});
        await refreshAfterChange();
        const m = $('.action-result'); if (m) m.textContent = status ? `Marked ${status.toLowerCase()}.` : 'Review undone.';
      } catch (e) {
        msg.textContent = e.status === 403 ? 'Your account lacks the analyst role.' : `Failed: ${e.message}`;
      }
    };
    return h('fieldset', {class: 'analyst'}, h('legend', {}, 'Analyst review'),
      h('label', {for: 'review-note'}, 'Note '), note,
      h('div', {class: 'actions'},
        h('button', {type: 'button', id: 'review-confirm', onclick: () => send('CONFIRMED')}, '✓ Confirm'),
        h('button', {type: 'button', id: 'review-refute', onclick: () => send('REFUTED')}, '✗ Refute'),
        ev.reviewStatus ? h('button', {type: 'button', id: 'review-undo', onclick: () => send(null)}, 'Undo review') : null),
      msg);
  }

  function analystMergeForm(id, kind) {
    if (!canAct() || !KINDS[kind] || !KINDS[kind].api) return null;
    const input = h('input', {id: 'merge-search', type: 'search', autocomplete: 'off', placeholder: `another ${kind.toLowerCase()}`});
    const note = h('input', {id: 'merge-note', type: 'text', placeholder: 'why they are the same'});
    const list = h('ul', {class: 'merge-candidates', role: 'listbox', 'aria-label': 'Candidates'});
    const msg = h('p', {class: 'action-result', role: 'status'});
    let chosen = null;
    let timer = null;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const q = input.value.trim();
        const found = q ? (await searchEntities(q, [KINDS[kind].api], 8)).filter(x => String(x.id) !== id) : [];
        list.replaceChildren(...found.map(f => h('li', {}, h('button', {type: 'button', class: 'link', onclick: () => {
          chosen = f; input.value = f.name; list.replaceChildren(); msg.textContent = `Will merge “${f.name}” into this ${kind.toLowerCase()}.`;
        }}, f.name, asList(f.aliases).length ? ` (aka ${asList(f.aliases).slice(0, 3).join(', ')})` : ''))));
      }, 180);
    });
    const merge = async () => {
      if (!chosen) { msg.textContent = 'Pick the entity to merge first.'; return; }
      try {
        await api('POST', `/api/entities/${encodeURIComponent(id)}/merge`, {otherId: chosen.id, note: note.value || null});
        if (state.entity === String(chosen.id)) state.entity = id;
        pushState();
        await refreshAfterChange();
        showEntity(id, kind);
      } catch (e) {
        msg.textContent = e.status === 403 ? 'Your account lacks the analyst role.' : `Merge failed: ${e.message}`;
      }
    };
    return h('fieldset', {class: 'analyst'}, h('legend', {}, 'Merge a duplicate into this one'),
      h('label', {for: 'merge-search'}, 'Duplicate '), input, list,
      h('label', {for: 'merge-note'}, 'Note '), note,
      h('div', {class: 'actions'}, h('button', {type: 'button', id: 'merge-submit', onclick: merge}, 'Merge')), msg);
  }

  async function refreshAfterChange() {
    await Promise.all([loadGraph(), loadTimeline()]);
    if (state.event) await showEvent(state.event);
  }

  // ---------------------------------------------------------------- login

  function renderAccount() {
    const loggedIn = !!auth.header;
    $('#login-form').hidden = loggedIn || auth.open;
    $('#logged-in').hidden = !loggedIn && !auth.open;
    $('#logout').hidden = !loggedIn;
    $('#who').textContent = loggedIn ? `Logged in as ${auth.user}` : auth.open ? 'Open service: no login needed' : '';
  }

  function initLogin() {
    $('#login-form').addEventListener('submit', async ev => {
      ev.preventDefault();
      const user = $('#login-user').value.trim();
      const password = $('#login-password').value;
      const header = 'Basic ' + btoa(unescape(encodeURIComponent(user + ':' + password)));
      try {
        await api('GET', '/api/actors?limit=1&q=a', undefined, header);
        auth.set(user, password);
        $('#login-password').value = '';
        renderAccount();
        refreshPanel();
      } catch (e) {
        setGraphStatus(e.status === 401 ? 'Wrong user name or password.' : `Login failed: ${e.message}`, false);
      }
    });
    $('#logout').addEventListener('click', () => { auth.clear(); renderAccount(); refreshPanel(); });
    renderAccount();
  }

  function refreshPanel() {
    if (state.event) showEvent(state.event);
    else if (state.entity) showEntity(state.entity, state.kind);
  }

  /** Without users configured the API is open: analysts act without logging in. */
  async function probeOpen() {
    try {
      await api('GET', '/api/actors?limit=1&q=a', undefined, null);
      auth.open = true;
      if (auth.header) auth.clear(); // an open service refuses unknown credentials: send none
    } catch (e) {
      auth.open = false;
      if (e.status === 401 && !auth.header) setGraphStatus('This service needs a login: use the form at the top right.', false);
    }
  }

  // ---------------------------------------------------------------- filters and legend

  function initFilters() {
    const box = $('#filters .statuses');
    for (const st of STATUSES) {
      box.append(h('label', {class: `status-check status-${st.id}`},
        h('input', {type: 'checkbox', name: 'status', value: st.id, id: `status-${st.id}`}),
        h('span', {'aria-hidden': 'true', class: 'glyph'}, st.glyph), ' ', st.label));
    }
    const typeSel = $('#filter-type');
    for (const t of EVENT_TYPES) typeSel.append(h('option', {value: t}, humanise(t)));
    $('#filters').addEventListener('change', ev => {
      const t = ev.target;
      if (t.name === 'status') {
        if (t.checked) state.statuses.add(t.value); else state.statuses.delete(t.value);
      } else if (t.id === 'filter-type') state.type = t.value;
      else if (t.id === 'filter-from') state.from = t.value;
      else if (t.id === 'filter-to') state.to = t.value;
      else if (t.id === 'filter-documents') {
        state.documents = t.checked;
        pushState();
        applyFilters();
        runLayout(false).then(describeGraph);
        return;
      }
      else if (t.id === 'filter-depth') {
        state.depth = t.value === '2' ? 2 : 1;
        pushState();
        loadGraph();
        return;
      }
      pushState();
      applyFilters();
      describeGraph();
      if (!state.event && state.entity) showEntity(state.entity, state.kind);
    });
    $('#filters').addEventListener('submit', ev => ev.preventDefault());
    $('#filters-reset').addEventListener('click', () => {
      Object.assign(state, {statuses: new Set(STATUSES.map(x => x.id)), type: '', from: '', to: '', documents: false});
      syncFilterControls();
      pushState();
      applyFilters();
      describeGraph();
    });
  }

  function syncFilterControls() {
    for (const st of STATUSES) $(`#status-${st.id}`).checked = state.statuses.has(st.id);
    $('#filter-type').value = state.type;
    $('#filter-from').value = state.from;
    $('#filter-to').value = state.to;
    $('#filter-depth').value = String(state.depth);
    $('#filter-documents').checked = state.documents;
  }

  function legendSwatch(kind) {
    const k = KINDS[kind];
    const shapes = {
      ellipse: s('circle', {cx: 10, cy: 10, r: 8}),
      hexagon: s('polygon', {points: '5,3 15,3 19,10 15,17 5,17 1,10'}),
      'round-triangle': s('polygon', {points: '10,2 19,18 1,18'}),
      vee: s('polygon', {points: '1,3 10,10 19,3 10,18'}),
      'round-rectangle': s('rect', {x: 2, y: 4, width: 16, height: 12, rx: 3}),
      rectangle: s('rect', {x: 1, y: 5, width: 18, height: 10, 'stroke-dasharray': '3 2'}),
    };
    const shape = shapes[k.shape];
    shape.setAttribute('fill', k.color);
    shape.setAttribute('stroke', '#333');
    return s('svg', {width: 20, height: 20, 'aria-hidden': 'true'}, shape);
  }

  function renderLegend() {
    const kinds = h('ul', {class: 'legend-list'}, Object.entries(KINDS).filter(([kind]) => !['Article', 'Claim'].includes(kind)).map(([kind, k]) =>
      h('li', {}, legendSwatch(kind), ' ', k.label)));
    const statuses = h('ul', {class: 'legend-list'}, STATUSES.map(st => h('li', {},
      s('svg', {width: 20, height: 20, 'aria-hidden': 'true'},
        s('rect', {x: 2, y: 4, width: 16, height: 12, rx: 3, fill: st.color, stroke: '#111',
          'stroke-width': st.border === 'double' ? 3 : 2,
          'stroke-dasharray': st.border === 'dashed' ? '4 2' : st.border === 'dotted' ? '1 2' : null})),
      ' ', h('strong', {class: 'glyph'}, st.glyph), ` ${st.label} — ${st.hint} (${st.border} border)`)));
    const relations = h('ul', {class: 'legend-list'}, Object.entries(RELATIONS).map(([type, r]) => h('li', {},
      s('svg', {width: 34, height: 12, 'aria-hidden': 'true'},
        s('line', {x1: 1, x2: 33, y1: 6, y2: 6, stroke: r.color, 'stroke-width': Math.min(3, r.width),
          'stroke-dasharray': r.style === 'dashed' ? '5 3' : r.style === 'dotted' ? '1 3' : null})),
      ' ', humanise(type))));
    $('#legend-body').replaceChildren(
      h('div', {}, h('h3', {}, 'Nodes'), kinds),
      h('div', {}, h('h3', {}, 'Event status'), statuses),
      h('div', {}, h('h3', {}, 'Relations'), relations));
  }

  // ---------------------------------------------------------------- start and history

  async function applyUrl() {
    const next = readUrl();
    const entityChanged = next.entity !== state.entity || next.depth !== state.depth;
    Object.assign(state, next);
    syncFilterControls();
    if (entityChanged) {
      await Promise.all([loadGraph(), loadTimeline()]);
    } else {
      applyFilters();
      if (state.entity) describeGraph();
    }
    if (state.event) await showEvent(state.event);
    else if (state.entity) await showEntity(state.entity, state.kind);
    else setPanel(h('p', {class: 'muted'}, 'Search for an actor, faction or place to begin.'));
  }

  async function start() {
    renderLegend();
    initCy();
    initSearch();
    initFilters();
    initLogin();
    window.addEventListener('popstate', () => applyUrl());
    document.body.dataset.graph = 'ready';
    await probeOpen();
    renderAccount();
    await applyUrl();
    document.body.dataset.started = 'true';
  }

  window.conflictGraphView = {state, expand, selectEntity, openEvent, RENDER_CAP, VIEW_CAP};
  start();
})();
