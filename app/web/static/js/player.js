// The one player: a bar that drives the native <audio> (play, ±15 s, chapters, position, speed 0.5–3×,
// sleep timer, share this moment, queue), keeps the resume position, and feeds the Media Session.
import { announce, clock, quoted, spoken } from "./format.js";
import * as store from "./storage.js";

const SAVE_EVERY_S = 5;
const SKIP_S = 15;

export class Player extends EventTarget {
  constructor(section) {
    super();
    this.section = section;
    this.audio = section.querySelector("audio");
    this.bar = section.querySelector(".bar");
    const find = (id) => section.querySelector("#" + id);
    this.ui = {
      play: find("lecture"), back: find("recul"), forward: find("avance"), previous: find("chapitre-precedent"),
      next: find("chapitre-suivant"), slider: find("curseur"), position: find("position"), remaining: find("restant"),
      title: find("bar-titre"), chapter: find("chapitre-courant"), cover: find("pochette"), speed: find("vitesse"),
      more: find("plus"), options: find("options"), sleep: find("minuterie"), sleepState: find("minuterie-etat"),
      share: find("partager"), shareState: find("partage-etat"), shareManual: find("partage-manuel"),
      shareField: find("partage-lien"), queue: find("file"), queueEmpty: find("file-vide"),
    };
    this.article = null;
    this.chapterIndex = -1;
    this.playedSinceLoad = false;
    this.lastSaved = 0;
    this.sleep = null;
    this.enhance();
  }

  // -- set-up -------------------------------------------------------------------------------------------------

  enhance() {
    const { ui, audio } = this;
    audio.removeAttribute("controls");
    this.bar.hidden = false;
    ui.play.addEventListener("click", () => this.toggle());
    ui.back.addEventListener("click", () => this.skip(-SKIP_S));
    ui.forward.addEventListener("click", () => this.skip(SKIP_S));
    ui.previous.addEventListener("click", () => this.moveChapter(-1));
    ui.next.addEventListener("click", () => this.moveChapter(1));
    ui.slider.addEventListener("input", () => this.seek(Number(ui.slider.value)));
    ui.speed.value = String(store.speed.get());
    if (!ui.speed.value) ui.speed.value = "1";
    ui.speed.addEventListener("change", () => this.setSpeed(Number(ui.speed.value)));
    ui.more.addEventListener("click", () => this.showOptions(ui.more.getAttribute("aria-expanded") !== "true"));
    ui.sleep.addEventListener("change", () => this.setSleep(ui.sleep.value));
    ui.share.addEventListener("click", () => this.shareMoment());
    this.section.addEventListener("keydown", (event) => {
      if (event.key === "Escape" && ui.more.getAttribute("aria-expanded") === "true") {
        this.showOptions(false);
        ui.more.focus();
      }
    });
    audio.addEventListener("play", () => this.paint());
    audio.addEventListener("pause", () => { this.paint(); this.save(true); });
    audio.addEventListener("playing", () => { this.playedSinceLoad = true; });
    audio.addEventListener("timeupdate", () => this.tick());
    audio.addEventListener("seeked", () => this.tick());
    audio.addEventListener("durationchange", () => this.tick());
    audio.addEventListener("loadedmetadata", () => this.tick());
    audio.addEventListener("ended", () => this.finish());
    audio.addEventListener("seeking", () => { if (this.sleep) this.sleep.reanchor = true; });
    document.addEventListener("keydown", (event) => this.shortcut(event));
    window.addEventListener("pagehide", () => this.save(true));
    store.onChange((key) => { if (key === "a-suivre") this.paintQueue(); });
    this.paintQueue();
    this.mediaSessionHandlers();
    // The page keeps room for the bar, whatever its height (it grows when its options open).
    const observer = new ResizeObserver(() => this.reserveSpace());
    observer.observe(this.section);
    this.reserveSpace();
  }

  reserveSpace() {
    const height = this.section.hidden ? 0 : this.section.offsetHeight;
    document.documentElement.style.setProperty("--bar-space", height + "px");
  }

  // -- what plays ---------------------------------------------------------------------------------------------

