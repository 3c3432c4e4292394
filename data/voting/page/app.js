// ArchBoard voting page. Static: every text from the server is inserted with
// textContent, never as HTML. docs/workshop-voting.md describes the protocol.
'use strict';

(function () {
  const base = location.pathname.replace(/[^/]*$/, '');
  const token = base.split('/')[1] || '';
  const key = (name) => 'archboard-vote:' + token + ':' + name;

  const el = (id) => document.getElementById(id);
  const make = (tag, className, text) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  };

  // --- storage (kept per session token; private browsing may refuse it) ---
  const load = (name, fallback) => {
    try {
      const v = localStorage.getItem(key(name));
      return v === null ? fallback : JSON.parse(v);
    } catch (e) {
      return fallback;
    }
  };
  const save = (name, value) => {
    try {
      if (value === null) localStorage.removeItem(key(name));
      else localStorage.setItem(key(name), JSON.stringify(value));
    } catch (e) { /* the scores still travel; only a reload forgets them */ }
  };

  const newDevice = () => {
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  };

  const state = {
    texts: {},
    language: 'en',
    code: load('code', ''),
    name: load('name', ''),
    device: load('device', '') || newDevice(),
    pending: load('pending', {}), // cell key → {score, reason}: not yet acknowledged
    seq: 0,
    inFlight: {},                  // seq → cell key
    socket: null,
    retry: 500,
    screen: 'code',
    final: false,
    ballot: null,
    votes: {},                     // cell key → {score, reason} as the server has them
    round: 1,
    revealed: false,
    previous: null,
    distribution: null,
    raters: [],
    tier: '',
    error: '',
    cellState: {},
  };
  save('device', state.device);

  const t = (name, ...args) => {
    let s = state.texts[name] || name;
    args.forEach((a, i) => { s = s.split('%' + (i + 1)).join(String(a)); });
    return s;
  };

  const setStatus = (text, warn) => {
    const s = el('status');
    s.textContent = text || '';
    s.className = warn ? 'warn' : '';
  };

  const cellKey = (candidate, criterion) => candidate + '\u001f' + criterion;

  // --- connection ---
  const send = (message) => {
    if (state.socket && state.socket.readyState === WebSocket.OPEN) {
      state.socket.send(JSON.stringify(message));
      return true;
    }
    return false;
  };

  const connect = () => {
    if (state.final) return;
    const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    const socket = new WebSocket(scheme + '//' + location.host + base + 'ws');
    state.socket = socket;
    setStatus(t('connecting'));
    socket.addEventListener('open', () => {
      state.retry = 500;
      send({ type: 'hello', code: state.code });
    });
    socket.addEventListener('message', (event) => {
      let message;
      try { message = JSON.parse(event.data); } catch (e) { return; }
      handle(message);
    });
    socket.addEventListener('close', () => {
      if (state.socket !== socket) return;
      state.socket = null;
      state.inFlight = {};
      if (state.final) return;
      setStatus(t('reconnecting'), true);
      setTimeout(connect, state.retry);
      state.retry = Math.min(state.retry * 2, 5000);
    });
  };

  const sendScore = (k) => {
    const p = state.pending[k];
    if (!p) return;
    const [candidate, criterion] = k.split('\u001f');
    const seq = ++state.seq;
    const message = { type: 'score', seq, candidate, criterion, score: p.score > 0 ? p.score : null };
    if (p.score > 0 && p.reason) message.reason = p.reason;
    // Unsent (no connection) stays pending only: the rejoin sends it.
    if (send(message)) state.inFlight[seq] = k;
  };

  const resendPending = () => {
    Object.keys(state.pending).forEach((k) => {
      const [candidate, criterion] = k.split('\u001f');
      if (state.ballot && state.ballot.candidates.some((c) => c.id === candidate)
          && state.ballot.criteria.some((c) => c.id === criterion)) sendScore(k);
      else delete state.pending[k];
    });
    save('pending', state.pending);
  };

  const handle = (m) => {
    switch (m.type) {
      case 'welcome':
        state.tier = m.tier || '';
        state.raters = Array.isArray(m.raters) ? m.raters : [];
        save('code', state.code);
        if (state.name) send({ type: 'join', name: state.name, device: state.device });
        else show('name');
        setStatus(t('connected'));
        break;
      case 'ballot':
        state.ballot = m.ballot;
        state.round = m.round;
        state.revealed = !!m.revealed;
        state.previous = m.previous || null;
        state.distribution = m.distribution || null;
        state.name = m.name;
        save('name', state.name);
        state.votes = {};
        (m.votes || []).forEach((v) => { state.votes[cellKey(v.candidate, v.criterion)] = { score: v.score, reason: v.reason || '' }; });
        if (!state.revealed) resendPending();
        setStatus(t('connected'));
        show('ballot');
        break;
      case 'ack': {
        const k = state.inFlight[m.seq];
        delete state.inFlight[m.seq];
        if (k && state.pending[k]) {
          state.votes[k] = state.pending[k];
          if (!Object.values(state.inFlight).includes(k)) delete state.pending[k];
          save('pending', state.pending);
          state.cellState[k] = { text: t('saved'), warn: false };
          updateCell(k);
        }
        updateSummary();
        break;
      }
      case 'pending':
        show('pending');
        break;
      case 'revealed':
        state.revealed = true;
        state.distribution = m.distribution || null;
        show('ballot');
        break;
      case 'replaced':
        state.final = true;
        save('name', null);
        show('message', t('replaced'));
        break;
      case 'closed':
        state.final = true;
        save('pending', null);
        show('message', t('closed'));
        break;
      case 'error':
        onError(m);
        break;
      default:
        break;
    }
  };

  const onError = (m) => {
    const known = ['bad-code', 'too-many-attempts', 'round-closed', 'too-fast', 'bad-name', 'too-many-raters'];
    const text = known.includes(m.code) ? t('err.' + m.code) : t('err.other', m.message || m.code);
    if (m.code === 'bad-code' || m.code === 'too-many-attempts') {
      state.code = '';
      save('code', null);
      state.error = text;
      show('code');
      return;
    }
    if (m.code === 'bad-name' || m.code === 'too-many-raters') {
      state.name = '';
      save('name', null);
      state.error = text;
      show('name');
      return;
    }
    const k = state.inFlight[m.seq];
    if (k) {
      delete state.inFlight[m.seq];
      if (m.code === 'too-fast') {
        setTimeout(() => sendScore(k), 1000);
      } else {
        delete state.pending[k];
        save('pending', state.pending);
      }
      state.cellState[k] = { text, warn: true };
      updateCell(k);
    }
    setStatus(text, true);
  };

  // --- screens ---
  const main = () => el('main');

  const show = (screen, message) => {
    state.screen = screen;
    const root = main();
    root.replaceChildren();
    el('title').textContent = t('title');
    if (screen === 'code') renderCode(root);
    else if (screen === 'name') renderName(root);
    else if (screen === 'pending') root.append(make('p', 'banner', t('pending')));
    else if (screen === 'ballot') renderBallot(root);
    else if (screen === 'message') root.append(make('p', 'banner', message));
  };

  const renderCode = (root) => {
    const card = make('form', 'card');
    card.append(make('h2', null, t('joinHeading')));
    const label = make('label', null, t('codeLabel'));
    label.htmlFor = 'code';
    const input = make('input', 'code');
    input.type = 'text';
    input.id = 'code';
    input.inputMode = 'numeric';
    input.autocomplete = 'one-time-code';
    input.maxLength = 16;
    input.value = state.code;
    const button = make('button', 'primary', t('continue'));
    button.type = 'submit';
    button.id = 'continue';
    card.append(label, input, button);
    if (state.error) card.append(make('p', 'error', state.error));
    card.addEventListener('submit', (event) => {
      event.preventDefault();
      state.code = input.value.trim();
      state.error = '';
      if (!state.code) return;
      if (state.socket && state.socket.readyState === WebSocket.OPEN) send({ type: 'hello', code: state.code });
      else if (!state.socket) connect();
    });
    root.append(card);
    input.focus();
  };

  const renderName = (root) => {
    const card = make('form', 'card');
    card.append(make('h2', null, t('nameHeading')));
    if (state.tier) card.append(make('p', 'note', t('tier', state.tier)));
    const join = (name) => {
      const n = name.trim();
      if (!n) return;
      state.name = n;
      state.error = '';
      send({ type: 'join', name: n, device: state.device });
    };
    if (state.raters.length) {
      card.append(make('p', 'note', t('namePick')));
      const names = make('div', 'names');
      state.raters.forEach((name) => {
        const b = make('button', null, name);
        b.type = 'button';
        b.addEventListener('click', () => join(name));
        names.append(b);
      });
      card.append(names);
    }
    const label = make('label', null, t('nameLabel'));
    label.htmlFor = 'name';
    const input = make('input');
    input.type = 'text';
    input.id = 'name';
    input.maxLength = 60;
    input.autocomplete = 'name';
    const button = make('button', 'primary', t('join'));
    button.type = 'submit';
    button.id = 'join';
    card.append(label, input, button);
    if (state.error) card.append(make('p', 'error', state.error));
    card.addEventListener('submit', (event) => {
      event.preventDefault();
      join(input.value);
    });
    root.append(card);
  };

  const scoredCount = () => {
    let n = 0;
    const b = state.ballot;
    b.candidates.forEach((c) => b.criteria.forEach((k) => {
      const key = cellKey(c.id, k.id);
      const v = state.pending[key] || state.votes[key];
      if (v && v.score > 0) n += 1;
    }));
    return n;
  };

  const updateSummary = () => {
    const p = el('progress');
    if (p && state.ballot) p.textContent = t('progress', scoredCount(), state.ballot.candidates.length * state.ballot.criteria.length);
  };

  const histogram = (counts, label) => {
    const line = make('div', 'histogram');
    line.append(make('span', null, label + ' '));
    const most = Math.max(...counts);
    counts.forEach((n, i) => {
      const part = make(n === most && n > 0 ? 'b' : 'span', null, (i + 1) + ': ' + (n > 0 ? '\u25AE'.repeat(Math.min(n, 12)) + ' ' + n : '\u00B7'));
      line.append(part, document.createTextNode('  '));
    });
    return line;
  };

  const cells = {};

  const updateCell = (k) => {
    const view = cells[k];
    if (!view) return;
    const v = state.pending[k] || state.votes[k] || { score: 0, reason: '' };
    view.buttons.forEach((b, i) => b.setAttribute('aria-pressed', String(v.score === i + 1)));
    if (document.activeElement !== view.reason) view.reason.value = v.reason || '';
    const s = state.cellState[k];
    view.state.textContent = state.pending[k] ? t('saving') : (s ? s.text : '');
    view.state.className = 'cell-state' + (s && s.warn && !state.pending[k] ? ' warn' : '');
  };

  const setVote = (k, score, reason) => {
    state.pending[k] = { score, reason: score > 0 ? reason : '' };
    save('pending', state.pending);
    state.cellState[k] = null;
    updateCell(k);
    updateSummary();
    sendScore(k);
  };

  const renderBallot = (root) => {
    const b = state.ballot;
    if (!b) return;
    const total = b.candidates.length * b.criteria.length;
    const head = make('div', 'summary');
    head.append(make('strong', null, t('votingAs', state.name)), make('span', null, t('round', state.round)));
    root.append(head);
    root.append(make('p', 'note', t('tier', b.tier.name)));
    const progress = make('p', 'note', t('progress', scoredCount(), total));
    progress.id = 'progress';
    root.append(progress);
    if (state.revealed) root.append(make('p', 'banner', t('revealed')));
    else root.append(make('p', 'note', t('blind')));

    if (b.measured && b.measured.length) {
      const details = make('details');
      details.append(make('summary', null, t('measured')));
      const table = make('table', 'measured');
      b.measured.forEach((m) => {
        b.candidates.forEach((c, i) => {
          const row = make('tr');
          row.append(make('th', null, m.name), make('td', null, c.name));
          const v = m.values[i];
          row.append(make('td', 'value', v === null || v === undefined ? t('noValue') : v + (m.unit ? ' ' + m.unit : '')));
          table.append(row);
        });
      });
      details.append(table);
      root.append(details);
    }

    Object.keys(cells).forEach((k) => delete cells[k]);
    b.criteria.forEach((k, ki) => {
      const section = make('section', 'criterion');
      section.append(make('h2', null, k.name));
      const meta = [];
      if (k.unit) meta.push(k.unit);
      meta.push(t(k.direction === 'lower_is_better' ? 'lower' : 'higher'));
      section.append(make('div', 'meta', meta.join(' · ')));
      if (k.description) section.append(make('p', 'description', k.description));
      b.candidates.forEach((c, ci) => {
        const kk = cellKey(c.id, k.id);
        const cell = make('div', 'cell');
        const top = make('div', 'cell-head');
        const stateLabel = make('span', 'cell-state');
        top.append(make('h3', null, c.name), stateLabel);
        cell.append(top);
        const index = ci * b.criteria.length + ki;
        if (state.previous && state.previous[index]) cell.append(histogram(state.previous[index], t('previous', state.round - 1)));
        if (state.revealed && state.distribution && state.distribution[index]) cell.append(histogram(state.distribution[index], t('previous', state.round)));
        const scores = make('div', 'scores');
        scores.setAttribute('role', 'group');
        const buttons = [];
        for (let s = 1; s <= 5; s += 1) {
          const button = make('button', null, s);
          button.type = 'button';
          button.setAttribute('aria-label', t('scoreOf', s));
          button.dataset.score = String(s);
          button.disabled = state.revealed;
          button.addEventListener('click', () => setVote(kk, s, cells[kk].reason.value.trim()));
          buttons.push(button);
          scores.append(button);
        }
        const clear = make('button', 'clear', t('clear'));
        clear.type = 'button';
        clear.disabled = state.revealed;
        clear.addEventListener('click', () => setVote(kk, 0, ''));
        scores.append(clear);
        cell.append(scores);
        const reason = make('input', 'reason');
        reason.type = 'text';
        reason.maxLength = 200;
        reason.placeholder = t('reason');
        reason.setAttribute('aria-label', t('reason'));
        reason.disabled = state.revealed;
        reason.addEventListener('change', () => {
          const v = state.pending[kk] || state.votes[kk];
          if (v && v.score > 0) setVote(kk, v.score, reason.value.trim());
        });
        cell.append(reason);
        section.append(cell);
        cells[kk] = { buttons, reason, state: stateLabel };
        updateCell(kk);
      });
      root.append(section);
    });
  };

  // --- language ---
  const pickLanguage = (config) => {
    const stored = load('language', '');
    if (stored && config.texts[stored]) return stored;
    const wanted = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
    for (const w of wanted) {
      const l = String(w).toLowerCase();
      if (l.startsWith('zh') && config.texts.zh_CN) return 'zh_CN';
      if (l.startsWith('en')) return 'en';
    }
    return config.texts[config.default] ? config.default : 'en';
  };

  const applyLanguage = (config, language) => {
    state.language = language;
    state.texts = config.texts[language] || {};
    document.documentElement.lang = language === 'zh_CN' ? 'zh-CN' : 'en';
    document.title = t('title');
    const other = Object.keys(config.texts).find((l) => l !== language);
    const button = el('language');
    if (other) {
      button.hidden = false;
      button.textContent = config.texts[other].languageName || other;
      button.onclick = null;
      button.dataset.language = other;
    }
  };

  const start = (config) => {
    applyLanguage(config, pickLanguage(config));
    el('language').addEventListener('click', () => {
      const next = el('language').dataset.language;
      save('language', next);
      applyLanguage(config, next);
      show(state.screen, state.screen === 'message' ? (state.final ? t('closed') : '') : undefined);
    });
    if (state.code) {
      show('code');
      connect();
    } else {
      show('code');
    }
  };

  fetch(base + 'config.json', { cache: 'no-store', credentials: 'omit' })
    .then((r) => r.json())
    .then(start)
    .catch(() => setStatus('ArchBoard: cannot load the page texts.', true));
})();
