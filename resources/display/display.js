// The waiting-hall page: one WebSocket to /display/feed on the host that
// served it, no polling. Every "state" message replaces what is shown; a
// "tick" carries the seq of the last state, so a page that missed one asks
// again. While the feed is down the page says so and reconnects with backoff.
// Options: ?window=3,4 shows only those windows and their calls;
// ?lines=A,B only those lines and their calls.
'use strict';

(function () {
  const params = new URLSearchParams(location.search);
  const listParam = (name) => (params.get(name) || '').split(',').map((s) => s.trim()).filter(Boolean);
  const onlyWindows = listParam('window').map(Number).filter((n) => n > 0);
  const onlyLines = listParam('lines').map((s) => s.toUpperCase());

  const FLASH_MS = 8000;
  const FRESH_MS = 8000;
  const SILENCE_MS = 35000; // three ticks missed: the connection is dead
  const MAX_DELAY_MS = 15000;

  const $ = (id) => document.getElementById(id);
  let socket = null;
  let delay = 1000;
  let lastMessageAt = 0;
  let lastSeq = -1;
  let flashedSeq = null; // calls up to this seq have been flashed (or predate the page)
  let clockOffsetMs = 0;
  let timeZone = 'Asia/Shanghai';

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function lineOf(ticket) {
    const m = /^([A-Za-z]+)/.exec(ticket || '');
    return m ? m[1].toUpperCase() : '';
  }

  function wanted(call) {
    return (onlyWindows.length === 0 || onlyWindows.includes(call.window)) &&
      (onlyLines.length === 0 || onlyLines.includes(lineOf(call.ticket)));
  }

  function setOnline(online) {
    document.body.dataset.online = online ? '1' : '0';
    $('offline').hidden = online;
  }

  function setServerTime(iso) {
    const t = Date.parse(iso);
    if (!Number.isNaN(t)) clockOffsetMs = t - Date.now();
  }

  function renderClock() {
    const now = new Date(Date.now() + clockOffsetMs);
    try {
      $('time').textContent = new Intl.DateTimeFormat('zh-CN', {
        timeZone, hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false,
      }).format(now);
      $('date').textContent = new Intl.DateTimeFormat('zh-CN', {
        timeZone, year: 'numeric', month: 'long', day: 'numeric', weekday: 'long',
      }).format(now);
    } catch (e) {
      timeZone = undefined; // an unknown zone: the screen's own
    }
  }

  function restartAnimation(node, cls) {
    node.classList.remove(cls);
    void node.offsetWidth; // so the animation starts again
    node.classList.add(cls);
  }

  function renderCalls(calls, previouslyFlashed) {
    const hero = $('hero');
    const newest = calls[0];
    $('hero-call').hidden = !newest;
    $('hero-idle').hidden = !!newest;
    if (newest) {
      $('hero-ticket').textContent = newest.ticket;
      $('hero-window').textContent = String(newest.window);
      hero.dataset.seq = String(newest.seq);
      hero.dataset.ticket = newest.ticket;
      if (newest.seq > previouslyFlashed) {
        hero.dataset.shownAt = String(Date.now());
        restartAnimation(hero, 'flash');
        clearTimeout(renderCalls.timer);
        renderCalls.timer = setTimeout(() => hero.classList.remove('flash'), FLASH_MS);
      }
    } else {
      hero.dataset.seq = '0';
      hero.dataset.ticket = '';
      hero.classList.remove('flash');
    }
    const list = $('recent');
    list.replaceChildren();
    for (const call of calls.slice(1, 9)) {
      const li = el('li', call.seq > previouslyFlashed ? 'fresh' : '');
      li.append(el('span', 'ticket', call.ticket), el('span', 'window', call.window + '号窗口'));
      list.append(li);
    }
    setTimeout(() => list.querySelectorAll('li.fresh').forEach((li) => li.classList.remove('fresh')), FRESH_MS);
  }

  function renderWindows(windows) {
    const grid = $('window-grid');
    grid.replaceChildren();
    for (const w of windows) {
      if (onlyWindows.length && !onlyWindows.includes(w.window)) continue;
      const card = el('div', 'win ' + w.state);
      card.dataset.window = String(w.window);
      card.append(el('div', 'no', w.window + '号窗口'), el('div', 'name', w.name || ''));
      if (w.state === 'called') {
        card.append(el('div', 'ticket', w.ticket), el('div', 'status', '请到本窗口'));
      } else if (w.state === 'serving') {
        card.append(el('div', 'ticket', w.ticket), el('div', 'status', '正在办理'));
      } else if (w.state === 'paused') {
        card.append(el('div', 'ticket', '暂停服务'), el('div', 'status', w.pauseReason || ''));
      } else {
        card.append(el('div', 'ticket', '空闲'), el('div', 'status', ''));
      }
      grid.append(card);
    }
  }

  function renderLines(lines) {
    const box = $('lines');
    box.replaceChildren();
    for (const l of lines) {
      if (onlyLines.length && !onlyLines.includes(l.prefix.toUpperCase())) continue;
      const item = el('span', 'line');
      item.append(el('span', 'prefix', l.prefix), el('span', 'name', l.name),
        el('span', 'count', String(l.waiting)), el('span', 'unit', '人'));
      box.append(item);
    }
  }

  function apply(state) {
    setServerTime(state.time);
    if (state.timeZone) timeZone = state.timeZone;
    if (state.hall) {
      $('hall').textContent = state.hall;
      document.title = state.hall + ' 叫号信息';
    }
    const calls = (state.calls || []).filter(wanted);
    const newestSeq = calls.length ? calls[0].seq : 0;
    // On the first state, and when the hall's history went backwards (a
    // restored database), nothing flashes: those calls were not just made.
    if (flashedSeq === null || state.seq < lastSeq) flashedSeq = newestSeq;
    const previouslyFlashed = flashedSeq;
    flashedSeq = Math.max(flashedSeq, newestSeq);
    lastSeq = state.seq;
    document.body.dataset.seq = String(state.seq);
    renderCalls(calls, previouslyFlashed);
    renderWindows(state.windows || []);
    renderLines(state.lines || []);
    renderClock();
  }

  function onMessage(ws, text) {
    lastMessageAt = Date.now();
    let m;
    try {
      m = JSON.parse(text);
    } catch (e) {
      return;
    }
    if (m.type === 'state') {
      apply(m);
    } else if (m.type === 'tick') {
      setServerTime(m.time);
      if (m.seq !== lastSeq) ws.send(JSON.stringify({ op: 'state' }));
    }
  }

  // The connection is gone (closed, or silent too long): say so, and try
  // again later. A silent socket may take minutes to report its close.
  function drop(ws) {
    if (socket !== ws) return;
    socket = null;
    setOnline(false);
    const wait = delay * (1 + Math.random() * 0.3);
    delay = Math.min(delay * 2, MAX_DELAY_MS);
    setTimeout(connect, wait);
  }

  function connect() {
    const url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/display/feed';
    const ws = new WebSocket(url);
    socket = ws;
    ws.onopen = () => {
      delay = 1000;
      lastMessageAt = Date.now();
      setOnline(true);
    };
    ws.onmessage = (ev) => {
      if (socket === ws) onMessage(ws, ev.data);
    };
    ws.onclose = () => drop(ws);
    ws.onerror = () => ws.close();
  }

  setInterval(() => {
    renderClock();
    const ws = socket;
    if (ws && ws.readyState === WebSocket.OPEN && Date.now() - lastMessageAt > SILENCE_MS) {
      drop(ws);
      ws.close();
    }
  }, 1000);
  renderClock();
  connect();
})();
