// The listening page: the player on this article, its transcript, chapters, deep links (#t=…, #chapitre-N),
// live preparation with the opening playable early, and the swap to the whole article at the same moment.
import { announce, clock, parseTime, quoted } from "./format.js";
import { pagePlayer } from "./player.js";
import * as store from "./storage.js";
import { Transcript } from "./transcript.js";

let data = readData(document);
const player = pagePlayer();
let transcript = null;

function readData(doc) {
  return JSON.parse(doc.getElementById("article-data").textContent);
}

function chapterStart(index) {
  const chapter = data.chapters[index];
  if (chapter && chapter.start_ms !== null) return chapter.start_ms / 1000;
  return index === 0 ? 0 : null;
}

// Where a link asks to start: #t=90, #t=1:30, #t=1:02:03 or #chapitre-N; null without a deep link.
function linkedMoment() {
  const hash = decodeURIComponent(location.hash.slice(1));
  if (hash.startsWith("t=")) return parseTime(hash.slice(2));
  const chapter = /^chapitre-(\d+)$/.exec(hash);
  return chapter ? chapterStart(Number(chapter[1]) - 1) : null;
}

function startingPoint() {
  const linked = linkedMoment();
  if (linked !== null) return { position: linked, linked: true };
  return { position: store.positions.get(data.id) || 0, linked: false };
}

function loadAudio() {
  const start = startingPoint();
  player.load(data, { position: start.position, autoplay: store.autoplay.taken(data.id) });
  if (start.linked) revealPassageAt(start.position);
}

// After a deep link the passage is shown, without moving the player out of view (it stays on screen).
function revealPassageAt(seconds) {
  if (!transcript) return;
  const index = transcript.indexAt(seconds * 1000);
  const phrase = transcript.phrases[index];
  if (phrase && !/^#chapitre-/.test(location.hash)) phrase.scrollIntoView({ block: "center" });
}

function markChapter(index) {
  document.querySelectorAll("a.chapter").forEach((link) => {
    if (Number(link.dataset.chapter) === index) link.setAttribute("aria-current", "true");
    else link.removeAttribute("aria-current");
  });
}

function wireChapters() {
  document.getElementById("chapitres").addEventListener("click", (event) => {
    const link = event.target.closest("a.chapter");
    if (!link || !data.ready) return;
    event.preventDefault();
    player.seek(Number(link.dataset.startMs) / 1000, { play: true });
  });
  player.addEventListener("chapter", (event) => markChapter(event.detail.index));
  window.addEventListener("hashchange", () => {
    const moment = linkedMoment();
    if (moment !== null) { player.seek(moment); revealPassageAt(moment); }
  });
}

// The big button under the title: listen, resume where one stopped, or pause.
function paintCallToAction() {
  const label = document.getElementById("ecouter-texte");
  if (!label) return;
  const audio = player.audio;
  const playing = !audio.paused;
  label.textContent = playing ? "Pause" : audio.currentTime > 1 ? "Reprendre à " + clock(audio.currentTime) : "Écouter l'article";
  label.previousElementSibling.firstElementChild.setAttribute("href", "/static/icons.svg#" + (playing ? "pause" : "play"));
}

function wireCallToAction() {
  document.addEventListener("click", (event) => { if (event.target.closest("#ecouter")) player.toggle(); });
  for (const name of ["play", "pause", "seeked", "loadedmetadata"]) player.audio.addEventListener(name, paintCallToAction);
}

function revealScriptedParts() {
  document.querySelectorAll(".js-only").forEach((element) => { element.hidden = false; });
  document.getElementById("transcription-aide").hidden = !data.ready;
  paintCallToAction();
}

// -- while the article is prepared -------------------------------------------------------------------------------

// The server's own page, fetched again: its regions replace ours, so the markup has one source.
async function refresh() {
  const response = await fetch(location.pathname, { headers: { Accept: "text/html" }, cache: "no-store" });
  if (!response.ok) return;
  const fresh = new DOMParser().parseFromString(await response.text(), "text/html");
  const focused = document.activeElement && document.activeElement.id;
  for (const region of document.querySelectorAll("[data-swap]")) {
    const replacement = fresh.getElementById(region.id);
    if (replacement) region.innerHTML = replacement.innerHTML;
  }
  if (focused && !document.getElementById(focused)) document.getElementById("titre").focus();
  const previous = data;
  data = readData(fresh);
  document.getElementById("article-data").textContent = JSON.stringify(data);
  if (transcript) transcript.refresh();
  revealScriptedParts();
  if (!data.audio) return;
  if (!player.article) {
    loadAudio();
  } else if (data.audio !== previous.audio) {
    const playing = !player.audio.paused;
    player.swap(data);
    announce(playing ? "L'article complet est prêt\u00a0: la lecture continue sans coupure." : "L'article complet est prêt.");
  } else {
    player.article = data;
  }
}

function followPreparation() {
  if (data.ready || data.status === "failed" || !window.EventSource) return;
  const events = new EventSource(data.events);
  let asked = false;
  const update = (event) => {
    const state = JSON.parse(event.data);
    const bar = document.getElementById("progression");
    const text = document.getElementById("progression-texte");
    if (bar) bar.value = state.percent;
    if (state.status === "ready" || state.status === "failed") {
      events.close();
      refresh().catch(() => {});
      return;
    }
    if (text) text.textContent = "Préparation\u00a0: " + state.percent + "\u00a0%" + (state.current_chapter ? ", " + quoted(state.current_chapter) : "");
    if (state.opening_ready && !player.article && !asked) {
      asked = true;
      // The opening plays at once; the page's regions follow from the server's page.
      if (state.opening_audio) { data = { ...data, audio: state.opening_audio, early: true }; loadAudio(); }
      refresh().then(() => announce("Le début de l'article est prêt\u00a0: vous pouvez l'écouter.")).catch(() => { asked = false; });
    }
  };
  for (const name of ["progress", "ready", "failed"]) events.addEventListener(name, update);
}

// -- the queue ------------------------------------------------------------------------------------------------

async function playNextInQueue() {
  for (let next = store.queue.shift(); next; next = store.queue.shift()) {
    const answer = await fetch("/api/articles/" + next.id, { headers: { Accept: "application/json" } }).catch(() => null);
    if (!answer || !answer.ok) continue;  // deleted since it was queued
    store.autoplay.want(next.id);
    location.assign("/articles/" + next.id);
    return;
  }
  player.paintQueue();
}

// The opening heard while the rest is prepared: say that the rest follows by itself.
function openingEnded() {
  const text = document.getElementById("progression-debut");
  const words = "Le début est terminé\u00a0: la suite démarrera d'elle-même dès qu'elle sera prête.";
  if (text) text.textContent = words;
  announce(words);
}

if (player) {
  revealScriptedParts();
  wireCallToAction();
  const root = document.getElementById("transcription");
  transcript = new Transcript(root, player, document.getElementById("revenir"));
  wireChapters();
  if (data.audio) loadAudio();
  followPreparation();
  player.addEventListener("ended", () => { if (data.ready) playNextInQueue(); else openingEnded(); });
}