  load(article, { position = 0, autoplay = false } = {}) {
    this.article = article;
    this.chapterIndex = -1;
    this.playedSinceLoad = false;
    this.lastSaved = position;
    this.section.hidden = false;
    this.reserveSpace();
    const link = this.ui.title.querySelector("a");
    if (link) { link.textContent = article.title; link.href = article.page; } else this.ui.title.textContent = article.title;
    if (article.cover) this.ui.cover.src = article.cover;
    if (this.audio.getAttribute("src") !== article.audio) this.audio.src = article.audio;
    this.applySpeed();
    this.whenReady(() => {
      if (position) this.audio.currentTime = Math.min(position, Math.max(0, (this.audio.duration || position) - 1));
      this.tick();
      if (autoplay) this.play();
    });
    this.updateMetadata();
    this.tick();
  }

  // The same article, a new file (the whole narration after its opening): same moment, same state.
  swap(article) {
    const at = this.audio.currentTime;
    const wasPlaying = !this.audio.paused;
    const endedEarly = this.audio.ended;
    this.article = article;
    this.audio.src = article.audio;
    this.applySpeed();
    if (article.cover) this.ui.cover.src = article.cover;
    this.whenReady(() => {
      this.audio.currentTime = at;
      this.tick();
      if (wasPlaying || endedEarly) this.play();
    });
    this.updateMetadata();
  }

  whenReady(action) {
    if (this.audio.readyState >= 1) action();
    else this.audio.addEventListener("loadedmetadata", action, { once: true });
  }

  play() { return this.audio.play().catch(() => {}); }
  pause() { this.audio.pause(); }
  toggle() { if (!this.article) return; if (this.audio.paused) this.play(); else this.pause(); }

  seek(seconds, { play = false } = {}) {
    if (!this.article) return;
    this.whenReady(() => {
      const end = Number.isFinite(this.audio.duration) ? this.audio.duration : seconds;
      this.audio.currentTime = Math.max(0, Math.min(seconds, end));
      this.tick();
      if (play) this.play();
    });
  }

  skip(delta) { this.seek(this.audio.currentTime + delta, { play: !this.audio.paused }); }

  get chapters() { return (this.article && this.article.chapters) || []; }

  moveChapter(step) {
    const chapters = this.chapters;
    if (!chapters.length) return;
    let target = (this.chapterIndex < 0 ? 0 : this.chapterIndex) + step;
    // "Previous" a few seconds into a chapter goes back to its start, as music players do.
    if (step < 0 && this.chapterIndex >= 0 && this.audio.currentTime - chapters[this.chapterIndex].start_ms / 1000 > 3) target = this.chapterIndex;
    target = Math.max(0, Math.min(chapters.length - 1, target));
    this.seek(chapters[target].start_ms / 1000, { play: !this.audio.paused });
  }

  setSpeed(rate) {
    store.speed.set(rate);
    this.applySpeed();
    announce("Vitesse\u00a0: " + String(rate).replace(".", ",") + " fois");
  }

  applySpeed() {
    const rate = store.speed.get();
    this.audio.defaultPlaybackRate = rate;
    this.audio.playbackRate = rate;
    this.ui.speed.value = String(rate);
  }

  stepSpeed(step) {
    const select = this.ui.speed;
    select.selectedIndex = Math.max(0, Math.min(select.options.length - 1, select.selectedIndex + step));
    this.setSpeed(Number(select.value));
  }

  // -- as it plays --------------------------------------------------------------------------------------------

