// The library (home and library pages): rows that say what was listened to, play in the bar, a queue,
// and a list that updates itself while narrations are prepared.
import { announce, minutesLeft, quoted } from "./format.js";
import { pagePlayer } from "./player.js";
import * as store from "./storage.js";

// While narrations are prepared the list follows them closely; otherwise it only looks for new articles.
const REFRESH_BUSY_MS = 3000;
const REFRESH_IDLE_MS = 10000;
const OPENING_CHAPTER = "Début de l'article";

export function playerArticle(api) {
  const ready = api.status === "ready";
  const chapters = ready ? api.chapters.map((chapter, index) => (
    index === 0 && chapter.title.trim() === api.title.trim() ? { ...chapter, title: OPENING_CHAPTER } : chapter
  )) : [];
  return {
    id: api.id, title: api.title, author: api.author, show: "Narrateur", ready, chapters,
    audio: api.links.audio || api.links.opening_audio, cover: api.links.cover || "/cover.jpg",
    page: api.links.page, duration_ms: api.duration_ms,
  };
}

async function fetchArticle(id) {
  const response = await fetch("/api/articles/" + id, { headers: { Accept: "application/json" } });
  return response.ok ? playerArticle(await response.json()) : null;
}

function paintRow(row) {
  const id = row.dataset.id;
  const state = row.querySelector("[data-listening]");
  const meter = row.querySelector("[data-meter]");
  const duration = Number(row.dataset.durationMs) / 1000;
  const position = store.positions.get(id);
  state.classList.remove("is-done");
  if (store.listened.get(id) && !position) {
    state.textContent = "Écouté";
    state.classList.add("is-done");
    state.hidden = false;
    meter.hidden = true;
  } else if (position && duration) {
    state.textContent = "En cours\u00a0: " + minutesLeft(duration - position) + " restantes";
    state.hidden = false;
    meter.hidden = false;
    meter.style.setProperty("--listened", Math.min(100, (100 * position) / duration).toFixed(1) + "%");
  } else {
    state.hidden = true;
    meter.hidden = true;
  }
  const queued = row.querySelector("[data-queue]");
  if (queued) queued.setAttribute("aria-pressed", String(store.queue.has(id)));
}

function paintRows() {
  document.querySelectorAll(".library-item").forEach(paintRow);
  document.querySelectorAll("#liste-articles .js-only").forEach((element) => { element.hidden = false; });
}

function titleOf(row) {
  return row.querySelector(".item-title a").textContent.trim();
}

async function play(player, id) {
  const article = await fetchArticle(id);
  store.queue.remove(id);
  player.paintQueue();
  if (!article || !article.audio) return false;  // deleted meanwhile, or not playable yet
  player.load(article, { position: store.positions.get(id) || 0, autoplay: true });
  paintRows();
  return true;
}

async function playNext(player) {
  for (let next = store.queue.shift(); next; next = store.queue.shift()) {
    if (await play(player, next.id)) return;
  }
  player.paintQueue();
}

function wireActions(player) {
  document.getElementById("liste-articles").addEventListener("click", (event) => {
    const playButton = event.target.closest("[data-play]");
    if (playButton) { play(player, playButton.dataset.play); return; }
    const queueButton = event.target.closest("[data-queue]");
    if (!queueButton) return;
    const row = queueButton.closest(".library-item");
    const id = queueButton.dataset.queue;
    if (store.queue.has(id)) {
      store.queue.remove(id);
      announce(quoted(titleOf(row)) + " retiré de la file.");
    } else {
      store.queue.add(id, titleOf(row));
      announce(quoted(titleOf(row)) + " sera lu ensuite.");
    }
    player.paintQueue();
    paintRow(row);
  });
}

// The list is fetched again from the server (one source for its markup) and replaced when it changed,
// unless the listener is in the middle of something there (a confirmation open, a field being filled).
async function refreshList() {
  const list = document.getElementById("liste-articles");
  if (document.hidden || list.querySelector("details[open]") || list.contains(document.activeElement) && document.activeElement.matches("input, select, textarea")) return;
  const response = await fetch(location.pathname + location.search, { headers: { Accept: "text/html" }, cache: "no-store" });
  if (!response.ok) return;
  const fresh = new DOMParser().parseFromString(await response.text(), "text/html").getElementById("liste-articles");
  if (!fresh || fresh.dataset.signature === list.dataset.signature) return;
  const before = new Map(Array.from(list.querySelectorAll(".library-item")).map((row) => [row.dataset.id, row.dataset.status]));
  const focused = document.activeElement;
  const focusKey = list.contains(focused) && focused.closest(".library-item")
    ? [focused.closest(".library-item").id, focused.getAttribute("data-play") !== null ? "[data-play]" : focused.getAttribute("data-queue") !== null ? "[data-queue]" : focused.tagName.toLowerCase()]
    : null;
  list.innerHTML = fresh.innerHTML;
  list.dataset.signature = fresh.dataset.signature;
  paintRows();
  if (focusKey) {
    const row = document.getElementById(focusKey[0]);
    const target = row && row.querySelector(focusKey[1]);
    if (target) target.focus();
  }
  const news = [];
  for (const row of list.querySelectorAll(".library-item")) {
    const was = before.get(row.dataset.id);
    if (was === row.dataset.status) continue;
    if (row.dataset.status === "ready") news.push(quoted(titleOf(row)) + " est prêt à écouter.");
    else if (row.dataset.status === "failed") news.push("La narration de " + quoted(titleOf(row)) + " a échoué.");
    else if (!was) news.push(quoted(titleOf(row)) + " est en préparation.");
  }
  if (news.length) announce(news.join(" "));
}

export function startLibrary() {
  const player = pagePlayer();
  if (!player || !document.getElementById("liste-articles")) return null;
  paintRows();
  wireActions(player);
  store.onChange(paintRows);
  const lastId = store.last.get();
  if (lastId) {
    fetchArticle(lastId).then((article) => {
      if (article && article.ready && !player.article) player.load(article, { position: store.positions.get(lastId) || 0 });
      else if (!article) store.last.clear();
    });
  }
  player.addEventListener("ended", () => {
    paintRows();
    playNext(player);
  });
  player.addEventListener("queue", paintRows);
  player.audio.addEventListener("pause", paintRows);
  const again = () => {
    const busy = document.querySelector('.library-item[data-status="queued"], .library-item[data-status="rendering"]');
    window.setTimeout(() => refreshList().catch(() => {}).finally(again), busy ? REFRESH_BUSY_MS : REFRESH_IDLE_MS);
  };
  again();
  return { player, refresh: refreshList };
}
