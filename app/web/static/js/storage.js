// What this browser remembers: positions, listened articles, the queue, the last article, the speed.
// Private browsing may refuse storage: everything degrades to "nothing remembered".

const PREFIX = "narrateur:";

function read(key) {
  try { return window.localStorage.getItem(PREFIX + key); } catch (error) { return null; }
}

function write(key, value) {
  try {
    if (value === null) window.localStorage.removeItem(PREFIX + key);
    else window.localStorage.setItem(PREFIX + key, value);
  } catch (error) { /* storage refused: nothing is remembered */ }
}

export const positions = {
  get(id) {
    const value = Number(read("position:" + id));
    return Number.isFinite(value) && value > 0 ? value : null;
  },
  set(id, seconds) { write("position:" + id, String(Math.floor(seconds * 10) / 10)); },
  clear(id) { write("position:" + id, null); },
};

export const listened = {
  get(id) { return read("ecoute:" + id) === "1"; },
  set(id) { write("ecoute:" + id, "1"); },
  clear(id) { write("ecoute:" + id, null); },
};

export const queue = {
  list() {
    try { return JSON.parse(read("a-suivre") || "[]").filter((entry) => entry && entry.id); } catch (error) { return []; }
  },
  save(entries) { write("a-suivre", JSON.stringify(entries)); },
  has(id) { return this.list().some((entry) => entry.id === id); },
  add(id, title) {
    if (!this.has(id)) this.save(this.list().concat([{ id, title }]));
  },
  remove(id) { this.save(this.list().filter((entry) => entry.id !== id)); },
  shift() {
    const [first, ...rest] = this.list();
    this.save(rest);
    return first || null;
  },
};

export const last = {
  get() { return read("dernier"); },
  set(id) { write("dernier", id); },
  clear() { write("dernier", null); },
};

export const speed = {
  get() {
    const value = Number(read("vitesse"));
    return value >= 0.5 && value <= 3 ? value : 1;
  },
  set(rate) { write("vitesse", String(rate)); },
};

// The next listening page starts playing by itself: set when a queue moves on, or when an article is asked for.
export const autoplay = {
  want(id) {
    try { sessionStorage.setItem(PREFIX + "lecture-auto", id); } catch (error) { /* it will wait for a press */ }
  },
  taken(id) {
    try {
      if (sessionStorage.getItem(PREFIX + "lecture-auto") !== id) return false;
      sessionStorage.removeItem(PREFIX + "lecture-auto");
      return true;
    } catch (error) { return false; }
  },
};

export function onChange(callback) {
  window.addEventListener("storage", (event) => {
    if (event.key && event.key.startsWith(PREFIX)) callback(event.key.slice(PREFIX.length));
  });
}
