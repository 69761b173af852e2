// Home: narrate through the JSON API, follow the preparation live, and open the listening page as soon as
// its opening can play. Without JavaScript the form posts and the server redirects to that page.
import { quoted } from "./format.js";
import { startLibrary } from "./library.js";

const library = startLibrary();
const form = document.getElementById("narrate-form");
const panel = document.getElementById("suivi");
const bar = document.getElementById("progression");
const text = document.getElementById("progression-texte");
const link = document.getElementById("progression-lien");
const FIELDS = ["url", "text", "html"];

function clearErrors() {
  for (const name of FIELDS.concat(["form"])) {
    const error = document.getElementById("erreur-" + name);
    error.hidden = true;
    error.textContent = "";
    const input = document.getElementById("champ-" + name);
    if (input) { input.removeAttribute("aria-invalid"); input.removeAttribute("aria-describedby"); }
  }
}

// The message appears next to its field and focus goes there, so a screen reader says it at once.
function showError(name, message) {
  const error = document.getElementById("erreur-" + name);
  error.textContent = message;
  error.hidden = false;
  const input = document.getElementById("champ-" + name);
  if (input) {
    if (name === "html") input.closest("details").open = true;
    input.setAttribute("aria-invalid", "true");
    input.setAttribute("aria-describedby", "erreur-" + name);
    input.focus();
  } else {
    error.focus();
  }
}

function follow(links) {
  panel.hidden = false;
  link.hidden = false;
  link.querySelector("a").href = links.page;
  text.textContent = "Préparation en cours…";
  if (library) library.refresh();
  const events = new EventSource(links.events);
  const update = (event) => {
    const state = JSON.parse(event.data);
    bar.value = state.percent || 0;
    if (state.status === "failed") {
      events.close();
      text.textContent = "La narration a échoué\u00a0: " + (state.message || "erreur inconnue");
      return;
    }
    if (state.status === "ready" || state.opening_ready) {
      events.close();
      text.textContent = "Le début est prêt\u00a0: ouverture de la page d'écoute…";
      location.assign(links.page);
      return;
    }
    text.textContent = "Préparation\u00a0: " + state.percent + "\u00a0%" + (state.current_chapter ? ", " + quoted(state.current_chapter) : "");
  };
  for (const name of ["progress", "ready", "failed"]) events.addEventListener(name, update);
}

if (form && window.fetch && window.EventSource) {
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearErrors();
    const values = Object.fromEntries(new FormData(form));
    const filled = FIELDS.filter((name) => (values[name] || "").trim());
    if (filled.length !== 1) {
      showError("form", filled.length ? "Remplissez un seul champ\u00a0: l'adresse, le texte ou le HTML." : "Donnez l'adresse d'un article, ou collez son texte ou son HTML.");
      return;
    }
    const body = { [filled[0]]: values[filled[0]], engine: values.engine };
    let response;
    try {
      response = await fetch("/api/articles", { method: "POST", headers: { "Content-Type": "application/json", Accept: "application/json" }, body: JSON.stringify(body) });
    } catch (error) {
      showError("form", "Le service ne répond pas. Vérifiez votre connexion et réessayez.");
      return;
    }
    const answer = await response.json().catch(() => ({}));
    if (!response.ok) {
      const onField = response.status === 422 || response.status === 413;
      showError(onField ? filled[0] : "form", answer.message || "La demande a échoué. Réessayez dans un instant.");
      return;
    }
    form.reset();
    follow(answer.links);
  });
}