  tick() {
    const { audio, ui } = this;
    const now = audio.currentTime || 0;
    const duration = Number.isFinite(audio.duration) ? audio.duration : (this.article && this.article.duration_ms ? this.article.duration_ms / 1000 : 0);
    ui.position.textContent = clock(now);
    ui.remaining.textContent = "–" + clock(Math.max(0, duration - now));
    ui.slider.max = String(Math.max(1, Math.floor(duration)));
    ui.slider.value = String(Math.floor(now));
    ui.slider.setAttribute("aria-valuetext", spoken(now) + " sur " + spoken(duration));
    ui.slider.style.setProperty("--progress", (duration ? (100 * now) / duration : 0).toFixed(2) + "%");
    this.followChapter(now * 1000);
    this.checkSleep(now * 1000);
    if (!audio.paused && this.playedSinceLoad && Math.abs(now - this.lastSaved) >= SAVE_EVERY_S) this.save(false);
    this.dispatchEvent(new CustomEvent("time", { detail: { ms: now * 1000, playing: !audio.paused } }));
    if ("mediaSession" in navigator && duration && navigator.mediaSession.setPositionState) {
      try { navigator.mediaSession.setPositionState({ duration, position: Math.min(now, duration), playbackRate: audio.playbackRate || 1 }); } catch (error) { /* not yet known */ }
    }
  }

  paint() {
    const playing = !this.audio.paused;
    this.ui.play.setAttribute("aria-pressed", String(playing));
    this.ui.play.title = playing ? "Pause" : "Lecture";
    if ("mediaSession" in navigator) navigator.mediaSession.playbackState = playing ? "playing" : "paused";
  }

  followChapter(ms) {
    let index = -1;
    this.chapters.forEach((chapter, i) => { if (chapter.start_ms !== null && chapter.start_ms <= ms + 1) index = i; });
    if (index === this.chapterIndex) return;
    this.chapterIndex = index;
    const chapter = this.chapters[index];
    this.ui.chapter.textContent = chapter ? chapter.title : (this.article && this.article.author) || "";
    this.updateMetadata();
    this.dispatchEvent(new CustomEvent("chapter", { detail: { index } }));
  }

  // Positions are saved only while the listener listens: opening a deep link never overwrites them.
  save(force) {
    if (!this.article || !this.playedSinceLoad) return;
    const now = this.audio.currentTime;
    if (!force && Math.abs(now - this.lastSaved) < SAVE_EVERY_S) return;
    this.lastSaved = now;
    if (this.audio.ended) return;
    store.positions.set(this.article.id, now);
    store.last.set(this.article.id);
  }

  finish() {
    if (!this.article) return;
    if (this.article.ready) {  // the end of the opening is not the end of the article
      store.positions.clear(this.article.id);
      store.listened.set(this.article.id);
    }
    this.paint();
    if (this.sleep) { this.setSleep(""); this.ui.sleep.value = ""; }
    this.dispatchEvent(new CustomEvent("ended", { detail: { id: this.article.id } }));
  }

  // -- sleep timer --------------------------------------------------------------------------------------------

  setSleep(value) {
    if (this.sleep && this.sleep.timer) window.clearTimeout(this.sleep.timer);
    this.sleep = null;
    const state = this.ui.sleepState;
    if (!value) { state.textContent = ""; return; }
    if (value === "chapitre") {
      // "The chapter" is the one being heard: a seek elsewhere moves the stop to the end of that one.
      this.sleep = { anchor: this.chapterIndex, reanchor: false };
      state.textContent = "La lecture s'arrêtera à la fin du chapitre.";
    } else {
      const ms = Number(value) * 60_000;
      const at = new Date(Date.now() + ms);
      this.sleep = { timer: window.setTimeout(() => this.sleepNow(), ms) };
      state.textContent = "La lecture s'arrêtera à " + at.getHours() + "\u00a0h\u00a0" + String(at.getMinutes()).padStart(2, "0") + ".";
    }
    announce(state.textContent);
  }

  checkSleep(ms) {
    const sleep = this.sleep;
    if (!sleep || sleep.timer || this.audio.paused) return;
    if (sleep.reanchor) {
      sleep.anchor = this.chapterIndex;
      sleep.reanchor = false;
    }
    const chapter = this.chapters[sleep.anchor];
    if (chapter && (this.chapterIndex !== sleep.anchor || ms >= chapter.end_ms - 150)) {
      this.sleepNow();
      this.audio.currentTime = chapter.end_ms / 1000;  // a later play starts the next chapter
    }
  }

  sleepNow() {
    this.pause();
    this.setSleep("");
    this.ui.sleep.value = "";
    this.ui.sleepState.textContent = "Minuterie\u00a0: lecture arrêtée.";
    announce("Minuterie\u00a0: lecture arrêtée.");
  }

