// Times as a listener reads them: clocks for the eye, words for screen readers.

export function clock(seconds) {
  const total = Math.max(0, Math.floor(seconds || 0));
  const h = Math.floor(total / 3600), m = Math.floor((total % 3600) / 60), s = total % 60;
  return (h ? h + ":" + String(m).padStart(2, "0") : String(m)) + ":" + String(s).padStart(2, "0");
}

function plural(count, word) {
  return count + " " + word + (count > 1 ? "s" : "");
}

export function spoken(seconds) {
  const total = Math.max(0, Math.floor(seconds || 0));
  const h = Math.floor(total / 3600), m = Math.floor((total % 3600) / 60), s = total % 60;
  const parts = [];
  if (h) parts.push(plural(h, "heure"));
  if (m) parts.push(plural(m, "minute"));
  if (s || !parts.length) parts.push(plural(s, "seconde"));
  return parts.join(" ");
}

export function minutesLeft(seconds) {
  const minutes = Math.max(1, Math.round(seconds / 60));
  return minutes + "\u00a0min";
}

// "#t=90", "#t=1:30", "#t=01:02:03", "#t=90.5" → seconds; null when it is no time.
export function parseTime(text) {
  const match = /^(?:(\d+):)?(?:(\d+):)?(\d+(?:\.\d+)?)$/.exec(text || "");
  if (!match) return null;
  const parts = [match[1], match[2], match[3]].filter((part) => part !== undefined).map(Number);
  if (parts.length > 1 && parts.slice(1).some((part) => part >= 60)) return null;
  return parts.reduce((total, part) => total * 60 + part, 0);
}

export function announce(text) {
  const region = document.getElementById("annonces");
  if (!region) return;
  region.textContent = "";
  // A fresh text node in a cleared region is announced even when the same words come twice.
  window.setTimeout(() => { region.textContent = text; }, 50);
}

// French typography in what scripts write: guillemets and the colon keep their words.
export function quoted(text) {
  return "«\u00a0" + text + "\u00a0»";
}
