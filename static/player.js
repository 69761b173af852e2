// Listening page: enhances the native <audio> with chapters, a transcript that follows the voice,
// keyboard shortcuts, resume, deep links (#t=SECONDS, #chapitre-N) and Media Session handlers.
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("article-data").textContent);
  const audio = document.getElementById("audio");
  const controls = document.getElementById("commandes");
  const playButton = document.getElementById("lecture");
  const speed = document.getElementById("vitesse");
  const volume = document.getElementById("volume");
  const position = document.getElementById("position");
  const chapterLinks = Array.from(document.querySelectorAll("a.chapter"));
  const segments = Array.from(document.querySelectorAll(".segment[data-start-ms]"));
  const storageKey = "narrateur:position:" + data.id;
  const reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  let current = -1;
  let currentSentence = null;
  let currentChapter = -1;
  let lastSaved = 0;

  function clock(seconds) {
    const total = Math.max(0, Math.round(seconds));
    const h = Math.floor(total / 3600), m = Math.floor((total % 3600) / 60), s = total % 60;
    return (h ? h + ":" + String(m).padStart(2, "0") : m) + ":" + String(s).padStart(2, "0");
  }

  function seek(seconds, play) {
    if (!audio.src) return;
    const go = () => {
      audio.currentTime = Math.max(0, Math.min(seconds, audio.duration || seconds));
      if (play) audio.play().catch(() => {});
      highlight();
    };
    if (audio.readyState >= 1) go(); else audio.addEventListener("loadedmetadata", go, { once: true });
  }

  function chapterStart(index) {
    const chapter = data.chapters[index];
    return chapter && chapter.start_ms !== null ? chapter.start_ms / 1000 : null;
  }

  function highlight() {
    const ms = audio.currentTime * 1000;
    let found = -1;
    for (let i = 0; i < segments.length; i++) {
      if (Number(segments[i].dataset.startMs) <= ms + 1) found = i; else break;
    }
    if (found !== current) {
      if (current >= 0) { segments[current].classList.remove("current"); segments[current].removeAttribute("aria-current"); }
      if (found >= 0) {
        segments[found].classList.add("current");
        segments[found].setAttribute("aria-current", "true");
        const focusInside = document.activeElement && document.activeElement.closest && document.activeElement.closest("#transcription");
        if (!audio.paused && !focusInside) segments[found].scrollIntoView({ block: "nearest", behavior: reducedMotion ? "auto" : "smooth" });
      }
      current = found;
    }
    // Within a paragraph of several sentences, the sentence being said is marked too.
    let sentence = null;
    if (found >= 0) {
      for (const candidate of segments[found].querySelectorAll(".sentence[data-start-ms]")) {
        if (Number(candidate.dataset.startMs) <= ms + 1) sentence = candidate; else break;
      }
    }
    if (sentence !== currentSentence) {
      if (currentSentence) currentSentence.classList.remove("current-sentence");
      if (sentence) sentence.classList.add("current-sentence");
      currentSentence = sentence;
    }
    let chapter = -1;
    data.chapters.forEach((c, i) => { if (c.start_ms !== null && c.start_ms <= ms + 1) chapter = i; });
    if (chapter !== currentChapter) {
      chapterLinks.forEach((link, i) => {
        if (i === chapter) link.setAttribute("aria-current", "true"); else link.removeAttribute("aria-current");
      });
      currentChapter = chapter;
    }
    position.textContent = clock(audio.currentTime);
  }

  function moveChapter(step) {
    const target = Math.max(0, Math.min(data.chapters.length - 1, (currentChapter < 0 ? 0 : currentChapter) + step));
    const start = chapterStart(target);
    if (start !== null) seek(start, !audio.paused);
  }

  function togglePlay() {
    if (audio.paused) audio.play().catch(() => {}); else audio.pause();
  }

  function applyHash() {
    const hash = decodeURIComponent(location.hash);
    const time = hash.match(/^#t=(\d+(?:\.\d+)?)$/);
    const chapter = hash.match(/^#chapitre-(\d+)$/);
    if (time) { seek(Number(time[1]), false); return true; }
    if (chapter) {
      const start = chapterStart(Number(chapter[1]) - 1);
      if (start !== null) { seek(start, false); return true; }
    }
    return false;
  }

  if (audio && audio.getAttribute("src")) {
    controls.hidden = false;
    audio.addEventListener("play", () => { playButton.textContent = "Pause"; playButton.setAttribute("aria-pressed", "true"); });
    audio.addEventListener("pause", () => { playButton.textContent = "Lecture"; playButton.setAttribute("aria-pressed", "false"); });
    audio.addEventListener("timeupdate", () => {
      highlight();
      if (data.ready && Math.abs(audio.currentTime - lastSaved) >= 5) {
        lastSaved = audio.currentTime;
        try { localStorage.setItem(storageKey, String(audio.currentTime)); } catch (e) { /* private mode */ }
      }
    });
    audio.addEventListener("seeked", highlight);
    audio.addEventListener("ended", () => { try { localStorage.removeItem(storageKey); } catch (e) { /* ignore */ } });
    playButton.addEventListener("click", togglePlay);
    document.getElementById("recul").addEventListener("click", () => seek(audio.currentTime - 15, !audio.paused));
    document.getElementById("avance").addEventListener("click", () => seek(audio.currentTime + 15, !audio.paused));
    speed.addEventListener("change", () => { audio.playbackRate = Number(speed.value); });
    volume.addEventListener("input", () => { audio.volume = Number(volume.value); });

    chapterLinks.forEach((link, index) => link.addEventListener("click", (event) => {
      const start = chapterStart(index);
      if (start === null) return;
      event.preventDefault();
      history.replaceState(null, "", "#chapitre-" + (index + 1));
      seek(start, true);
    }));
    document.getElementById("transcription").addEventListener("click", (event) => {
      const target = event.target.closest(".seek, .segment-text");
      if (!target) return;
      const segment = target.closest(".segment[data-start-ms]");
      if (segment) seek(Number(segment.dataset.startMs) / 1000, true);
    });

    document.addEventListener("keydown", (event) => {
      if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
      const actions = {
        KeyP: togglePlay,
        ArrowLeft: () => seek(audio.currentTime - 15, !audio.paused),
        ArrowRight: () => seek(audio.currentTime + 15, !audio.paused),
        ArrowUp: () => { speed.selectedIndex = Math.min(speed.options.length - 1, speed.selectedIndex + 1); speed.dispatchEvent(new Event("change")); },
        ArrowDown: () => { speed.selectedIndex = Math.max(0, speed.selectedIndex - 1); speed.dispatchEvent(new Event("change")); },
        KeyN: () => moveChapter(1),
        KeyB: () => moveChapter(-1),
      };
      if (actions[event.code]) { event.preventDefault(); actions[event.code](); }
    });
    window.addEventListener("hashchange", applyHash);

    if (!applyHash() && data.ready) {
      let saved = null;
      try { saved = Number(localStorage.getItem(storageKey)); } catch (e) { /* ignore */ }
      if (saved) seek(saved, false);
    }

    if ("mediaSession" in navigator) {
      navigator.mediaSession.metadata = new MediaMetadata({
        title: data.title,
        artist: "Narrateur",
        album: "Narrateur",
        artwork: data.cover ? [{ src: data.cover, sizes: "1400x1400", type: "image/jpeg" }] : [],
      });
      const handlers = {
        play: () => audio.play(),
        pause: () => audio.pause(),
        seekbackward: (d) => seek(audio.currentTime - (d.seekOffset || 15), !audio.paused),
        seekforward: (d) => seek(audio.currentTime + (d.seekOffset || 15), !audio.paused),
        seekto: (d) => seek(d.seekTime, !audio.paused),
        previoustrack: () => moveChapter(-1),
        nexttrack: () => moveChapter(1),
      };
      for (const [action, handler] of Object.entries(handlers)) {
        try { navigator.mediaSession.setActionHandler(action, handler); } catch (e) { /* unsupported action */ }
      }
    }
  }

  // While the article renders: live progress, the first chapter as soon as it exists, then the whole article.
  const panel = document.getElementById("suivi");
  if (!data.ready && panel && window.EventSource && data.status !== "failed") {
    const bar = document.getElementById("progression");
    const text = document.getElementById("progression-texte");
    const events = new EventSource(data.events);
    const update = (event) => {
      const state = JSON.parse(event.data);
      if (bar) bar.value = state.percent;
      if (state.status === "ready") {
        events.close();
        if (audio.paused) { location.reload(); return; }
        text.textContent = "L'article complet est prêt. Actualisez la page pour l'écouter en entier.";
      } else if (state.status === "failed") {
        events.close();
        text.textContent = "La narration a échoué : " + (state.error || "erreur inconnue");
      } else {
        text.textContent = "Préparation : " + state.percent + " %";
        if (state.first_chapter_ready && !audio.getAttribute("src")) location.reload();
      }
    };
    events.addEventListener("progress", update);
    events.addEventListener("ready", update);
    events.addEventListener("failed", update);
  }
})();