  // -- options: share, queue ----------------------------------------------------------------------------------

  showOptions(open) {
    this.ui.more.setAttribute("aria-expanded", String(open));
    this.ui.options.hidden = !open;
    this.bar.classList.toggle("expanded", open);
    this.reserveSpace();
  }

  momentLink() {
    const page = this.article ? this.article.page : location.pathname;
    return location.origin + page + "#t=" + clock(this.audio.currentTime);
  }

  async shareMoment() {
    if (!this.article) return;
    const link = this.momentLink();
    const { shareState, shareManual, shareField } = this.ui;
    try {
      await navigator.clipboard.writeText(link);
      shareManual.hidden = true;
      shareState.textContent = "Lien copié\u00a0: il ouvre l'article à " + clock(this.audio.currentTime) + ".";
    } catch (error) {
      shareState.textContent = "Copie impossible ici\u00a0: copiez le lien ci-dessous.";
      shareManual.hidden = false;
      shareField.value = link;
      shareField.select();
    }
    announce(shareState.textContent);
  }

  paintQueue() {
    const entries = store.queue.list();
    const list = this.ui.queue;
    list.replaceChildren(...entries.map((entry) => {
      const item = document.createElement("li");
      item.append(entry.title + " ");
      const remove = document.createElement("button");
      remove.type = "button";
      remove.textContent = "Retirer";
      remove.setAttribute("aria-label", "Retirer " + quoted(entry.title) + " de la file");
      remove.addEventListener("click", () => { store.queue.remove(entry.id); this.paintQueue(); this.dispatchEvent(new CustomEvent("queue")); });
      item.append(remove);
      return item;
    }));
    this.ui.queueEmpty.hidden = entries.length > 0;
  }

  // -- keyboard and system controls ---------------------------------------------------------------------------

  shortcut(event) {
    if (!this.article || !event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
    const actions = {
      KeyP: () => this.toggle(),
      ArrowLeft: () => this.skip(-SKIP_S),
      ArrowRight: () => this.skip(SKIP_S),
      ArrowUp: () => this.stepSpeed(1),
      ArrowDown: () => this.stepSpeed(-1),
      KeyN: () => this.moveChapter(1),
      KeyB: () => this.moveChapter(-1),
    };
    if (actions[event.code]) { event.preventDefault(); actions[event.code](); }
  }

  mediaSessionHandlers() {
    if (!("mediaSession" in navigator)) return;
    const handlers = {
      play: () => this.play(),
      pause: () => this.pause(),
      seekbackward: (details) => this.skip(-(details.seekOffset || SKIP_S)),
      seekforward: (details) => this.skip(details.seekOffset || SKIP_S),
      seekto: (details) => this.seek(details.seekTime),
      previoustrack: () => this.moveChapter(-1),
      nexttrack: () => this.moveChapter(1),
    };
    for (const [action, handler] of Object.entries(handlers)) {
      try { navigator.mediaSession.setActionHandler(action, handler); } catch (error) { /* action not supported */ }
    }
  }

  // The lock screen shows the chapter being read, the article and the cover.
  updateMetadata() {
    if (!("mediaSession" in navigator) || !this.article || typeof MediaMetadata === "undefined") return;
    const article = this.article;
    const chapter = this.chapters.length > 1 ? this.chapters[this.chapterIndex] : null;
    const cover = new URL(article.cover || "/cover.jpg", location.href).href;
    navigator.mediaSession.metadata = new MediaMetadata({
      title: chapter ? chapter.title : article.title,
      artist: chapter ? article.title : article.author || article.show || "Narrateur",
      album: article.author ? article.author + " · " + (article.show || "Narrateur") : article.show || "Narrateur",
      artwork: [{ src: cover, sizes: "1400x1400", type: "image/jpeg" }],
    });
  }
}

// The player of this page, made from its bar; null when the page has none.
export function pagePlayer() {
  const section = document.getElementById("lecteur");
  return section ? new Player(section) : null;
}
