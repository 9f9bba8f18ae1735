/** The simulator page: a phone-sized chat view; pick who you are and which chat, then talk to the bot. */
export const SIM_PAGE = /* html */ `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Gom — trình mô phỏng chat</title>
<style>
  :root { --green:#0a7d5a; --bg:#e9eef2; }
  * { box-sizing: border-box; }
  body { margin:0; font:15px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; background:#cfd8dc; display:flex; justify-content:center; }
  .phone { width:100%; max-width:440px; height:100vh; display:flex; flex-direction:column; background:var(--bg); }
  header { background:var(--green); color:#fff; padding:8px 10px; display:flex; gap:6px; flex-wrap:wrap; align-items:center; }
  header h1 { font-size:16px; margin:0 8px 0 0; }
  header select { font-size:14px; padding:3px; border-radius:6px; border:0; max-width:48%; }
  #log { flex:1; overflow-y:auto; padding:10px; display:flex; flex-direction:column; gap:6px; }
  .msg { max-width:85%; padding:7px 10px; border-radius:12px; white-space:pre-wrap; word-wrap:break-word; box-shadow:0 1px 1px #0002; }
  .me { align-self:flex-end; background:#d9fdd3; }
  .bot { align-self:flex-start; background:#fff; }
  .who { font-size:12px; color:#666; margin-bottom:2px; }
  .msg img { width:100%; max-width:260px; display:block; border-radius:6px; background:#fff; }
  .btns { display:flex; flex-direction:column; gap:4px; margin-top:6px; }
  .row { display:flex; gap:4px; }
  .row button { flex:1; background:#f1f8f5; border:1px solid var(--green); color:var(--green); border-radius:8px; padding:6px; font-size:14px; cursor:pointer; }
  .edited { font-size:11px; color:#888; }
  .msg.wide { max-width:100%; width:100%; background:transparent; box-shadow:none; padding:0; }
  .cards { display:flex; gap:8px; overflow-x:auto; scroll-snap-type:x mandatory; padding:2px 2px 6px; }
  .card { flex:0 0 72%; max-width:240px; scroll-snap-align:start; background:#fff; border-radius:12px; box-shadow:0 1px 2px #0003; overflow:hidden; display:flex; flex-direction:column; }
  .card img { width:100%; max-width:none; aspect-ratio:1/1; object-fit:cover; border-radius:0; display:block; background:#f3eee6; }
  .card .noimg { aspect-ratio:1/1; display:flex; align-items:center; justify-content:center; font-size:40px; background:#f3eee6; }
  .card .body { padding:6px 8px 8px; display:flex; flex-direction:column; gap:2px; flex:1; }
  .card .title { font-weight:600; }
  .card .sub { color:#555; font-size:14px; }
  .card .btns { margin-top:auto; padding-top:4px; }
  .intro { background:#fff; border-radius:12px; padding:7px 10px; margin-bottom:6px; box-shadow:0 1px 1px #0002; display:inline-block; }
  form { display:flex; gap:6px; padding:8px; background:#fff; }
  form input { flex:1; font-size:16px; padding:8px 10px; border:1px solid #bbb; border-radius:18px; }
  form button { background:var(--green); color:#fff; border:0; border-radius:18px; padding:0 16px; font-size:15px; }
  .error { color:#b00020; }
</style>
</head>
<body>
<div class="phone">
  <header>
    <h1>Gom</h1>
    <select id="user" aria-label="Bạn là ai / Who you are">
      <option value="u1|Lan|customer">Khách Lan (customer)</option>
      <option value="u2|Hùng|customer">Khách Hùng (customer)</option>
      <option value="admin|Quản lý Mai|admin">Quản lý Mai (admin)</option>
      <option value="thu-quy|Thủ quỹ Hà|confirmer">Thủ quỹ Hà (confirmer)</option>
      <option value="ho-lan|Bà Lan|household">Hộ bà Lan (household)</option>
      <option value="ho-minh|Anh Minh|household">Hộ anh Minh (household)</option>
    </select>
    <select id="chat" aria-label="Cuộc trò chuyện / Chat">
      <option value="">Chat riêng với bot</option>
      <option value="nhom-lua">Nhóm chat "Lụa Vạn Phúc"</option>
    </select>
  </header>
  <div id="log" aria-live="polite"></div>
  <form id="f"><input id="text" autocomplete="off" placeholder="Nhắn tin… (vd: 2 khăn xanh)" aria-label="Tin nhắn"><button>Gửi</button></form>
</div>
<script>
const log = document.getElementById('log');
const userSel = document.getElementById('user');
const chatSel = document.getElementById('chat');
const byId = new Map();
// Who and where survive a reload; the chat itself is read back from the server (/sim/history).
try {
  const saved = JSON.parse(localStorage.getItem('gom-sim') || '{}');
  if (saved.user && [...userSel.options].some((o) => o.value === saved.user)) userSel.value = saved.user;
  if (saved.chat !== undefined && [...chatSel.options].some((o) => o.value === saved.chat)) chatSel.value = saved.chat;
} catch {}
function remember() { try { localStorage.setItem('gom-sim', JSON.stringify({ user: userSel.value, chat: chatSel.value })); } catch {} }
function who() { const [userId, name, role] = userSel.value.split('|'); return { userId, name, role }; }
function chatQuery() { const w = who(); return 'userId=' + encodeURIComponent(w.userId) + (chatSel.value ? '&chatId=' + encodeURIComponent(chatSel.value) : ''); }
function toBottom() { log.scrollTop = log.scrollHeight; stick = true; }
let loading = 0;
async function load(greet = true) {
  const mine = ++loading;
  log.innerHTML = '';
  byId.clear();
  try {
    const res = await fetch('/sim/history?' + chatQuery());
    const json = await res.json();
    if (mine !== loading) return;
    for (const item of json.messages || []) draw(item);
    toBottom();
    // A first visit to a private chat greets with the bot's /start answer instead of an empty screen.
    if (greet && !chatSel.value && (json.messages || []).length === 0) await send({ text: '/start' });
  } catch (e) { push([{ type: 'text', text: '⚠️ ' + e.message }]); }
  await poll();
}
function buttonsEl(buttons) {
  const wrap = document.createElement('div'); wrap.className = 'btns';
  for (const row of buttons || []) {
    const r = document.createElement('div'); r.className = 'row';
    for (const b of row) {
      const el = document.createElement('button'); el.type = 'button'; el.textContent = b.label;
      el.onclick = () => {
        if (/^https?:|^tel:/.test(b.data)) window.open(b.data);
        else if (b.data.startsWith('st:') && chatSel.value) { chatSel.value = ''; remember(); load(false).then(() => send({ text: '/start ' + b.data.slice(3) })); }
        else send({ button: b.data, label: b.label }, b.label);
      };
      r.appendChild(el);
    }
    wrap.appendChild(r);
  }
  return wrap;
}
function draw(item) {
  if (item.type === 'edit') {
    const el = byId.get(item.target);
    if (el) { fill(el, item, true); return; }
  }
  const el = document.createElement('div');
  el.className = 'msg ' + (item.mine ? 'me' : 'bot') + (item.type === 'cards' ? ' wide' : '');
  fill(el, item, false);
  log.appendChild(el);
  if (item.id) byId.set(item.id, el);
}
function fill(el, item, edited) {
  el.innerHTML = '';
  const from = item.from && (chatSel.value || !item.mine) ? item.from : '';
  if (item.userId && from) { const w = document.createElement('div'); w.className = 'who'; w.textContent = from; el.appendChild(w); }
  if (item.type === 'photo') {
    const img = document.createElement('img'); img.alt = item.url ? (item.caption || '').split('\\n')[0] : 'VietQR';
    // The picture's height is known only once it loads: scroll again then, so the newest message stays in view.
    img.addEventListener('load', () => { if (stick) toBottom(); });
    if (item.url) img.src = item.url;
    else {
      // A blob URL rather than a long data: attribute in the DOM; it is freed once the picture is shown.
      const bytes = Uint8Array.from(atob(item.base64), (ch) => ch.charCodeAt(0));
      img.src = URL.createObjectURL(new Blob([bytes], { type: item.mime }));
      img.addEventListener('load', () => URL.revokeObjectURL(img.src), { once: true });
    }
    el.appendChild(img);
    if (item.caption) { const c = document.createElement('div'); c.textContent = item.caption; el.appendChild(c); }
  } else if (item.type === 'cards') {
    if (item.text) { const t = document.createElement('div'); t.className = 'intro'; t.textContent = item.text; el.appendChild(t); }
    const row = document.createElement('div'); row.className = 'cards';
    for (const c of item.cards) {
      const card = document.createElement('div'); card.className = 'card';
      if (c.image) { const img = document.createElement('img'); img.src = c.image.thumb; img.srcset = c.image.thumb + ' 320w, ' + c.image.url + ' 1280w'; img.sizes = '240px'; img.alt = c.title; card.appendChild(img); }
      else { const n = document.createElement('div'); n.className = 'noimg'; n.textContent = '🧵'; card.appendChild(n); }
      const body = document.createElement('div'); body.className = 'body';
      const t = document.createElement('div'); t.className = 'title'; t.textContent = c.title; body.appendChild(t);
      if (c.subtitle) { const st = document.createElement('div'); st.className = 'sub'; st.textContent = c.subtitle; body.appendChild(st); }
      if (c.buttons) body.appendChild(buttonsEl(c.buttons));
      card.appendChild(body); row.appendChild(card);
    }
    el.appendChild(row);
  } else {
    const t = document.createElement('div'); t.textContent = item.text; el.appendChild(t);
  }
  if (item.buttons) el.appendChild(buttonsEl(item.buttons));
  if (edited) { const e = document.createElement('div'); e.className = 'edited'; e.textContent = '(đã sửa)'; el.appendChild(e); }
}
// Follow the newest message unless the person scrolled up to read older ones. Only their own scrolling
// (wheel, touch, keys) counts: the page's own scrolls and pictures growing the log must not unstick it.
let stick = true;
const userScrolled = () => setTimeout(() => { stick = log.scrollHeight - log.scrollTop - log.clientHeight < 60; }, 50);
for (const ev of ['wheel', 'touchmove', 'keydown']) log.addEventListener(ev, userScrolled, { passive: true });
function push(items) { for (const it of items) draw(it); toBottom(); }
// Which chat is on screen: an answer that arrives after the person switched chats is not drawn into the other one.
function viewKey() { return userSel.value + '|' + chatSel.value; }
async function send(body, shown) {
  const w = who();
  const view = viewKey();
  push([{ mine: true, type: 'text', text: shown ?? body.text, from: chatSel.value ? w.name : '', userId: w.userId }]);
  const payload = { userId: w.userId, name: w.name, ...body };
  if (chatSel.value) payload.chatId = chatSel.value;
  try {
    const res = await fetch('/sim/messages', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) });
    const json = await res.json();
    if (view !== viewKey()) return; // shown from /sim/history when the person comes back
    if (!res.ok) { push([{ type: 'text', text: '⚠️ ' + (json.error?.message ?? res.status) }]); return; }
    push(json.replies);
  } catch (e) { if (view === viewKey()) push([{ type: 'text', text: '⚠️ ' + e.message }]); }
}
async function poll() {
  const view = viewKey();
  try {
    const q = chatSel.value ? 'chatId=' + encodeURIComponent(chatSel.value) : 'userId=' + encodeURIComponent(who().userId);
    const res = await fetch('/sim/inbox?' + q);
    if (res.ok) {
      const json = await res.json();
      // Read for a chat no longer on screen: they come back from /sim/history when the person returns.
      if (json.messages.length && view === viewKey()) push(json.messages);
    }
  } catch {}
}
document.getElementById('f').onsubmit = (e) => { e.preventDefault(); const input = document.getElementById('text'); const text = input.value; if (!text.trim()) return; input.value = ''; send({ text }); };
userSel.onchange = chatSel.onchange = () => { remember(); load(); };
setInterval(poll, 2000);
load();
</script>
</body>
</html>`;
