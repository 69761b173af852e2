// The transcript that follows the voice. One tab stop (roving focus over its sentences): arrows move from
// sentence to sentence, Enter, Space or a click plays from there. It follows the voice until the listener
// scrolls away; then "Revenir au passage lu" brings the passage being read back into view.

const SCROLL_KEYS = new Set(["PageUp", "PageDown", "Home", "End", "ArrowUp", "ArrowDown", " "]);
const MOVES = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1, PageDown: 10, PageUp: -10 };

export class Transcript {
  constructor(root, player, returnButton) {
    this.root = root;
    this.player = player;
    this.returnButton = returnButton;
    this.following = true;
    this.autoScrolling = false;
    this.current = -1;
    this.refresh();
    root.addEventListener("click", (event) => this.onClick(event));
    root.addEventListener("keydown", (event) => this.onKey(event));
    root.addEventListener("focusin", (event) => {
      const phrase = event.target.closest(".phrase[data-start-ms]");
      if (phrase) this.setRoving(phrase);
    });
    player.addEventListener("time", (event) => this.update(event.detail.ms, event.detail.playing));
    window.addEventListener("scroll", () => this.onScroll(), { passive: true });
    window.addEventListener("scrollend", () => this.onScrollEnd());
    // What the listener does to scroll (wheel, touch, keys, the scroll bar) stops the following at once,
    // even in the middle of a scroll the page started.
    for (const name of ["wheel", "touchmove"]) window.addEventListener(name, () => this.userScrolls(), { passive: true });
    document.documentElement.addEventListener("pointerdown", (event) => { if (event.target === document.documentElement) this.userScrolls(); });
    window.addEventListener("keydown", (event) => {
      if (SCROLL_KEYS.has(event.key) && !event.target.closest("input, select, textarea, [contenteditable], .phrase")) this.userScrolls();
    });
    returnButton.addEventListener("click", () => this.returnToPassage());
  }

  // Called again when the page swaps in the whole article's transcript.
  refresh() {
    this.phrases = Array.from(this.root.querySelectorAll(".phrase[data-start-ms]"));
    this.starts = this.phrases.map((phrase) => Number(phrase.dataset.startMs));
    this.phrases.forEach((phrase, index) => { phrase.tabIndex = -1; phrase.dataset.index = String(index); });
    this.roving = this.phrases[0] || null;
    if (this.roving) this.roving.tabIndex = 0;
    this.current = -1;
  }

  setRoving(phrase) {
    if (this.roving === phrase) return;
    if (this.roving) this.roving.tabIndex = -1;
    this.roving = phrase;
    phrase.tabIndex = 0;
  }

  playFrom(phrase) {
    this.following = true;
    this.player.seek(Number(phrase.dataset.startMs) / 1000, { play: true });
  }

  onClick(event) {
    const phrase = event.target.closest(".phrase[data-start-ms]");
    if (!phrase || window.getSelection().toString()) return;  // selecting text is not asking to play
    this.setRoving(phrase);
    phrase.focus({ preventScroll: true });
    this.playFrom(phrase);
  }

  onKey(event) {
    const phrase = event.target.closest(".phrase[data-start-ms]");
    if (!phrase || event.altKey || event.ctrlKey || event.metaKey) return;
    const index = Number(phrase.dataset.index);
    let target = null;
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      this.playFrom(phrase);
      return;
    }
    if (MOVES[event.key]) target = index + MOVES[event.key];
    else if (event.key === "Home") target = 0;
    else if (event.key === "End") target = this.phrases.length - 1;
    if (target === null) return;
    event.preventDefault();
    const next = this.phrases[Math.max(0, Math.min(this.phrases.length - 1, target))];
    this.setRoving(next);
    this.following = false;  // the listener explores: the page does not pull them back
    next.focus();
  }

  indexAt(ms) {
    let low = 0, high = this.starts.length - 1, found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (this.starts[middle] <= ms + 1) { found = middle; low = middle + 1; } else high = middle - 1;
    }
    return found;
  }

  update(ms, playing) {
    const index = this.indexAt(ms);
    if (index !== this.current) {
      const before = this.phrases[this.current];
      if (before) {
        before.classList.remove("current-sentence");
        const segment = before.closest(".segment");
        segment.classList.remove("current");
        segment.removeAttribute("aria-current");
      }
      this.current = index;
      const phrase = this.phrases[index];
      if (phrase) {
        phrase.classList.add("current-sentence");
        const segment = phrase.closest(".segment");
        segment.classList.add("current");
        segment.setAttribute("aria-current", "true");
        if (!this.root.contains(document.activeElement)) this.setRoving(phrase);
        if (this.following && playing && !this.visible(phrase)) this.bringIntoView(phrase);
      }
    }
    this.paintReturn();
  }

  visible(element) {
    const box = element.getBoundingClientRect();
    const barSpace = parseFloat(getComputedStyle(document.documentElement).getPropertyValue("--bar-space")) || 0;
    return box.bottom > 0 && box.top < window.innerHeight - barSpace;
  }

  bringIntoView(element) {
    this.autoScrolling = true;
    const reduced = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    element.scrollIntoView({ block: "center", behavior: reduced ? "auto" : "smooth" });
    window.clearTimeout(this.autoScrollTimer);
    this.autoScrollTimer = window.setTimeout(() => { this.autoScrolling = false; }, 1500);
  }

  userScrolls() {
    // A scroll the page started gives way to the listener's own.
    if (this.autoScrolling) window.scrollTo({ top: window.scrollY, behavior: "instant" });
    this.autoScrolling = false;
    this.following = false;
  }

  onScroll() {
    if (!this.autoScrolling) this.following = false;
    this.paintReturn();
  }

  onScrollEnd() {
    if (this.autoScrolling) {
      this.autoScrolling = false;
      this.paintReturn();
      return;
    }
    // Scrolled back to the passage by hand: follow the voice again.
    const phrase = this.phrases[this.current];
    if (phrase && this.visible(phrase)) this.following = true;
    this.paintReturn();
  }

  paintReturn() {
    const phrase = this.phrases[this.current];
    const started = this.player.audio.currentTime > 0;
    this.returnButton.hidden = !(phrase && started && !this.autoScrolling && !this.visible(phrase));
  }

  returnToPassage() {
    const phrase = this.phrases[this.current];
    if (!phrase) return;
    this.following = true;
    this.setRoving(phrase);
    this.bringIntoView(phrase);
    phrase.focus({ preventScroll: true });
    this.returnButton.hidden = true;
  }
}
